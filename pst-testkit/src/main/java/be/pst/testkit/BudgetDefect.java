package be.pst.testkit;

/**
 * A defect that {@link BudgetedPlanArbitrary#withBudgetDefects(BudgetDefect...)} can inject into
 * the budget lines of generated plans (défaut du budget), the kind of dirty data an ERP or an
 * eComptes file carries. Each constant names the rule of {@code BudgetedPlan.validateBudget()}
 * it is meant to trigger.
 *
 * <p>Instances are immutable and thread-safe.
 */
public enum BudgetDefect {

  /**
   * A line names an element the plan does not have, as when an action was removed but its lines
   * stayed ({@code budget-unknown-element}).
   */
  DANGLING_LINE,

  /**
   * A line falls in an exercice after the legislature ({@code budget-outside-legislature}).
   */
  LINE_OUTSIDE_LEGISLATURE
}
