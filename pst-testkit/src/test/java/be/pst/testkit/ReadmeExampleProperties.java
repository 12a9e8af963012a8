package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.Allocation;
import be.pst.budget.BudgetTable;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.Budgets;
import be.pst.budget.RemainderPolicy;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.core.plan.Plan;
import be.pst.core.validation.PlanValidator;
import be.pst.core.validation.Rule;
import be.pst.core.validation.ValidationReport;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The properties the README quotes, run by our build so that they stay true as written. */
class ReadmeExampleProperties {

  @Property
  void theNetCostIsExpensesMinusReceipts(@ForAll BudgetedPlan plan) {
    BudgetTable table = Budgets.consolidate(plan); // sums the projection lines
    long net = 0;
    for (BudgetLine line : plan.lines()) {
      if (line.figure() == BudgetFigure.PROJECTION) {
        net += line.side() == Side.EXPENSES ? line.amount().cents() : -line.amount().cents();
      }
    }
    assertThat(table.totalNetCost().cents()).isEqualTo(net);
  }

  @Property
  void anAmountSplitsWithoutLosingACent(
      @ForAll EuroAmount amount, @ForAll @IntRange(min = 1, max = 12) int parts) {
    List<EuroAmount> split = Allocation.evenly(amount, parts, RemainderPolicy.LARGEST_REMAINDER);
    assertThat(EuroAmount.sum(split)).isEqualTo(amount);
  }

  @Provide
  Arbitrary<BudgetedPlan> smallOrdinaryBudgets() {
    return PstArbitraries.budgetedPlans()
        .withPlans(PstArbitraries.plans().withStrategicObjectives(1, 2).withActionsPerObjective(1, 3))
        .withLinesPerAction(1, 2)
        .withLines(lines -> lines.ordinaryOnly().withFigures(BudgetFigure.PROJECTION));
  }

  @Property
  void ordinaryLinesStayInTheOrdinaryService(@ForAll("smallOrdinaryBudgets") BudgetedPlan plan) {
    assertThat(plan.lines()).allSatisfy(line -> assertThat(line.service()).isEqualTo(Service.ORDINARY));
  }

  @Provide
  Arbitrary<Plan> dirtyPlans() {
    return PstArbitraries.plans().dirty();
  }

  @Property
  void validationReportsDefectsButNeverFails(@ForAll("dirtyPlans") Plan plan) {
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(report.issues(Rule.VALIDATOR_FAILURE)).isEmpty();
  }
}
