package be.pst.testkit;

import java.util.List;

/**
 * The configuration of the budget lines a {@link BudgetedPlanArbitrary} attaches to a plan.
 *
 * @param lines the line arbitrary, whose exercices and element codes are replaced by the plan's
 * @param perAction lines per action (sub-actions included)
 * @param perObjective lines per strategic and per operational objective
 * @param planLevel lines of the plan itself
 * @param defects the budget defects to draw from, empty for a clean budget
 */
record BudgetShape(
    BudgetLineArbitrary lines,
    Range perAction,
    Range perObjective,
    Range planLevel,
    List<BudgetDefect> defects) {

  /** No line at all: plans alone. */
  static final BudgetShape NONE =
      new BudgetShape(
          new DefaultBudgetLineArbitrary(), new Range(0, 0), new Range(0, 0), new Range(0, 0),
          List.of());

  BudgetShape {
    defects = List.copyOf(defects);
  }
}
