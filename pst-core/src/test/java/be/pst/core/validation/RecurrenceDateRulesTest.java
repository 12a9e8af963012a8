package be.pst.core.validation;

import static be.pst.core.validation.SmallPlans.action;
import static be.pst.core.validation.SmallPlans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.action.Action;
import be.pst.core.indicator.Frequency;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.indicator.Recurrence;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.time.Month;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/**
 * A recurring indicator is due on the first and last dates of its recurrence: they are checked
 * against its element's planned start and end like target dates.
 */
class RecurrenceDateRulesTest {

  private static Indicator recurring(Recurrence recurrence) {
    return Indicator.builder().name("Rapport annuel").kind(IndicatorKind.DONE)
        .recurrence(recurrence).build();
  }

  private static Action scheduled(String schedule, Indicator indicator) {
    return action("A7").withSchedule(Schedule.parse(schedule)).withIndicators(indicator);
  }

  @Test
  void aYearlyReportFromBeforeTheActionStartsIsWarned() {
    // Ottignies A7 (01/04/2022 - 31/03/2024): "au Conseil de l'Action Sociale d'avril chaque
    // année à partir de 2021"
    Indicator report = recurring(Recurrence.builder().frequency(Frequency.YEARLY)
        .start(PartialDate.ofYear(2021)).inMonth(Month.APRIL).build());

    ValidationReport validation =
        PlanValidator.validate(plan(scheduled("01/04/2022 - 31/03/2024", report)));

    assertThat(validation.issues(Rule.INDICATOR_TARGET_BEFORE_START)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("2021-04", "2022-04-01"));
    assertThat(validation.issues(Rule.INDICATOR_TARGET_AFTER_END)).isEmpty();
  }

  @Test
  void theMonthOfTheRecurrenceMakesItsFirstYearPrecise() {
    // Ottignies A8 starts 01/07/2021: April 2021 is before, although 2021 is not certainly
    Indicator april = recurring(Recurrence.builder().frequency(Frequency.YEARLY)
        .start(PartialDate.ofYear(2021)).inMonth(Month.APRIL).build());
    Indicator anyMonth = recurring(Recurrence.builder().frequency(Frequency.YEARLY)
        .start(PartialDate.ofYear(2021)).build());

    assertThat(PlanValidator.validate(plan(scheduled("01/07/2021 - 30/06/2024", april)))
        .issues(Rule.INDICATOR_TARGET_BEFORE_START)).hasSize(1);
    assertThat(PlanValidator.validate(plan(scheduled("01/07/2021 - 30/06/2024", anyMonth)))
        .issues()).isEmpty();
  }

  @Test
  void theLastDueDateAfterTheActionEndsIsWarned() {
    // "(31/3/2021 - 2022 - 2023 - 2024)" on an action ending 31/12/2023
    Indicator yearly = recurring(Recurrence.builder().frequency(Frequency.YEARLY)
        .start(PartialDate.ofYear(2021)).end(PartialDate.ofYear(2024))
        .onDay(MonthDay.of(3, 31)).build());

    ValidationReport validation =
        PlanValidator.validate(plan(scheduled("01/10/2020 - 31/12/2023", yearly)));

    assertThat(validation.issues(Rule.INDICATOR_TARGET_AFTER_END)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("2024-03-31", "2023-12-31"));
    assertThat(validation.issues(Rule.INDICATOR_TARGET_BEFORE_START)).isEmpty();
  }

  @Test
  void aRecurrenceWithinTheActionOrWithoutBoundsIsNotReported() {
    // Ottignies A10 (01/10/2020 - 31/12/2024): "(31/10/2020 -2021 - 2022 -2023)"; A19: "pour le
    // 31/10 de chaque année"
    Indicator within = recurring(Recurrence.builder().frequency(Frequency.YEARLY)
        .start(PartialDate.ofYear(2020)).end(PartialDate.ofYear(2023))
        .onDay(MonthDay.of(10, 31)).build());
    Indicator unbounded = recurring(Recurrence.builder().frequency(Frequency.YEARLY)
        .onDay(MonthDay.of(10, 31)).build());

    assertThat(PlanValidator.validate(plan(scheduled("01/10/2020 - 31/12/2024", within)))
        .issues()).isEmpty();
    assertThat(PlanValidator.validate(plan(scheduled("01/01/2020 - 28/02/2020", unbounded)))
        .issues()).isEmpty();
  }
}
