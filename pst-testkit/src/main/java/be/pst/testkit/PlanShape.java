package be.pst.testkit;

import java.util.List;

/**
 * The configuration of a {@link PlanArbitrary}: legislature, sizes, transversal actions and
 * defects to inject.
 *
 * @param firstExercice the first exercice of the legislature
 * @param lastExercice the last exercice of the legislature
 * @param strategic strategic objectives per plan
 * @param operational operational objectives per strategic objective
 * @param actions actions per operational objective
 * @param subActions sub-actions per action
 * @param indicators indicators per element
 * @param transversal whether actions may serve several operational objectives
 * @param defects the defects to draw from, empty for clean plans
 */
record PlanShape(
    int firstExercice,
    int lastExercice,
    Range strategic,
    Range operational,
    Range actions,
    Range subActions,
    Range indicators,
    boolean transversal,
    List<PlanDefect> defects) {

  /** The default: 2019–2024, 1–3 OS, 1–3 OO per OS, 0–4 actions per OO, 0–1 sub-action. */
  static final PlanShape DEFAULT =
      new PlanShape(
          2019, 2024, new Range(1, 3), new Range(1, 3), new Range(0, 4), new Range(0, 1),
          new Range(0, 2), true, List.of());

  PlanShape {
    defects = List.copyOf(defects);
  }

  /**
   * The number of exercices of the legislature.
   *
   * @return at least 1
   */
  int years() {
    return lastExercice - firstExercice + 1;
  }
}
