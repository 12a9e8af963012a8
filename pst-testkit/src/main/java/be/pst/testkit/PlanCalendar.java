package be.pst.testkit;

import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days and years of a legislature, and the schedules drawn inside it: what the assemblers
 * need to turn offsets and choices into dates that stay in the plan's legislature.
 */
final class PlanCalendar {

  /** How a schedule is written. */
  enum Precision {
    /** "2020-2022". */
    YEARS,
    /** "2020-06/2021-12". */
    MONTHS,
    /** "01/10/2019 - 31/12/2024". */
    DAYS,
    /** "dès 2020": a start, no end. */
    OPEN_ENDED,
    /** "jusqu'en 2024": an end, no start. */
    UNTIL,
    /** "indéterminée". */
    UNDETERMINED
  }

  private final int first;
  private final int last;
  private final LocalDate firstDay;
  private final int days;

  PlanCalendar(int firstExercice, int lastExercice) {
    this.first = firstExercice;
    this.last = lastExercice;
    this.firstDay = LocalDate.of(firstExercice, 1, 1);
    this.days = (int) ChronoUnit.DAYS.between(firstDay, LocalDate.of(lastExercice + 1, 1, 1));
  }

  int first() {
    return first;
  }

  int last() {
    return last;
  }

  int years() {
    return last - first + 1;
  }

  /** A day of the legislature, chosen from {@code c}. */
  LocalDate day(Choices c) {
    return firstDay.plusDays(c.below(days));
  }

  /** The day {@code offset} days after the first of the legislature. */
  LocalDate day(int offset) {
    return firstDay.plusDays(offset);
  }

  /** The {@code percent}th percent of the legislature, a day. */
  LocalDate dayAt(int percent) {
    return firstDay.plusDays((long) Math.min(percent, 100) * (days - 1) / 100);
  }

  /** A year of the legislature, chosen from {@code c}, as a partial date. */
  PartialDate year(Choices c) {
    return PartialDate.ofYear(first + c.below(years()));
  }

  /** A date in the year at {@code yearOffset}, at {@code precision}: years, months or days. */
  PartialDate date(int yearOffset, int month, int day, Precision precision) {
    int year = first + yearOffset;
    switch (precision) {
      case MONTHS:
        return PartialDate.ofMonth(year, month);
      case DAYS:
        return PartialDate.of(LocalDate.of(year, month, day));
      default:
        return PartialDate.ofYear(year);
    }
  }

  /**
   * A schedule read from {@code c}, between the year offsets {@code minYear} and {@code maxYear}
   * (both included, {@code minYear ≤ maxYear}); open-ended schedules only if {@code openEnded}.
   * Always reads the same number of choices.
   */
  Schedule schedule(Choices c, int minYear, int maxYear, boolean openEnded) {
    Precision precision = c.of(Precision.values());
    int a = c.between(minYear, maxYear);
    int b = c.between(minYear, maxYear);
    int startMonth = c.between(1, 12);
    int endMonth = c.between(1, 12);
    int startDay = c.between(1, 28);
    int endDay = c.between(1, 28);
    boolean note = c.below(8) == 0;
    int start = Math.min(a, b);
    int end = Math.max(a, b);
    if (start == end && (startMonth > endMonth || startMonth == endMonth && startDay > endDay)) {
      int m = startMonth;
      startMonth = endMonth;
      endMonth = m;
      int d = startDay;
      startDay = endDay;
      endDay = d;
    }
    Schedule.Builder schedule = Schedule.builder();
    switch (precision) {
      case OPEN_ENDED:
        if (openEnded) {
          schedule.start(PartialDate.ofYear(first + start)).openEnded(true);
        } else {
          schedule.start(PartialDate.ofYear(first + start)).end(PartialDate.ofYear(first + end));
        }
        break;
      case UNTIL:
        schedule.end(PartialDate.ofYear(first + end));
        break;
      case UNDETERMINED:
        break;
      default:
        schedule
            .start(date(start, startMonth, startDay, precision))
            .end(date(end, endMonth, endDay, precision));
    }
    if (note && precision == Precision.YEARS) {
      schedule.note(Vocabulary.SCHEDULE_NOTES.get(0));
    }
    return schedule.build();
  }

  /** A schedule from the first to the last exercice: the whole legislature. */
  Schedule whole() {
    return Schedule.of(PartialDate.ofYear(first), PartialDate.ofYear(last));
  }
}
