package be.pst.core.indicator;

import be.pst.core.schedule.PartialDate;
import be.pst.core.style.PstStyle;
import java.time.Month;
import java.time.MonthDay;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recurring deadline or target of an indicator (échéance récurrente): "31/10 de chaque année"
 * is yearly {@linkplain #onDay() on} 31 October; "d'avril chaque année à partir de 2021" is
 * yearly {@linkplain #inMonth() in} April {@linkplain #start() from} 2021; "une accueillante par
 * an à partir du 01/01/2020" is yearly from 1 January 2020 (with the indicator's target of one).
 * Only what the fiche states is set.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Recurrence implements WithRecurrence {

  Recurrence() {}

  /**
   * A new builder.
   *
   * @return a builder; the frequency is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Recurrence}; obtain one with {@link Recurrence#builder()}. */
  public static final class Builder extends ImmutableRecurrence.Builder {
    Builder() {}
  }

  /**
   * A recurrence of that frequency, nothing else stated.
   *
   * @param frequency how often
   * @return the recurrence
   */
  public static Recurrence of(Frequency frequency) {
    return builder().frequency(frequency).build();
  }

  /**
   * How often.
   *
   * @return the frequency
   */
  public abstract Frequency frequency();

  /**
   * From when (à partir de), if stated.
   *
   * @return the date of the first occurrence
   */
  public abstract Optional<PartialDate> start();

  /**
   * Until when (jusqu'à), if stated.
   *
   * @return the date of the last occurrence
   */
  public abstract Optional<PartialDate> end();

  /**
   * The day of the year, for a yearly recurrence on a fixed date ("31/10").
   *
   * @return the day
   */
  public abstract Optional<MonthDay> onDay();

  /**
   * The month of the year, for a yearly recurrence in a month ("d'avril").
   *
   * @return the month
   */
  public abstract Optional<Month> inMonth();

  /**
   * The words of the fiche, if any.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    if (onDay().isPresent() && inMonth().isPresent()) {
      throw new IllegalArgumentException("a recurrence is on a day or in a month, not both");
    }
  }

  /**
   * "Chaque année le 31/10 à partir de 2021".
   *
   * @return the readable recurrence
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(frequency().label());
    onDay().ifPresent(d -> s.append(String.format(" le %02d/%02d", d.getDayOfMonth(),
        d.getMonthValue())));
    inMonth().ifPresent(m -> s.append(" en ").append(m.getDisplayName(java.time.format.TextStyle.FULL,
        java.util.Locale.FRENCH)));
    start().ifPresent(f -> s.append(" à partir de ").append(f));
    end().ifPresent(u -> s.append(" jusqu'à ").append(u));
    return s.toString();
  }
}
