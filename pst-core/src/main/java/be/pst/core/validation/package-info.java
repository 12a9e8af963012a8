/**
 * Validation of a plan (contrôle de cohérence): {@link be.pst.core.validation.PlanValidator}
 * checks the rules of the domain (unique codes, shares summing to 100, actions ending by their
 * objective's deadline, named pilots…) and returns a
 * {@link be.pst.core.validation.ValidationReport} of errors and warnings located by
 * {@link be.pst.core.element.ElementPath}s. Validation never throws.
 */
package be.pst.core.validation;
