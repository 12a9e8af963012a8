package be.pst.core.indicator;

import be.pst.core.schedule.PartialDate;
import be.pst.core.style.PstStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * An indicator (indicateur) of an objective or an action: what is measured ({@link #kind()}),
 * at which {@link #order()}, from which baseline to which target by which date, and the dated
 * measurements taken so far; {@link #attainment()} computes how far the target is reached.
 *
 * <p>Values of the wrong kind can be stored (the validator reports them as {@code
 * indicator-kind-mismatch}); they are ignored by {@link #attainment()}. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Indicator implements WithIndicator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Indicator() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of indicators
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}; obtain one with {@link Indicator#builder()}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  /**
   * An indicator with only a name and a kind.
   *
   * @param name the name, not blank
   * @param kind the kind
   * @return the indicator
   */
  public static Indicator of(String name, IndicatorKind kind) {
    return builder()
        .name(Objects.requireNonNull(name, "name"))
        .kind(Objects.requireNonNull(kind, "kind"))
        .build();
  }

  /**
   * The indicator as the plan words it ("Nombre d'ateliers organisés").
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The indicator's number or code in its fiche, if any ("1", "I1").
   *
   * @return the code
   */
  public abstract Optional<String> code();

  /**
   * What is measured, which fixes the type of the values.
   *
   * @return the kind
   */
  public abstract IndicatorKind kind();

  /**
   * Realisation, result or impact, if stated.
   *
   * @return the order
   */
  public abstract Optional<IndicatorOrder> order();

  /**
   * The unit of counts, if stated ("ateliers", "heures", "places").
   *
   * @return the unit
   */
  public abstract Optional<String> unit();

  /**
   * The starting value (valeur de départ); absent means zero for counts, ratios and amounts.
   *
   * @return the baseline
   */
  public abstract Optional<IndicatorValue> baseline();

  /**
   * The value to reach (cible).
   *
   * @return the target
   */
  public abstract Optional<IndicatorValue> target();

  /**
   * When the target is to be reached (échéances), in the fiche's order: one date for most
   * indicators, several when the fiche lists them ("31/10/2020 - 2021 - 2022 - 2023").
   *
   * @return the target dates
   */
  public abstract List<PartialDate> targetDates();

  /**
   * How the target recurs, when the fiche says so ("31/10 de chaque année", "d'avril chaque
   * année à partir de 2021", "une accueillante par an à partir du 01/01/2020").
   *
   * @return the recurrence
   */
  public abstract Optional<Recurrence> recurrence();

  /**
   * The first target date, if any.
   *
   * @return the first of {@link #targetDates()}
   */
  public Optional<PartialDate> firstTargetDate() {
    return targetDates().isEmpty() ? Optional.empty() : Optional.of(targetDates().get(0));
  }

  /**
   * The dated measurements, in input order.
   *
   * @return the measurements
   */
  public abstract List<Measurement> measurements();

  @Value.Check
  void check() {
    Objects.requireNonNull(name(), "name");
    Objects.requireNonNull(kind(), "kind");
    if (name().isBlank()) {
      throw new IllegalArgumentException("indicator name must not be blank");
    }
  }

  /**
   * The measurement with the latest date (the last one in input order among equal dates).
   *
   * @return the latest measurement, empty if none
   */
  public Optional<Measurement> latestMeasurement() {
    Measurement latest = null;
    for (Measurement m : measurements()) {
      if (latest == null || !m.date().isBefore(latest.date())) {
        latest = m;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * The attainment in percent, in [0, 100], at scale 2 rounded {@link RoundingMode#HALF_EVEN}.
   *
   * @return the attainment, see {@link #attainment(int, RoundingMode)}
   */
  public Optional<BigDecimal> attainment() {
    return attainment(2, RoundingMode.HALF_EVEN);
  }

  /**
   * How far the target is reached (taux d'atteinte), in percent, clamped to [0, 100], from the
   * latest measurement:
   *
   * <ul>
   *   <li>DONE: 100 if the latest value is done, else 0;
   *   <li>COUNT, RATIO, AMOUNT: (latest − baseline) / (target − baseline) × 100, baseline 0 when
   *       absent (3 workshops of a target of 5 → 60); when target equals baseline, 100 if the
   *       latest value reached it, else 0;
   *   <li>MILESTONE: 100 if the milestone date is on or before the deadline (the target's date,
   *       else the latest day of the target date, else no deadline), else 0;
   *   <li>TEXT: always empty.
   * </ul>
   *
   * Empty also when there is no measurement, when a needed target is missing, or when a value
   * is not of the indicator's kind or amounts are in different currencies.
   *
   * @param scale the scale of the result
   * @param rounding how to round the division
   * @return the attainment percentage, if it can be computed
   */
  public Optional<BigDecimal> attainment(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    Optional<Measurement> latest = latestMeasurement();
    if (latest.isEmpty() || latest.get().value().kind() != kind()) {
      return Optional.empty();
    }
    IndicatorValue value = latest.get().value();
    switch (kind()) {
      case DONE:
        return Optional.of(percent(((IndicatorValue.Done) value).done()).setScale(scale, rounding));
      case MILESTONE:
        return milestone((IndicatorValue.Milestone) value).map(v -> v.setScale(scale, rounding));
      case COUNT:
      case RATIO:
      case AMOUNT:
        return progress(value, scale, rounding);
      default:
        return Optional.empty();
    }
  }

  private static BigDecimal percent(boolean reached) {
    return reached ? HUNDRED : BigDecimal.ZERO;
  }

  private Optional<BigDecimal> milestone(IndicatorValue.Milestone reached) {
    Optional<LocalDate> deadline;
    if (target().isPresent()) {
      if (!(target().get() instanceof IndicatorValue.Milestone)) {
        return Optional.empty();
      }
      deadline = Optional.of(((IndicatorValue.Milestone) target().get()).date());
    } else {
      deadline = firstTargetDate().map(PartialDate::latest);
    }
    return Optional.of(percent(deadline.map(d -> !reached.date().isAfter(d)).orElse(true)));
  }

  private Optional<BigDecimal> progress(IndicatorValue value, int scale, RoundingMode rounding) {
    if (target().isEmpty() || target().get().kind() != kind()) {
      return Optional.empty();
    }
    if (baseline().isPresent() && baseline().get().kind() != kind()) {
      return Optional.empty();
    }
    Optional<String> currency = currency(value);
    if (!currency.equals(currency(target().get()))
        || baseline().isPresent() && !currency.equals(currency(baseline().get()))) {
      return Optional.empty();
    }
    BigDecimal latest = number(value);
    BigDecimal target = number(target().get());
    BigDecimal base = baseline().map(Indicator::number).orElse(BigDecimal.ZERO);
    BigDecimal span = target.subtract(base);
    BigDecimal result;
    if (span.signum() == 0) {
      result = percent(latest.compareTo(target) >= 0);
    } else {
      result = latest.subtract(base).multiply(HUNDRED).divide(span, scale, rounding);
    }
    return Optional.of(result.max(BigDecimal.ZERO).min(HUNDRED).setScale(scale, rounding));
  }

  private static Optional<String> currency(IndicatorValue value) {
    if (value instanceof IndicatorValue.Amount) {
      return Optional.of(((IndicatorValue.Amount) value).amount().getCurrency().getCurrencyCode());
    }
    return Optional.empty();
  }

  private static BigDecimal number(IndicatorValue value) {
    if (value instanceof IndicatorValue.Count) {
      return ((IndicatorValue.Count) value).count();
    }
    if (value instanceof IndicatorValue.Ratio) {
      return ((IndicatorValue.Ratio) value).percent();
    }
    MonetaryAmount amount = ((IndicatorValue.Amount) value).amount();
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  /**
   * Copy with one more measurement.
   *
   * @param measurement the measurement to add
   * @return the modified copy
   */
  public Indicator withMeasurement(Measurement measurement) {
    Objects.requireNonNull(measurement, "measurement");
    List<Measurement> all = new ArrayList<>(measurements());
    all.add(measurement);
    return ((ImmutableIndicator) ImmutableIndicator.copyOf(this)).withMeasurements(all);
  }

  /**
   * "name [kind] → target", with the attainment when it can be computed.
   *
   * @return the readable indicator
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    code().ifPresent(c -> s.append(c).append(". "));
    s.append(name()).append(" [").append(kind().label()).append(']');
    target().ifPresent(t -> s.append(" cible ").append(t));
    attainment().ifPresent(a -> s.append(", atteint ").append(a.stripTrailingZeros().toPlainString()).append(" %"));
    return s.toString();
  }
}
