package be.pst.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.action.Action;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.element.Status;
import be.pst.core.fixtures.Ottignies;
import be.pst.core.fixtures.SaintGhislain;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorValue;
import be.pst.core.indicator.Measurement;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.person.Person;
import be.pst.core.person.Pilot;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Organisation;
import be.pst.core.plan.Plan;
import be.pst.core.plan.Project;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {

  private final Plan ottignies = Ottignies.plan();

  private static Plan withOp1Actions(Plan plan, Action... extra) {
    StrategicObjective os1 = plan.strategicObjectives().get(0);
    OperationalObjective op1 = os1.operationalObjectives().get(0);
    List<Action> actions = new ArrayList<>(op1.actions());
    actions.addAll(List.of(extra));
    List<OperationalObjective> oos = new ArrayList<>(os1.operationalObjectives());
    oos.set(0, op1.withActions(actions));
    return plan.withStrategicObjectives(List.of(os1.withOperationalObjectives(oos)));
  }

  private static Action piloted(String code) {
    return Action.builder().code(code).title("Action de test").addAdministrativePilots(Pilot.of(Person.ofInitials("DG"))).build();
  }

  @Test
  void duplicateCodeIsAnErrorAtTheSecondOccurrence() {
    Plan plan = withOp1Actions(ottignies, piloted("OS1-OP2-A7"));
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(report.issues(Rule.DUPLICATE_CODE)).singleElement().satisfies(i -> {
      assertThat(i.path()).hasToString("OS1/OP2/OS1-OP2-A7");
      assertThat(i.message()).contains("OS1/OP1/OS1-OP2-A7");
      assertThat(i.severity()).isEqualTo(Severity.ERROR);
    });
    assertThat(plan.find("OS1-OP2-A7").map(e -> e.title())).contains("Action de test");
  }

  @Test
  void transversalActionSharesMustSumToHundredAndNameExistingObjectives() {
    Action transversal =
        piloted("T1")
            .withObjectiveShares(
                List.of(
                    ObjectiveShare.of("OP1", new BigDecimal("50")),
                    ObjectiveShare.of("OP9", new BigDecimal("30"))));
    ValidationReport report = PlanValidator.validate(withOp1Actions(ottignies, transversal));
    assertThat(report.issues(Rule.SHARES_NOT_100)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("80 %"));
    assertThat(report.issues(Rule.DANGLING_REFERENCE)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("OP9"));
  }

  @Test
  void sharesMustIncludeTheHomeObjective() {
    Action transversal =
        piloted("T1")
            .withObjectiveShares(
                List.of(
                    ObjectiveShare.of("OP2", new BigDecimal("60")),
                    ObjectiveShare.of("OP3", new BigDecimal("40"))));
    ValidationReport report = PlanValidator.validate(withOp1Actions(ottignies, transversal));
    assertThat(report.issues(Rule.SHARES_NOT_100)).isEmpty();
    assertThat(report.issues(Rule.HOME_SHARE_MISSING)).singleElement()
        .satisfies(i -> assertThat(i.path()).hasToString("OS1/OP1/T1"));
  }

  @Test
  void wellFormedSharesAreAccepted() {
    Action transversal =
        piloted("T1")
            .withObjectiveShares(
                List.of(
                    ObjectiveShare.of("OP1", new BigDecimal("33.34")),
                    ObjectiveShare.of("OP2", new BigDecimal("33.33")),
                    ObjectiveShare.of("OP3", new BigDecimal("33.33"))));
    assertThat(PlanValidator.validate(withOp1Actions(ottignies, transversal)).errors()).isEmpty();
  }

  @Test
  void progressOutsideZeroToHundredIsAnError() {
    ValidationReport report =
        PlanValidator.validate(withOp1Actions(ottignies, piloted("T1").withProgress(new BigDecimal("140"))));
    assertThat(report.issues(Rule.PROGRESS_OUT_OF_RANGE)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("140"));
  }

  @Test
  void subActionsInheritTheirParentPilotAndHome() {
    Action sub = Action.of("T1.1", "Sous-action").withSchedule(Schedule.parse("2020-2026"));
    Action parent = piloted("T1").withSubActions(List.of(sub));
    Plan plan = withOp1Actions(ottignies, parent);
    StrategicObjective os1 = plan.strategicObjectives().get(0);
    List<OperationalObjective> oos = new ArrayList<>(os1.operationalObjectives());
    oos.set(0, oos.get(0).withSchedule(Schedule.until(PartialDate.ofYear(2024))));
    plan = plan.withStrategicObjectives(List.of(os1.withOperationalObjectives(oos)));
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(report.issues(Rule.MISSING_PILOT)).noneMatch(i -> i.path().toString().contains("T1"));
    assertThat(report.issues(Rule.ENDS_AFTER_DEADLINE)).extracting(i -> i.path().toString())
        .contains("OS1/OP1/T1/T1.1");
    assertThat(plan.actionsOf("T1")).containsExactly(sub);
    assertThat(plan.homeOf("T1.1").map(OperationalObjective::code)).contains("OP1");
  }

  @Test
  void indicatorValuesOfTheWrongKindAndMeasurementsOutsideTheLegislature() {
    Indicator wrong =
        Ottignies.a1().indicators().get(4)
            .withMeasurement(Measurement.of(LocalDate.of(2025, 3, 1), IndicatorValue.count(3)))
            .withTarget(IndicatorValue.ratio(BigDecimal.TEN));
    Action action = piloted("T1").withIndicators(List.of(wrong));
    ValidationReport report = PlanValidator.validate(withOp1Actions(ottignies, action));
    assertThat(report.issues(Rule.INDICATOR_KIND_MISMATCH)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("la cible est de type « Taux »"));
    assertThat(report.issues(Rule.MEASUREMENT_OUTSIDE_LEGISLATURE)).singleElement()
        .satisfies(i -> {
          assertThat(i.severity()).isEqualTo(Severity.WARNING);
          assertThat(i.message()).contains("2025-03-01", "2019–2024");
        });
  }

  @Test
  void undeclaredPartnersAreWarnedOnlyWhenThePlanDeclaresAList() {
    Action withRedCross =
        Action.builder().code("1.1.9").title("Colis").addPartners("Croix-Rouge").addServices("Service X").build();
    Plan sg = SaintGhislain.plan();
    StrategicObjective os = sg.strategicObjectives().get(0);
    OperationalObjective oo = os.operationalObjectives().get(0);
    List<Action> actions = new ArrayList<>(oo.actions());
    actions.add(withRedCross);
    Plan plan = sg.withStrategicObjectives(List.of(os.withOperationalObjectives(List.of(oo.withActions(actions)))));
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(report.issues(Rule.UNDECLARED_PARTNER)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("Croix-Rouge"));
    assertThat(report.issues(Rule.UNDECLARED_SERVICE)).isEmpty();
  }

  @Test
  void danglingProjectAndAxisReferencesAreErrors() {
    Plan plan =
        Plan.builder()
            .authority(Authority.of(AuthorityKind.COMMUNE, "Commune de Test", "123"))
            .title("PST")
            .legislature(ottignies.legislature())
            .addStrategicObjectives(
                StrategicObjective.builder().code("OS1").title("Être").axisCode("9").addPoliticalObjectiveCodes("DPC-1").build())
            .addProjects(Project.of("P1", "Projet", "A1"))
            .addServices(Organisation.partner("Forem"))
            .build();
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(report.issues(Rule.DANGLING_REFERENCE)).extracting(ValidationIssue::message)
        .anySatisfy(m -> assertThat(m).contains("axe", "9"))
        .anySatisfy(m -> assertThat(m).contains("DPC-1"))
        .anySatisfy(m -> assertThat(m).contains("P1", "A1"));
    assertThat(report.issues(Rule.INVALID_INS_CODE)).hasSize(1);
    assertThat(report.issues(Rule.ORGANISATION_KIND_MISMATCH)).hasSize(1);
  }

  @Test
  void reportListsErrorsFirstInFrenchAndGroupsTheTwelveMissingPilots() {
    Plan plan = withOp1Actions(ottignies, piloted("T1").withProgress(new BigDecimal("-5")));
    ValidationReport report = PlanValidator.validate(plan);
    String[] lines = report.toString().split("\n");
    assertThat(lines[0]).isEqualTo("1 erreur, 17 avertissements");
    assertThat(lines[1]).isEqualTo("ERREUR        OS1/OP1/T1 [Taux d'avancement hors de 0 à 100 %]"
        + " le taux d'avancement -5 % n'est pas entre 0 et 100 %");
    assertThat(lines).contains("AVERTISSEMENT 12 × Pilote manquant (missing-pilot) : OS1-OP1-A1,"
        + " OS1-OP1-A2, OS1-OP1-A3, OS1-OP1-A4, OS1-OP1-A5… (et 7 autres)");
    assertThat(lines).hasSize(1 + 1 + 1 + 17 - 12);
    assertThat(report.details().split("\n")).hasSize(19);
  }

  @Test
  void completedActionBelowHundredPercentIsWarned() {
    Action done = piloted("T1").withStatus(Status.COMPLETED).withProgress(new BigDecimal("80"));
    assertThat(PlanValidator.validate(withOp1Actions(ottignies, done)).issues(Rule.STATUS_PROGRESS_MISMATCH)).hasSize(1);
  }

  @Test
  void invertedScheduleIsAnError() {
    Action inverted = piloted("T1").withSchedule(Schedule.parse("2023-2021"));
    assertThat(PlanValidator.validate(withOp1Actions(ottignies, inverted)).issues(Rule.SCHEDULE_INVERTED)).hasSize(1);
  }
}
