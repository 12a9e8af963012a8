package be.pst.core.diff;

import be.pst.core.action.Action;
import be.pst.core.element.PlanElement;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;

/**
 * The kind of an element of a plan's tree, as a diff matches them: elements are matched only with
 * elements of the same kind. Sub-actions are actions. Instances are immutable and thread-safe.
 */
public enum ElementKind {
  /** A strategic objective (objectif stratégique, OS). */
  STRATEGIC_OBJECTIVE("OS"),
  /** An operational objective (objectif opérationnel, OO). */
  OPERATIONAL_OBJECTIVE("OO"),
  /** An action or a sub-action. */
  ACTION("action");

  private final String label;

  ElementKind(String label) {
    this.label = label;
  }

  /**
   * The short French label.
   *
   * @return {@code "OS"}, {@code "OO"} or {@code "action"}
   */
  public String label() {
    return label;
  }

  /**
   * The kind of an element.
   *
   * @param element an element of a plan's tree
   * @return its kind
   * @throws IllegalArgumentException for an element outside the tree (a volet section)
   */
  public static ElementKind of(PlanElement element) {
    if (element instanceof StrategicObjective) {
      return STRATEGIC_OBJECTIVE;
    }
    if (element instanceof OperationalObjective) {
      return OPERATIONAL_OBJECTIVE;
    }
    if (element instanceof Action) {
      return ACTION;
    }
    throw new IllegalArgumentException("not an element of the tree: " + element.code());
  }
}
