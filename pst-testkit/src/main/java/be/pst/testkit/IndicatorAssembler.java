package be.pst.testkit;

import be.pst.budget.money.EuroAmount;
import be.pst.core.indicator.Frequency;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.indicator.IndicatorOrder;
import be.pst.core.indicator.IndicatorValue;
import be.pst.core.indicator.Measurement;
import be.pst.core.indicator.Recurrence;
import be.pst.core.schedule.PartialDate;
import be.pst.testkit.PlanCalendar.Precision;
import be.pst.testkit.PlanDrafts.IndicatorDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns {@link IndicatorDraft}s into indicators whose values are of the indicator's kind and whose
 * dates lie in the legislature, and adds the indicator defects.
 */
final class IndicatorAssembler {

  /** The optional attributes of an indicator, one presence bit each. */
  enum Facet {
    CODE, ORDER, UNIT, BASELINE, TARGET, RECURRENCE;

    boolean in(int presence) {
      return (presence & (1 << ordinal())) != 0;
    }
  }

  private static final List<String> UNITS = List.of("ateliers", "personnes", "%", "heures");

  private final PlanCalendar calendar;

  IndicatorAssembler(PlanCalendar calendar) {
    this.calendar = calendar;
  }

  /** The indicators of one element, with the defects it receives. */
  List<Indicator> indicators(
      List<IndicatorDraft> drafts, IndicatorOrder order, Set<PlanDefect> defects) {
    List<Indicator> indicators = new ArrayList<>(drafts.size() + 2);
    for (IndicatorDraft draft : drafts) {
      indicators.add(indicator(draft, order));
    }
    if (defects.contains(PlanDefect.INDICATOR_KIND_MISMATCH)) {
      indicators.add(
          Indicator.builder()
              .name("Nombre de participants")
              .kind(IndicatorKind.COUNT)
              .target(IndicatorValue.count(10))
              .addMeasurements(
                  Measurement.of(LocalDate.of(calendar.first(), 6, 30), IndicatorValue.text("dix")))
              .build());
    }
    if (defects.contains(PlanDefect.MEASUREMENT_OUTSIDE_LEGISLATURE)) {
      indicators.add(
          Indicator.builder()
              .name("Délibération du Conseil")
              .kind(IndicatorKind.DONE)
              .addMeasurements(
                  Measurement.of(
                      LocalDate.of(calendar.first() - 2, 6, 30), IndicatorValue.done(true)))
              .build());
    }
    return indicators;
  }

  private Indicator indicator(IndicatorDraft d, IndicatorOrder order) {
    Choices c = Choices.of(d.choices());
    String name = c.of(Vocabulary.INDICATOR_NAMES);
    boolean dotted = c.flip();
    int major = c.between(1, 9);
    int minor = c.between(1, 9);
    String code = dotted ? major + "." + minor : String.valueOf(major);
    String unit = c.of(UNITS);
    int base = c.between(0, 50);
    int delta = c.between(1, 50);
    Recurrence recurrence = recurrence(c);

    IndicatorKind kind = d.kind();
    Indicator.Builder b = Indicator.builder().name(name).kind(kind);
    int presence = d.presence();
    if (Facet.CODE.in(presence)) {
      b.code(code);
    }
    if (Facet.ORDER.in(presence)) {
      b.order(order);
    }
    if (Facet.UNIT.in(presence)) {
      b.unit(unit);
    }
    boolean numeric =
        kind == IndicatorKind.COUNT || kind == IndicatorKind.RATIO || kind == IndicatorKind.AMOUNT;
    if (numeric && Facet.BASELINE.in(presence)) {
      b.baseline(value(kind, base));
    }
    if (Facet.TARGET.in(presence)) {
      b.target(value(kind, (numeric && Facet.BASELINE.in(presence) ? base : 0) + delta));
    }
    if (Facet.RECURRENCE.in(presence)) {
      b.recurrence(recurrence);
    }
    Choices dates = Choices.of(d.dates());
    int count = dates.below(3);
    for (int i = 0; i < count; i++) {
      b.addTargetDates(
          calendar.date(
              dates.below(calendar.years()), dates.between(1, 12), dates.between(1, 28),
              dates.of(Precision.YEARS, Precision.MONTHS, Precision.DAYS)));
    }
    for (long m : d.measurements()) {
      Choices mc = Choices.of(m);
      LocalDate day = calendar.day(mc);
      b.addMeasurements(Measurement.of(day, value(kind, mc.between(0, 100))));
    }
    return b.build();
  }

  /** A recurrence; always reads the same number of choices. */
  private Recurrence recurrence(Choices c) {
    Frequency frequency = c.of(Frequency.values());
    boolean withStart = c.flip();
    boolean withEnd = c.flip();
    int dayOrMonth = c.below(3);
    int month = c.between(1, 12);
    int day = c.between(1, 28);
    boolean withNote = c.flip();
    String note = c.of(Vocabulary.RECURRENCE_NOTES);
    int a = c.below(calendar.years());
    int z = c.below(calendar.years());
    Recurrence.Builder r = Recurrence.builder().frequency(frequency);
    if (withStart) {
      r.start(PartialDate.ofYear(calendar.first() + Math.min(a, z)));
    }
    if (withEnd) {
      r.end(PartialDate.ofYear(calendar.first() + Math.max(a, z)));
    }
    if (dayOrMonth == 1) {
      r.onDay(MonthDay.of(month, day));
    } else if (dayOrMonth == 2) {
      r.inMonth(Month.of(month));
    }
    if (withNote) {
      r.note(note);
    }
    return r.build();
  }

  /** A value of {@code kind} from a number in [0, 100]. */
  private IndicatorValue value(IndicatorKind kind, int n) {
    switch (kind) {
      case DONE:
        return IndicatorValue.done(n % 2 == 1);
      case COUNT:
        return IndicatorValue.count(n);
      case RATIO:
        return IndicatorValue.ratio(BigDecimal.valueOf(Math.min(n, 100)));
      case AMOUNT:
        return IndicatorValue.amount(EuroAmount.ofCents(n * 100_000L));
      case TEXT:
        return IndicatorValue.text("Relevé " + n);
      default:
        return IndicatorValue.milestone(calendar.dayAt(n));
    }
  }
}
