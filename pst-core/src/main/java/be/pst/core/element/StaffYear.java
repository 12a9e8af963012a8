package be.pst.core.element;

import be.pst.core.style.PstStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The staff an element needs in one exercice (ressources humaines d'une année): "1 ETP … et
 * 2,5 ETP" in 2020, "+1 ETP" in 2021 (seed 000). {@link #fte()} is the staff of the year when
 * the fiche gives it, {@link #additionalFte()} the staff added that year when the fiche gives
 * an increase instead.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class StaffYear implements WithStaffYear {

  StaffYear() {}

  /**
   * A new builder.
   *
   * @return a builder; the exercice is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StaffYear}; obtain one with {@link StaffYear#builder()}. */
  public static final class Builder extends ImmutableStaffYear.Builder {
    Builder() {}
  }

  /**
   * The exercice.
   *
   * @return a four-digit year
   */
  public abstract int exercice();

  /**
   * The full-time equivalents of the year (ETP), if stated.
   *
   * @return the staff in FTE
   */
  public abstract Optional<BigDecimal> fte();

  /**
   * The full-time equivalents added that year ("+1 ETP"), if stated.
   *
   * @return the increase in FTE
   */
  public abstract Optional<BigDecimal> additionalFte();

  /**
   * The words of the fiche ("1 ETP puéricultrice et 2,5 ETP auxiliaires").
   *
   * @return the note
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    if (exercice() < 1000 || exercice() > 9999) {
      throw new IllegalArgumentException("exercice must be a four-digit year: " + exercice());
    }
  }

  /**
   * "2020 : 3.5 ETP", "2021 : +1 ETP".
   *
   * @return the readable year
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(exercice()).append(" :");
    fte().ifPresent(f -> s.append(' ').append(f.toPlainString()).append(" ETP"));
    additionalFte().ifPresent(f -> s.append(" +").append(f.toPlainString()).append(" ETP"));
    note().ifPresent(n -> s.append(" (").append(n).append(')'));
    return s.toString();
  }
}
