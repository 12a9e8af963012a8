package be.pst.core.validation;

import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorValue;
import be.pst.core.indicator.Measurement;
import be.pst.core.indicator.Recurrence;
import be.pst.core.plan.Legislature;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Rules on indicators: kinds of values, dates of measurements, target dates. */
final class IndicatorRules {

  private IndicatorRules() {}

  /**
   * {@link Rule#INDICATOR_KIND_MISMATCH}, {@link Rule#MEASUREMENT_OUTSIDE_LEGISLATURE}, {@link
   * Rule#INDICATOR_TARGET_AFTER_END} and {@link Rule#INDICATOR_TARGET_BEFORE_START}. Dates are
   * compared by what they certainly denote: a target "2024" is not after an end "2024-06-30".
   */
  static void check(Context context, Issues issues) {
    Legislature legislature = context.plan().legislature();
    for (Located l : context.elements()) {
      Optional<Schedule> schedule = l.element().schedule();
      for (Indicator indicator : l.element().indicators()) {
        indicator.baseline().ifPresent(v -> kind(l, indicator, v, "la valeur de départ", issues));
        indicator.target().ifPresent(v -> kind(l, indicator, v, "la cible", issues));
        for (Measurement m : indicator.measurements()) {
          if (m.value().kind() != indicator.kind()) {
            // the message, with its date, is built only for a measurement at fault
            kind(l, indicator, m.value(), "la mesure du " + m.date(), issues);
          }
          if (!legislature.contains(m.date())) {
            issues.add(l, Rule.MEASUREMENT_OUTSIDE_LEGISLATURE, name(indicator) + "la mesure du "
                + m.date() + " est hors de la législature " + legislature);
          }
        }
        if (schedule.isPresent()) {
          targetDates(l, indicator, schedule.get(), issues);
        }
      }
    }
  }

  /**
   * The target dates of an indicator, the date of a milestone target (an opening "le
   * 01/10/2020") and the first and last due dates of its recurrence ("d'avril chaque année à
   * partir de 2021": April 2021), each against the element's planned start and end.
   */
  private static void targetDates(
      Located l, Indicator indicator, Schedule schedule, Issues issues) {
    Set<PartialDate> dates = new LinkedHashSet<>(indicator.targetDates());
    indicator.target()
        .filter(IndicatorValue.Milestone.class::isInstance)
        .map(v -> PartialDate.of(((IndicatorValue.Milestone) v).date()))
        .ifPresent(dates::add);
    indicator.recurrence().ifPresent(r -> {
      r.start().map(start -> due(start, r)).ifPresent(dates::add);
      r.end().map(end -> due(end, r)).ifPresent(dates::add);
    });
    for (PartialDate date : dates) {
      if (schedule.end().isPresent() && date.isDefinitelyAfter(schedule.end().get())) {
        issues.add(l, Rule.INDICATOR_TARGET_AFTER_END, name(indicator) + "l'échéance " + date
            + " est après la fin (" + schedule.end().get() + ") de " + l.what());
      }
      if (schedule.start().isPresent() && schedule.start().get().isDefinitelyAfter(date)) {
        issues.add(l, Rule.INDICATOR_TARGET_BEFORE_START, name(indicator) + "l'échéance " + date
            + " est avant le début (" + schedule.start().get() + ") de " + l.what());
      }
    }
  }

  /**
   * A bound of a recurrence as the due date it denotes: a year made precise by the recurrence's
   * day ("31/10 de chaque année" from 2020: 2020-10-31) or month ("d'avril" from 2021: April
   * 2021); a month made precise by a day of that month; any other bound as it is.
   */
  private static PartialDate due(PartialDate bound, Recurrence recurrence) {
    if (bound.precision() == PartialDate.Precision.YEAR) {
      if (recurrence.onDay().isPresent()) {
        return PartialDate.of(recurrence.onDay().get().atYear(bound.year()));
      }
      if (recurrence.inMonth().isPresent()) {
        return PartialDate.ofMonth(bound.year(), recurrence.inMonth().get().getValue());
      }
    } else if (bound.precision() == PartialDate.Precision.MONTH
        && recurrence.onDay().isPresent()
        && recurrence.onDay().get().getMonth() == bound.earliest().getMonth()) {
      return PartialDate.of(recurrence.onDay().get().atYear(bound.year()));
    }
    return bound;
  }

  private static String name(Indicator indicator) {
    return "indicateur « " + indicator.name() + " » : ";
  }

  private static void kind(
      Located l, Indicator indicator, IndicatorValue value, String what, Issues issues) {
    if (value.kind() != indicator.kind()) {
      issues.add(l, Rule.INDICATOR_KIND_MISMATCH, "indicateur « " + indicator.name() + " » ("
          + indicator.kind().label() + ") : " + what + " est de type « " + value.kind().label()
          + " »");
    }
  }
}
