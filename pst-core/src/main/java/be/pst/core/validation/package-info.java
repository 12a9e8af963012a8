/**
 * Validation of a plan (contrôle de cohérence): {@link be.pst.core.validation.PlanValidator}
 * checks the rules of the domain (unique codes, resolved references, shares summing to 100,
 * actions within their objective's schedule, named pilots, dates of indicators…) and returns a
 * {@link be.pst.core.validation.ValidationReport} of errors and warnings located by
 * {@link be.pst.core.element.ElementPath}s, in French. Every rule, those of the budget that
 * pst-budget checks included, is a constant of {@link be.pst.core.validation.Rule}, with its
 * stable id, default severity and French label. Validation never throws.
 */
package be.pst.core.validation;
