package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.Budgets;
import be.pst.budget.BudgetedPlan;
import be.pst.core.plan.Plan;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What can be built can be written and read back: for every plan the testkit generates, clean or
 * dirty (duplicate codes, dangling references and shares, dangling budget lines, lines outside
 * the legislature), {@code read(write(p))} equals {@code p} and writing it again gives the same
 * bytes. The reader checks the format only; the domain defects are the validator's business.
 */
class JsonRoundTripProperties {

  @Property(tries = 100)
  void aBudgetedPlanReadsBackEqualWithEveryTotal(@ForAll BudgetedPlan budgeted)
      throws PstFormatException {
    String json = PstJson.toJson(budgeted);
    BudgetedPlan read = PstJson.parse(json);

    assertThat(read).isEqualTo(budgeted);
    assertThat(Budgets.consolidate(read).toString())
        .isEqualTo(Budgets.consolidate(budgeted).toString());
    assertThat(PstJson.toJson(read)).isEqualTo(json);
  }

  @Property(tries = 100)
  void aDirtyBudgetedPlanReadsBackEqualAndRewritesByteForByte(
      @ForAll("dirtyBudgetedPlans") BudgetedPlan budgeted) throws PstFormatException {
    String json = PstJson.toJson(budgeted);
    BudgetedPlan read = PstJson.parse(json);

    assertThat(read).isEqualTo(budgeted);
    assertThat(PstJson.toJson(read)).isEqualTo(json);
  }

  @Property(tries = 100)
  void aDirtyPlanWithoutBudgetReadsBackEqualAndRewritesByteForByte(
      @ForAll("dirtyPlans") Plan plan) throws PstFormatException {
    String json = PstJson.toJson(plan);
    BudgetedPlan read = PstJson.parse(json);

    assertThat(read.plan()).isEqualTo(plan);
    assertThat(read.lines()).isEmpty();
    assertThat(PstJson.toJson(read.plan())).isEqualTo(json);
  }

  @Property(tries = 50)
  void readingWhatIsValidRequiresNoMoreThanTheFormat(
      @ForAll("dirtyBudgetedPlans") BudgetedPlan budgeted) {
    String json = PstJson.toJson(budgeted);
    boolean valid = budgeted.validate().isValid();
    try {
      PstJson.reader().requireValid().parse(json);
      assertThat(valid).as("requireValid accepted a plan with validation errors").isTrue();
    } catch (PstFormatException e) {
      assertThat(valid).as(e.getMessage()).isFalse();
      assertThat(e.pointer()).as(e.getMessage()).startsWith("/");
      assertThat(e.line()).isPositive();
    }
  }

  @Provide
  Arbitrary<BudgetedPlan> dirtyBudgetedPlans() {
    return PstArbitraries.budgetedPlans().withPlans(PstArbitraries.plans().dirty()).dirty();
  }

  @Provide
  Arbitrary<Plan> dirtyPlans() {
    return PstArbitraries.plans().dirty();
  }
}
