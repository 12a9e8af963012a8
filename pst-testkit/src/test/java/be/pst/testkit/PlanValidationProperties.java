package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.indicator.Indicator;
import be.pst.core.element.PlanElement;
import be.pst.core.plan.Plan;
import be.pst.core.element.ElementPath;
import be.pst.core.validation.PlanValidator;
import be.pst.core.validation.ValidationIssue;
import be.pst.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.Map;
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
  private static final Map<PlanDefect, String> RULES =
      Map.ofEntries(
          Map.entry(PlanDefect.DUPLICATE_CODE, "duplicate-code"),
          Map.entry(PlanDefect.DANGLING_REFERENCE, "dangling-reference"),
          Map.entry(PlanDefect.DANGLING_SHARE, "dangling-reference"),
          Map.entry(PlanDefect.SHARES_NOT_100, "shares-not-100"),
          Map.entry(PlanDefect.PROGRESS_OUT_OF_RANGE, "progress-out-of-range"),
          Map.entry(PlanDefect.ENDS_AFTER_DEADLINE, "ends-after-deadline"),
          Map.entry(PlanDefect.INVERTED_SCHEDULE, "schedule-inverted"),
          Map.entry(PlanDefect.MISSING_PILOT, "missing-pilot"),
          Map.entry(PlanDefect.INDICATOR_KIND_MISMATCH, "indicator-kind-mismatch"),
          Map.entry(PlanDefect.MEASUREMENT_OUTSIDE_LEGISLATURE, "measurement-outside-legislature"),
          Map.entry(PlanDefect.UNDECLARED_PARTNER, "undeclared-partner"));

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

  @Property(tries = 100)
  void eachInjectedDefectIsReportedUnderItsRule(
      @ForAll("plansWithOneKindOfDefect") Tuple2<PlanDefect, Plan> defective) {
    PlanDefect defect = defective.get1();
    ValidationReport report = PlanValidator.validate(defective.get2());
    assertThat(report.issues(RULES.get(defect))).as(defect + "\n" + report).isNotEmpty();
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

  @Provide
  Arbitrary<Plan> dirtyPlans() {
    return PstArbitraries.plans().dirty();
  }

  @Provide
  Arbitrary<Plan> cleanPlans() {
    return PstArbitraries.plans().withSubActionsPerAction(0, 2).withIndicatorsPerElement(0, 3);
  }
}
