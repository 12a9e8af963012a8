package be.pst.core.validation;

import static be.pst.core.validation.SmallPlans.action;
import static be.pst.core.validation.SmallPlans.objective;
import static be.pst.core.validation.SmallPlans.paths;
import static be.pst.core.validation.SmallPlans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.action.Action;
import be.pst.core.action.Step;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.indicator.IndicatorValue;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules on dates: schedules against the legislature, the OO, indicators and steps. */
class DateRulesTest {

  private static Action scheduled(String code, String schedule) {
    return action(code).withSchedule(Schedule.parse(schedule));
  }

  private static Indicator due(String name, String... dates) {
    Indicator.Builder b = Indicator.builder().name(name).kind(IndicatorKind.DONE);
    for (String d : dates) {
      b.addTargetDates(PartialDate.parse(d));
    }
    return b.build();
  }

  @Test
  void actionStartingBeforeTheLegislatureIsWarned() {
    // Ottignies A9: 01/04/2018 - 30/09/2020 in a 2019-2024 plan
    ValidationReport report = PlanValidator.validate(plan(
        scheduled("A9", "01/04/2018 - 30/09/2020"), scheduled("A10", "2019-2024")));
    assertThat(report.issues(Rule.STARTS_BEFORE_LEGISLATURE)).singleElement().satisfies(i -> {
      assertThat(i.path()).hasToString("OS1/OO1/A9");
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(i.message()).contains("2018-04-01", "2019");
    });
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void objectiveStartingBeforeTheLegislatureIsWarnedToo() {
    OperationalObjective oo = objective(action("A1")).withSchedule(Schedule.parse("2018-2024"));
    assertThat(paths(PlanValidator.validate(plan(oo)), Rule.STARTS_BEFORE_LEGISLATURE))
        .containsExactly("OS1/OO1");
  }

  @Test
  void indicatorTargetDateAfterTheEndOfItsActionIsWarned() {
    // Ottignies A2 (2019-2024): "Passer de 21 à 28 places aux Colibris pour 2025"
    Action a2 = scheduled("A2", "01/10/2019 - 31/12/2024")
        .withIndicators(due("Passer de 21 à 28 places pour 2025", "2025"),
            due("Passer de 48 à 49 places", "2020"));
    ValidationReport report = PlanValidator.validate(plan(a2));
    assertThat(report.issues(Rule.INDICATOR_TARGET_AFTER_END)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("28 places", "2025", "2024-12-31"));
    assertThat(report.issues(Rule.INDICATOR_TARGET_BEFORE_START)).isEmpty();
  }

  @Test
  void indicatorTargetDateBeforeTheStartOfItsActionIsWarned() {
    // Ottignies A7 (01/04/2022 - 31/03/2024): "Avoir une équipe d'insertion stable (30/06/2020)"
    Action a7 = scheduled("A7", "01/04/2022 - 31/03/2024")
        .withIndicators(due("Avoir une équipe d'insertion « stable »", "30/06/2020"));
    ValidationReport report = PlanValidator.validate(plan(a7));
    assertThat(report.issues(Rule.INDICATOR_TARGET_BEFORE_START)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("2020-06-30", "2022-04-01"));
  }

  @Test
  void everyTargetDateOfAnIndicatorIsChecked() {
    // "31/10/2020 - 2021 - 2022 - 2023" on an action ending in 2022
    Action a = scheduled("A10", "2020-2022")
        .withIndicators(due("Présentation au Conseil", "31/10/2020", "2021", "2022", "2023"));
    assertThat(PlanValidator.validate(plan(a)).issues(Rule.INDICATOR_TARGET_AFTER_END))
        .singleElement().satisfies(i -> assertThat(i.message()).contains("l'échéance 2023 "));
  }

  @Test
  void milestoneTargetIsATargetDate() {
    // Ottignies A9 ends 30/09/2020; indicator 4 "Ouverture de l'espace citoyen (01/10/2020)"
    Indicator opening = Indicator.builder().name("Ouverture de l'espace citoyen")
        .kind(IndicatorKind.MILESTONE)
        .target(IndicatorValue.milestone(LocalDate.of(2020, 10, 1))).build();
    Action a9 = scheduled("A9", "01/04/2019 - 30/09/2020").withIndicators(opening);
    assertThat(PlanValidator.validate(plan(a9)).issues(Rule.INDICATOR_TARGET_AFTER_END))
        .singleElement().satisfies(i -> assertThat(i.message()).contains("2020-10-01"));
  }

  @Test
  void targetDateOnlyPossiblyAfterTheEndIsNotReported() {
    // a target "2024" may be any day of 2024: not certainly after an end of 30/06/2024
    Action a = scheduled("A1", "2020 - 30/06/2024").withIndicators(due("Rapport", "2024"));
    assertThat(PlanValidator.validate(plan(a)).issues()).isEmpty();
  }

  @Test
  void actionWithNeitherStatusNorDateIsWarned() {
    // Saint-Ghislain 3.2.4: no status column ticked, no "échéance/début"
    Action undated = Action.builder().from(action("3.2.4")).status(java.util.Optional.empty())
        .schedule(java.util.Optional.empty()).build();
    Action statusOnly = Action.builder().from(undated).code("3.2.5")
        .status(be.pst.core.element.Status.TO_PROGRAM).build();
    Action effectiveOnly = Action.builder().from(undated).code("3.2.6")
        .effectiveSchedule(Schedule.parse("2021")).build();
    ValidationReport report = PlanValidator.validate(plan(undated, statusOnly, effectiveOnly));
    assertThat(paths(report, Rule.MISSING_STATUS_AND_DATES)).containsExactly("OS1/OO1/3.2.4");
    assertThat(report.issues(Rule.MISSING_STATUS_AND_DATES).get(0).severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void undeterminedScheduleIsNoDate() {
    Action a = Action.builder().from(action("A1")).status(java.util.Optional.empty())
        .schedule(Schedule.parse("indéterminée")).build();
    assertThat(paths(PlanValidator.validate(plan(a)), Rule.MISSING_STATUS_AND_DATES))
        .containsExactly("OS1/OO1/A1");
  }

  @Test
  void subActionTakesItsStatusAndDatesFromItsParent() {
    Action sub = Action.builder().code("A1.1").title("Sous-action").build();
    ValidationReport report =
        PlanValidator.validate(plan(action("A1").withSubActions(java.util.List.of(sub))));
    assertThat(report.issues(Rule.MISSING_STATUS_AND_DATES)).isEmpty();
    assertThat(report.issues(Rule.MISSING_PILOT)).isEmpty();
  }

  @Test
  void actionStartingBeforeItsObjectiveStartsIsWarned() {
    // Saint-Ghislain OO 3.1 "Début 2021"; its actions 3.1.1-3.1.3 "2019-2024"
    OperationalObjective oo31 = objective("3.1",
            scheduled("3.1.1", "2019-2024"), scheduled("3.1.2", "2021-2024"),
            scheduled("3.1.3", "2021-06 / 2022"))
        .withSchedule(Schedule.from(PartialDate.ofYear(2021)));
    ValidationReport report = PlanValidator.validate(plan(oo31));
    assertThat(paths(report, Rule.STARTS_BEFORE_OBJECTIVE)).containsExactly("OS1/3.1/3.1.1");
    assertThat(report.issues(Rule.STARTS_BEFORE_OBJECTIVE).get(0).message())
        .contains("2019", "2021", "3.1");
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void stepEndingAfterItsActionIsWarned() {
    Action a = scheduled("A1", "2020-2022").withSteps(java.util.List.of(
        Step.of("Marché public modules", Schedule.parse("2021")),
        Step.of("Transfert du service existant", Schedule.parse("2022-2023")),
        Step.of("Appel à projet"),
        Step.of("Ouverture", Schedule.from(PartialDate.ofYear(2022)))));
    assertThat(PlanValidator.validate(plan(a)).issues(Rule.STEP_ENDS_AFTER_ACTION))
        .singleElement()
        .satisfies(i -> {
          assertThat(i.message()).contains("Transfert du service existant", "2022");
          assertThat(i.path()).hasToString("OS1/OO1/A1");
        });
  }
}
