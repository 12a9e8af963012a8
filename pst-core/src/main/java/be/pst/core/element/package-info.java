/**
 * What every element of a plan has (élément du plan): the {@link be.pst.core.element.PlanElement}
 * interface shared by volet sections, strategic and operational objectives and actions, its
 * builder contract {@link be.pst.core.element.ElementBuilder}, the element's place in the tree
 * ({@link be.pst.core.element.ElementPath}), its external identifier
 * ({@link be.pst.core.element.ExternalId}, e.g. iA.PST's {@code ElementId}), and the follow-up
 * vocabulary: {@link be.pst.core.element.Status}, {@link be.pst.core.element.Priority},
 * {@link be.pst.core.element.Health}, {@link be.pst.core.element.Volet},
 * {@link be.pst.core.element.Sdg}, human resources per year and text formats.
 */
package be.pst.core.element;
