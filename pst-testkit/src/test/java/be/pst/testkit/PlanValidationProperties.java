package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.core.action.ActionLink;
import be.pst.core.action.BudgetItem;
import be.pst.core.element.ElementPath;
import be.pst.core.element.PlanElement;
import be.pst.core.indicator.Indicator;
import be.pst.core.plan.Plan;
import be.pst.core.plan.PoliticalObjective;
import be.pst.core.validation.PlanValidator;
import be.pst.core.validation.Rule;
import be.pst.core.validation.ValidationIssue;
import be.pst.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** The plan rules of pst-core hold on any generated plan, clean or deliberately dirty. */
class PlanValidationProperties {

  /** The rule each injected defect must trigger. */
  private static final Map<PlanDefect, Rule> RULES =
      Map.ofEntries(
          Map.entry(PlanDefect.DUPLICATE_CODE, Rule.DUPLICATE_CODE),
          Map.entry(PlanDefect.DANGLING_REFERENCE, Rule.DANGLING_REFERENCE),
          Map.entry(PlanDefect.DANGLING_SHARE, Rule.DANGLING_REFERENCE),
          Map.entry(PlanDefect.DANGLING_ACTION_LINK, Rule.DANGLING_REFERENCE),
          Map.entry(PlanDefect.DANGLING_VOLET_SECTION, Rule.DANGLING_REFERENCE),
          Map.entry(PlanDefect.DANGLING_POLITICAL_OBJECTIVE, Rule.DANGLING_REFERENCE),
          Map.entry(PlanDefect.BUDGET_ITEM_MISMATCH, Rule.BUDGET_ITEM_MISMATCH),
          Map.entry(PlanDefect.SHARES_NOT_100, Rule.SHARES_NOT_100),
          Map.entry(PlanDefect.SHARES_PARTLY_WITHOUT_PERCENT, Rule.SHARES_PARTLY_WITHOUT_PERCENT),
          Map.entry(PlanDefect.PROGRESS_OUT_OF_RANGE, Rule.PROGRESS_OUT_OF_RANGE),
          Map.entry(PlanDefect.ENDS_AFTER_DEADLINE, Rule.ENDS_AFTER_DEADLINE),
          Map.entry(PlanDefect.INVERTED_SCHEDULE, Rule.SCHEDULE_INVERTED),
          Map.entry(PlanDefect.MISSING_PILOT, Rule.MISSING_PILOT),
          Map.entry(PlanDefect.INDICATOR_KIND_MISMATCH, Rule.INDICATOR_KIND_MISMATCH),
          Map.entry(PlanDefect.MEASUREMENT_OUTSIDE_LEGISLATURE, Rule.MEASUREMENT_OUTSIDE_LEGISLATURE),
          Map.entry(PlanDefect.UNDECLARED_PARTNER, Rule.UNDECLARED_PARTNER));

  @Property(tries = 150)
  void validationNeverThrowsEvenOnDirtyPlans(@ForAll("dirtyPlans") Plan plan) {
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(report.issues(Rule.VALIDATOR_FAILURE)).as(report.toString()).isEmpty();
    assertThat(report.summary()).isNotBlank();
    assertThat(report.toString()).isNotNull();
  }

  @Property(tries = 150)
  void everyPathOfAReportResolvesToAnElementOfThePlan(@ForAll("dirtyPlans") Plan plan) {
    for (ValidationIssue issue : PlanValidator.validate(plan).issues()) {
      ElementPath path = issue.path();
      if (!path.isRoot()) {
        assertThat(plan.resolve(path)).as(issue.toString()).isPresent();
        PlanElement element = plan.resolve(path).orElseThrow();
        assertThat(path.segments()).last().isEqualTo(element.code());
      }
    }
  }

  @Property(tries = 150)
  void eachInjectedDefectIsReportedUnderItsRule(
      @ForAll("plansWithOneKindOfDefect") Tuple2<PlanDefect, Plan> defective) {
    PlanDefect defect = defective.get1();
    ValidationReport report = PlanValidator.validate(defective.get2());
    assertThat(report.issues(RULES.get(defect))).as(defect + "\n" + report).isNotEmpty();
  }

  @Property(tries = 30)
  void everyDefectHasTheRuleThatReportsIt(@ForAll PlanDefect defect) {
    assertThat(RULES).containsKey(defect);
  }

  @Provide
  Arbitrary<Tuple2<PlanDefect, Plan>> plansWithOneKindOfDefect() {
    return Arbitraries.of(PlanDefect.class)
        .flatMap(
            defect ->
                PstArbitraries.plans()
                    .withStrategicObjectives(1, 2)
                    .withActionsPerObjective(1, 3)
                    .withDefects(defect)
                    .map(plan -> Tuple.of(defect, plan)));
  }

  @Property(tries = 100)
  void eachBudgetDefectIsReportedByTheBudgetValidation(
      @ForAll BudgetDefect defect, @ForAll long seed) {
    BudgetedPlan budgeted =
        PstArbitraries.budgetedPlans().withBudgetDefects(defect).generator(100)
            .next(new java.util.Random(seed)).value();
    Rule rule =
        defect == BudgetDefect.DANGLING_LINE
            ? Rule.BUDGET_UNKNOWN_ELEMENT
            : Rule.BUDGET_OUTSIDE_LEGISLATURE;
    ValidationReport report = budgeted.validateBudget();
    assertThat(report.issues(rule)).as(defect + "\n" + report).isNotEmpty();
  }

  @Property(tries = 150)
  void indicatorAttainmentStaysBetween0And100(@ForAll("dirtyPlans") Plan plan) {
    plan.elements().stream()
        .flatMap(e -> e.indicators().stream())
        .map(Indicator::attainment)
        .flatMap(java.util.Optional::stream)
        .forEach(a -> assertThat(a).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
  }

  @Property(tries = 100)
  void cleanPlansAreValid(@ForAll("cleanPlans") Plan plan) {
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(report.isValid()).as(report.toString()).isTrue();
  }

  @Property(tries = 100)
  void dirtyBudgetedPlansAreReportedButNeverBreakTheValidator(
      @ForAll("dirtyBudgetedPlans") BudgetedPlan budgeted) {
    ValidationReport report = budgeted.validate();
    assertThat(report.issues(Rule.VALIDATOR_FAILURE)).isEmpty();
    assertThat(report.issues()).isNotEmpty();
  }

  @Provide
  Arbitrary<Plan> dirtyPlans() {
    return PstArbitraries.plans().dirty();
  }

  @Provide
  Arbitrary<BudgetedPlan> dirtyBudgetedPlans() {
    return PstArbitraries.budgetedPlans().dirty();
  }

  @Provide
  Arbitrary<Plan> cleanPlans() {
    return PstArbitraries.plans().withSubActionsPerAction(0, 2).withIndicatorsPerElement(0, 3);
  }
}
