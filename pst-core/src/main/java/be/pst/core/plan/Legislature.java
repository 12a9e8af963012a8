package be.pst.core.plan;

import be.pst.core.style.PstStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.immutables.value.Value;

/**
 * The legislature a plan covers (législature, mandature), as budget exercises (exercices):
 * e.g. 2019–2024. Both are four-digit years and the first must not be after the last.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Legislature implements WithLegislature {

  Legislature() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of legislatures
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Legislature}; obtain one with {@link Legislature#builder()}. */
  public static final class Builder extends ImmutableLegislature.Builder {
    Builder() {}
  }

  /**
   * The legislature from {@code firstExercice} to {@code lastExercice}, both included.
   *
   * @param firstExercice the first budget year, e.g. 2019
   * @param lastExercice the last budget year, e.g. 2024
   * @return the legislature
   * @throws IllegalArgumentException if the first year is after the last
   */
  public static Legislature of(int firstExercice, int lastExercice) {
    return builder().firstExercice(firstExercice).lastExercice(lastExercice).build();
  }

  /**
   * The first budget year.
   *
   * @return the first exercise
   */
  public abstract int firstExercice();

  /**
   * The last budget year.
   *
   * @return the last exercise
   */
  public abstract int lastExercice();

  /**
   * Whether the year is one of this legislature's exercises.
   *
   * @param exercice a year
   * @return {@code true} if within
   */
  public boolean contains(int exercice) {
    return exercice >= firstExercice() && exercice <= lastExercice();
  }

  /**
   * Whether the day falls in this legislature's exercises.
   *
   * @param day a day
   * @return {@code true} if within
   */
  public boolean contains(LocalDate day) {
    return contains(day.getYear());
  }

  /**
   * The exercises, in order.
   *
   * @return the years from first to last
   */
  public List<Integer> exercices() {
    return IntStream.rangeClosed(firstExercice(), lastExercice())
        .boxed()
        .collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    if (firstExercice() < 1000 || lastExercice() > 9999) {
      throw new IllegalArgumentException(
          "legislature exercices must be four-digit years, were "
              + firstExercice()
              + " and "
              + lastExercice());
    }
    if (firstExercice() > lastExercice()) {
      throw new IllegalArgumentException(
          "legislature first exercice "
              + firstExercice()
              + " is after last exercice "
              + lastExercice());
    }
  }

  /**
   * "2019–2024".
   *
   * @return the readable legislature
   */
  @Override
  public String toString() {
    return firstExercice() + "\u2013" + lastExercice();
  }
}
