package be.pst.core.validation;

import static be.pst.core.validation.SmallPlans.action;
import static be.pst.core.validation.SmallPlans.builder;
import static be.pst.core.validation.SmallPlans.objective;
import static be.pst.core.validation.SmallPlans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.action.Action;
import be.pst.core.action.ActionLink;
import be.pst.core.action.LinkKind;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.action.Step;
import be.pst.core.element.ElementPath;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.VoletSection;
import be.pst.core.plan.Plan;
import be.pst.core.plan.Project;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every report keeps, whatever the plan: paths that resolve, no failure of the validator,
 * time linear in the plan, no recursion on its depth.
 */
class ValidationContractTest {

  /** A plan breaking most rules at once, duplicates included. */
  private static Plan dirty() {
    Action a1 = action("A1")
        .withSchedule(Schedule.parse("2017-2026"))
        .withProgress(new BigDecimal("140"))
        .withLinks(List.of(ActionLink.of(LinkKind.SAME_AS, "A1"),
            ActionLink.of(LinkKind.FOLLOW_UP, "A9")))
        .withObjectiveShares(List.of(ObjectiveShare.of("OO1", BigDecimal.TEN),
            ObjectiveShare.of("OO9")))
        .withSteps(List.of(Step.of("Étape", Schedule.parse("2030"))))
        .withIndicators(List.of(Indicator.builder().name("I").kind(IndicatorKind.DONE)
            .addTargetDates(PartialDate.ofYear(2010)).build()))
        .withSubActions(List.of(Action.of("A1", "Sous-action en double")));
    Action hidden = Action.builder().code("B").title("Sous-action d'un doublon")
        .progress(new BigDecimal("150")).build();
    OperationalObjective oo1 = objective("OO1", a1, action("A1").withSubActions(List.of(hidden)))
        .withSchedule(Schedule.parse("2021-2022"));
    return builder(oo1, objective("OO2"), objective("OO1"))
        .addVoletSections(VoletSection.builder().code("OS1").title("Volet")
            .addStrategicObjectiveCodes("OS9").progress(new BigDecimal("-1")).build())
        .addProjects(Project.of("P", "Projet", "A404"))
        .build();
  }

  @Test
  void everyPathOfADirtyReportResolvesToAnElementOfThatCode() {
    Plan plan = dirty();
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(report.issues(Rule.VALIDATOR_FAILURE)).isEmpty();
    assertThat(report.byRule().keySet()).hasSizeGreaterThanOrEqualTo(10);
    for (ValidationIssue issue : report.issues()) {
      ElementPath path = issue.path();
      if (!path.isRoot()) {
        assertThat(plan.resolve(path)).as(issue.toString()).isPresent()
            .get().satisfies(e -> assertThat(e.code()).isEqualTo(path.code().orElseThrow()));
      }
    }
  }

  @Test
  void elementUnderASecondDuplicateIsReportedAtTheRootWithItsPathInTheMessage() {
    Action sub = Action.builder().code("B").title("Sous-action")
        .progress(new BigDecimal("150")).build();
    Plan plan = plan(action("A1"), action("A1").withSubActions(List.of(sub)));
    assertThat(plan.resolve(ElementPath.parse("OS1/OO1/A1/B"))).isEmpty();
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(report.issues(Rule.PROGRESS_OUT_OF_RANGE)).singleElement().satisfies(i -> {
      assertThat(i.path().isRoot()).isTrue();
      assertThat(i.message()).isEqualTo(
          "la sous-action OS1/OO1/A1/B : le taux d'avancement 150 % n'est pas entre 0 et 100 %");
    });
    assertThat(report.issues(Rule.DUPLICATE_CODE)).singleElement()
        .satisfies(i -> assertThat(i.path()).hasToString("OS1/OO1/A1"));
  }

  @Test
  void deeplyNestedSubActionsAreValidatedWithoutRecursion() {
    Action deepest = Action.of("S20000", "Sous-action la plus profonde");
    for (int i = 19_999; i >= 1; i--) {
      deepest = Action.builder().code("S" + i).title("Sous-action").addSubActions(deepest).build();
    }
    Action root = action("A1").withSubActions(List.of(deepest));
    ValidationReport report = PlanValidator.validate(plan(root));
    assertThat(report.issues()).isEmpty();
  }

  @Test
  void validationTimeGrowsLinearlyWithThePlan() {
    // 90 000 actions, every one with a dangling link and an undeclared political objective:
    // quadratic scans would take minutes
    List<OperationalObjective> objectives = new ArrayList<>();
    for (int o = 0; o < 300; o++) {
      List<Action> actions = new ArrayList<>();
      for (int a = 0; a < 300; a++) {
        actions.add(Action.builder().from(action("A" + o + "." + a))
            .addLinks(ActionLink.of(LinkKind.RELATED, "X" + a))
            .addPoliticalObjectiveCodes("DPS-" + a).build());
      }
      objectives.add(objective("OO" + o, actions.toArray(new Action[0])));
    }
    Plan plan = plan(objectives.toArray(new OperationalObjective[0]));
    long start = System.nanoTime();
    ValidationReport report = PlanValidator.validate(plan);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(report.issues(Rule.DANGLING_REFERENCE)).hasSize(180_000);
    assertThat(took).isLessThan(Duration.ofSeconds(15));
  }
}
