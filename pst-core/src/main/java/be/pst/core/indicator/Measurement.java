package be.pst.core.indicator;

import be.pst.core.style.PstStyle;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated measurement of an indicator (mesure, relevé): its value on a date, with an optional
 * note.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Measurement implements WithMeasurement {

  Measurement() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of measurements
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Measurement}; obtain one with {@link Measurement#builder()}. */
  public static final class Builder extends ImmutableMeasurement.Builder {
    Builder() {}
  }

  /**
   * A measurement without note.
   *
   * @param date the date of the measurement
   * @param value the measured value
   * @return the measurement
   */
  public static Measurement of(LocalDate date, IndicatorValue value) {
    return builder().date(date).value(value).build();
  }

  /**
   * The date of the measurement.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The measured value.
   *
   * @return the value
   */
  public abstract IndicatorValue value();

  /**
   * A note, if any.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Objects.requireNonNull(date(), "date");
    Objects.requireNonNull(value(), "value");
  }

  /**
   * "date: value".
   *
   * @return the readable measurement
   */
  @Override
  public String toString() {
    return date() + ": " + value() + note().map(n -> " (" + n + ")").orElse("");
  }
}
