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

  /** The rule of {@link PlanValidator} each injected defect triggers. */
  private static final Map<PlanDefect, String> RULES =
      Map.ofEntries(
          Map.entry(PlanDefect.DUPLICATE_CODE, "duplicate-code"),
          Map.entry(PlanDefect.DANGLING_REFERENCE, "dangling-reference"),
          Map.entry(PlanDefect.DANGLING_SHARE, "dangling-reference"),
          Map.entry(PlanDefect.SHARES_NOT_100, "shares-not-100"),
          Map.entry(PlanDefect.SHARES_PARTLY_WITHOUT_PERCENT, "shares-partly-without-percent"),
          Map.entry(PlanDefect.PROGRESS_OUT_OF_RANGE, "progress-out-of-range"),
          Map.entry(PlanDefect.ENDS_AFTER_DEADLINE, "ends-after-deadline"),
          Map.entry(PlanDefect.INVERTED_SCHEDULE, "schedule-inverted"),
          Map.entry(PlanDefect.MISSING_PILOT, "missing-pilot"),
          Map.entry(PlanDefect.INDICATOR_KIND_MISMATCH, "indicator-kind-mismatch"),
          Map.entry(PlanDefect.MEASUREMENT_OUTSIDE_LEGISLATURE, "measurement-outside-legislature"),
          Map.entry(PlanDefect.UNDECLARED_PARTNER, "undeclared-partner"));

  /**
   * How the defects whose rule {@link PlanValidator} does not check yet (links, volet sections,
   * political objectives of actions, budget items) show in the plan.
   */
  private static final Map<PlanDefect, Predicate<Plan>> EVIDENCE =
      Map.of(
          PlanDefect.DANGLING_ACTION_LINK,
          plan -> plan.actions().stream().flatMap(a -> a.links().stream())
              .map(ActionLink::actionCode)
              .anyMatch(code -> plan.findAction(code).isEmpty()),
          PlanDefect.DANGLING_VOLET_SECTION,
          plan -> plan.voletSections().stream().flatMap(s -> s.strategicObjectiveCodes().stream())
              .anyMatch(code -> plan.strategicObjectives().stream()
                  .noneMatch(os -> os.code().equals(code))),
          PlanDefect.DANGLING_POLITICAL_OBJECTIVE,
          plan -> {
            Set<String> declared = plan.politicalObjectives().stream()
                .map(PoliticalObjective::code).collect(Collectors.toSet());
            return plan.actions().stream().flatMap(a -> a.politicalObjectiveCodes().stream())
                .anyMatch(code -> !declared.contains(code));
          },
          PlanDefect.BUDGET_ITEM_MISMATCH,
          plan -> plan.actions().stream().flatMap(a -> a.budgetItems().stream())
              .anyMatch(PlanValidationProperties::mismatched));

  private static boolean mismatched(BudgetItem item) {
    if (item.quantity().isEmpty() || item.unitPrice().isEmpty() || item.amount().isEmpty()) {
      return false;
    }
    MonetaryAmount computed = item.unitPrice().get().multiply(item.quantity().get());
    return !computed.isEqualTo(item.amount().get());
  }

  @Property(tries = 150)
  void validationNeverThrowsEvenOnDirtyPlans(@ForAll("dirtyPlans") Plan plan) {
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(report.issues("validator-failure")).as(report.toString()).isEmpty();
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
  void eachInjectedDefectIsReportedUnderItsRuleOrShowsInThePlan(
      @ForAll("plansWithOneKindOfDefect") Tuple2<PlanDefect, Plan> defective) {
    PlanDefect defect = defective.get1();
    Plan plan = defective.get2();
    if (RULES.containsKey(defect)) {
      ValidationReport report = PlanValidator.validate(plan);
      assertThat(report.issues(RULES.get(defect))).as(defect + "\n" + report).isNotEmpty();
    } else {
      assertThat(EVIDENCE.get(defect).test(plan)).as(defect.toString()).isTrue();
    }
  }

  @Property(tries = 30)
  void everyDefectIsEitherValidatedOrShown(@ForAll PlanDefect defect) {
    assertThat(RULES.containsKey(defect) != EVIDENCE.containsKey(defect)).as(defect.toString())
        .isTrue();
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
  void cleanPlansShowNoneOfTheUnvalidatedDefects(@ForAll("cleanPlans") Plan plan) {
    EVIDENCE.forEach((defect, shows) -> assertThat(shows.test(plan)).as(defect.toString())
        .isFalse());
  }

  @Property(tries = 100)
  void eachBudgetDefectIsReportedByTheBudgetValidation(
      @ForAll BudgetDefect defect, @ForAll long seed) {
    BudgetedPlan budgeted =
        PstArbitraries.budgetedPlans().withBudgetDefects(defect).generator(100)
            .next(new java.util.Random(seed)).value();
    String rule =
        defect == BudgetDefect.DANGLING_LINE
            ? BudgetedPlan.RULE_UNKNOWN_ELEMENT
            : BudgetedPlan.RULE_OUTSIDE_LEGISLATURE;
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
    assertThat(report.issues("validator-failure")).isEmpty();
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
