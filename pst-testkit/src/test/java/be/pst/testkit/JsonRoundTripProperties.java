package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.budget.Budgets;
import be.pst.budget.BudgetedPlan;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import be.pst.core.plan.Plan;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing a budgeted plan to JSON and reading it back keeps the plan and every total. */
class JsonRoundTripProperties {

  private static final Set<PlanDefect> BROKEN_CODES =
      EnumSet.of(
          PlanDefect.DUPLICATE_CODE, PlanDefect.DANGLING_REFERENCE, PlanDefect.DANGLING_SHARE);

  @Property(tries = 100)
  void jsonRoundTripKeepsThePlanTheLinesAndEveryTotal(
      @ForAll("budgetedPlans") BudgetedPlan budgeted) throws PstFormatException {
    String json = PstJson.toJson(budgeted);
    BudgetedPlan read = PstJson.parse(json);

    assertThat(read.plan()).isEqualTo(budgeted.plan());
    assertThat(read.lines()).containsExactlyInAnyOrderElementsOf(budgeted.lines());
    assertThat(Budgets.consolidate(read)).isEqualTo(Budgets.consolidate(budgeted));
    assertThat(Budgets.consolidate(read).toString())
        .isEqualTo(Budgets.consolidate(budgeted).toString());
  }

  @Property(tries = 50)
  void writingTwiceGivesTheSameDocument(@ForAll("budgetedPlans") BudgetedPlan budgeted)
      throws PstFormatException {
    String json = PstJson.toJson(budgeted);
    assertThat(PstJson.toJson(PstJson.parse(json))).isEqualTo(json);
  }

  /**
   * Every defect but broken codes: the reader rejects duplicate codes and dangling references
   * even when lenient (see {@code PstJsonReader}), so those plans cannot be read back.
   */
  @Property(tries = 50)
  void dirtyPlansSurviveTheRoundTripToo(@ForAll("dirtyPlans") BudgetedPlan budgeted)
      throws PstFormatException {
    BudgetedPlan read = PstJson.parse(PstJson.toJson(budgeted));
    assertThat(read.plan()).isEqualTo(budgeted.plan());
    assertThat(Budgets.consolidate(read)).isEqualTo(Budgets.consolidate(budgeted));
  }

  @Property(tries = 50)
  void aPlanWithBrokenCodesIsWrittenButItsDocumentIsRejectedWithAPointer(
      @ForAll("plansWithBrokenCodes") Plan plan) {
    String json = PstJson.toJson(plan);
    assertThatThrownBy(() -> PstJson.parse(json))
        .isInstanceOfSatisfying(
            PstFormatException.class,
            e -> assertThat(e.pointer()).as(e.getMessage()).startsWith("/plan/"));
  }

  @Provide
  Arbitrary<Plan> plansWithBrokenCodes() {
    return PstArbitraries.plans()
        .withActionsPerObjective(1, 3)
        .withDefects(BROKEN_CODES.toArray(new PlanDefect[0]));
  }

  @Provide
  Arbitrary<BudgetedPlan> budgetedPlans() {
    return PstArbitraries.budgetedPlans();
  }

  @Provide
  Arbitrary<BudgetedPlan> dirtyPlans() {
    PlanDefect[] readable =
        Arrays.stream(PlanDefect.values())
            .filter(d -> !BROKEN_CODES.contains(d))
            .toArray(PlanDefect[]::new);
    return PstArbitraries.budgetedPlans()
        .withPlans(PstArbitraries.plans().withDefects(readable));
  }
}
