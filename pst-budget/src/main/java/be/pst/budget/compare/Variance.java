package be.pst.budget.compare;

import be.pst.budget.money.EuroAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Two amounts side by side and their variance (écart): the reference (what was planned, or the
 * older version) and the compared amount (what was realised, or the newer version). The variance
 * is compared − reference, exact to the cent; in percent it is relative to the reference and
 * undefined when the reference is zero (never infinite). Instances are immutable and thread-safe.
 *
 * @param reference the reference amount: planned, or older
 * @param compared the compared amount: realised, or newer
 */
public record Variance(EuroAmount reference, EuroAmount compared) {

  /** What a percentage that cannot be computed (the reference is zero) prints as. */
  public static final String UNDEFINED = "n.d.";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the components.
   *
   * @param reference the reference amount
   * @param compared the compared amount
   */
  public Variance {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(compared, "compared");
  }

  /**
   * The variance in euros: compared − reference.
   *
   * @return positive when more was realised (or is now planned) than the reference
   */
  public EuroAmount difference() {
    return compared.subtract(reference);
  }

  /**
   * The variance in percent of the reference: (compared − reference) / |reference| × 100.
   *
   * @param scale the number of decimals, e.g. 2
   * @param rounding how the last decimal is rounded
   * @return the percentage, empty when the reference is zero (the variance then has no
   *     percentage: say so rather than print ∞)
   */
  public Optional<BigDecimal> percent(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (reference.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(difference().toBigDecimal().multiply(HUNDRED)
        .divide(reference.toBigDecimal().abs(), scale, rounding));
  }

  /**
   * Whether both amounts are equal.
   *
   * @return {@code true} if the variance is zero
   */
  public boolean isZero() {
    return reference.equals(compared);
  }

  /**
   * The percentage printed Belgian style, two decimals rounded half-even: {@code "-3,40 %"}, or
   * {@link #UNDEFINED} when the reference is zero.
   *
   * @return the printed percentage
   */
  public String formatPercent() {
    return percent(2, RoundingMode.HALF_EVEN)
        .map(p -> p.toPlainString().replace('.', ',') + " %").orElse(UNDEFINED);
  }

  /**
   * "279.500,00 € → 270.000,00 € (-9.500,00 €, -3,40 %)".
   *
   * @return the readable variance
   */
  @Override
  public String toString() {
    return reference.format() + " → " + compared.format() + " (" + difference().format() + ", "
        + formatPercent() + ")";
  }
}
