/**
 * The tree of a plan above actions: strategic objectives (objectifs stratégiques, OS) and
 * operational objectives (objectifs opérationnels, OO), the {@link be.pst.core.element.Volet}
 * they sit in, and the {@link be.pst.core.element.PlanElement} interface every element of the
 * tree shares with actions.
 */
package be.pst.core.objective;
