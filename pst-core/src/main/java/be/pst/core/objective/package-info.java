/**
 * The tree of a plan above actions: strategic objectives (objectifs stratégiques, OS) and
 * operational objectives (objectifs opérationnels, OO), the {@link be.pst.core.objective.Volet}
 * they sit in, and the {@link be.pst.core.objective.PlanElement} interface every element of the
 * tree shares with actions.
 */
package be.pst.core.objective;
