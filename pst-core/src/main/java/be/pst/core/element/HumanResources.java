package be.pst.core.element;

import be.pst.core.style.PstStyle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The staff time an element needs (ressources humaines): hours per week ("6h/semaine", seed
 * 004) and/or full-time equivalents (ETP, as eComptes records them), with an optional note, and
 * the staff of each exercice when the fiche gives it year by year (seed 000).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class HumanResources implements WithHumanResources {

  HumanResources() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of human resources
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HumanResources}; obtain one with {@link HumanResources#builder()}. */
  public static final class Builder extends ImmutableHumanResources.Builder {
    Builder() {}
  }

  /**
   * Human resources given in hours per week.
   *
   * @param hours the hours per week
   * @return the human resources
   */
  public static HumanResources ofHoursPerWeek(BigDecimal hours) {
    return builder().hoursPerWeek(Objects.requireNonNull(hours, "hours")).build();
  }

  /**
   * Human resources given in full-time equivalents.
   *
   * @param fte the full-time equivalents (ETP)
   * @return the human resources
   */
  public static HumanResources ofFte(BigDecimal fte) {
    return builder().fte(Objects.requireNonNull(fte, "fte")).build();
  }

  /**
   * Hours per week, if given.
   *
   * @return the hours per week
   */
  public abstract Optional<BigDecimal> hoursPerWeek();

  /**
   * Full-time equivalents (équivalents temps plein, ETP), if given.
   *
   * @return the FTE
   */
  public abstract Optional<BigDecimal> fte();

  /**
   * A note ("1 assistante sociale et 1 éducateur"), if any.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * The staff of each exercice, when the fiche gives it year by year.
   *
   * @return the years, in the fiche's order
   */
  public abstract List<StaffYear> years();

  /**
   * "6 h/semaine, 0.5 ETP (note)"; "non précisées" when nothing is given.
   *
   * @return the readable human resources
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    hoursPerWeek().ifPresent(h -> s.append(h.toPlainString()).append(" h/semaine"));
    fte()
        .ifPresent(
            f -> s.append(s.length() > 0 ? ", " : "").append(f.toPlainString()).append(" ETP"));
    note().ifPresent(n -> s.append(s.length() > 0 ? " (" + n + ")" : n));
    for (StaffYear year : years()) {
      s.append(s.length() > 0 ? "; " : "").append(year);
    }
    return s.length() > 0 ? s.toString() : "non précisées";
  }
}
