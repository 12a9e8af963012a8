package be.pst.io.mutation;

import be.pst.budget.Budgets;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.RemainderPolicy;

/** What every plan a reader accepted must survive, each step recorded in the report. */
final class PlanChecks {

  private PlanChecks() {}

  /** Consolidates the plan and rolls it up every way, none of which may throw. */
  static void consolidatesAndRollsUp(Mutant m, BudgetedPlan plan, ContractReport report) {
    step(m, report, "Budgets.consolidate", () -> Budgets.consolidate(plan));
    step(m, report, "Budgets.byStrategicObjective",
        () -> Budgets.byStrategicObjective(plan, RemainderPolicy.LARGEST_REMAINDER));
    step(m, report, "Budgets.byOperationalObjective",
        () -> Budgets.byOperationalObjective(plan, RemainderPolicy.LARGEST_REMAINDER));
    step(m, report, "Budgets.byVolet", () -> Budgets.byVolet(plan));
    step(m, report, "Budgets.byFundingSource", () -> Budgets.byFundingSource(plan));
    step(m, report, "Budgets.byElement", () -> Budgets.byElement(plan));
  }

  /** Something done with a plan read, which must not throw. */
  static void step(Mutant m, ContractReport report, String stage,
      Attempt.Operation<?> operation) {
    Attempt<?> attempt = Attempt.of(operation);
    if (attempt.failure != null) {
      report.escape(m, stage, attempt.failure);
    }
  }
}
