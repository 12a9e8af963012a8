package be.pst.testkit;

import be.pst.budget.money.EuroAmount;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;

/**
 * An arbitrary of amounts in euros (montants), {@link EuroAmount}s at cent scale, between two
 * bounds. The default bounds are 0,00 € and 1.000.000,00 €; values shrink towards zero, or
 * towards the bound nearest to zero when zero is out of bounds.
 *
 * <p>Instances are immutable and thread-safe: each configuration method returns a new arbitrary.
 */
public interface AmountArbitrary extends Arbitrary<EuroAmount> {

  /**
   * Amounts between {@code min} and {@code max}, both included.
   *
   * @param min the smallest amount, in euros with no fraction of a cent
   * @param max the largest amount, in euros with no fraction of a cent
   * @return a new arbitrary
   * @throws IllegalArgumentException if {@code min} is greater than {@code max} or an amount has a
   *     fraction of a cent
   */
  AmountArbitrary between(MonetaryAmount min, MonetaryAmount max);

  /**
   * Amounts between {@code min} and {@code max} written as plain decimals ({@code "-500.00"},
   * {@code "287500"}), both included.
   *
   * @param min the smallest amount, a plain decimal number of euros
   * @param max the largest amount, a plain decimal number of euros
   * @return a new arbitrary
   * @throws IllegalArgumentException if a bound is not a decimal, has a fraction of a cent, or
   *     {@code min} is greater than {@code max}
   */
  AmountArbitrary between(String min, String max);

  /**
   * Amounts between {@code minCents} and {@code maxCents} euro cents, both included.
   *
   * @param minCents the smallest amount, in cents
   * @param maxCents the largest amount, in cents
   * @return a new arbitrary
   * @throws IllegalArgumentException if {@code minCents} is greater than {@code maxCents}
   */
  AmountArbitrary betweenCents(long minCents, long maxCents);

  /**
   * Amounts of at least {@code min}; the upper bound is kept unless it is below {@code min}, in
   * which case it becomes {@code min}.
   *
   * @param min the smallest amount
   * @return a new arbitrary
   */
  AmountArbitrary greaterOrEqual(MonetaryAmount min);

  /**
   * Amounts of at most {@code max}; the lower bound is kept unless it is above {@code max}, in
   * which case it becomes {@code max}.
   *
   * @param max the largest amount
   * @return a new arbitrary
   */
  AmountArbitrary lessOrEqual(MonetaryAmount max);
}
