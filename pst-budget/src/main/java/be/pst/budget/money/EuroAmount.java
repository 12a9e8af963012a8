package be.pst.budget.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryAmountFactory;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import javax.money.MonetaryOperator;
import javax.money.MonetaryQuery;
import javax.money.NumberValue;
import org.javamoney.moneta.Money;
import org.javamoney.moneta.spi.DefaultNumberValue;

/**
 * An amount of euros at cent scale (montant en euros), such as {@code 287.500,00 €}: the
 * {@link MonetaryAmount} that pst hands out. Obtain one through {@link Euros} ({@link
 * Euros#of(java.math.BigDecimal)}, {@link Euros#ofCents(long)}, {@link Euros#zero()}, {@link
 * Euros#parseBelgian(String)}, {@link Euros#sum(Iterable)}).
 *
 * <p>The amount is kept as a {@code long} number of cents, so it spans ±92.233.720.368.547.758,07
 * €. {@link #toString()} prints it Belgian style, as the PST annexes do: {@code 287.500,00 €},
 * {@code -984.700,00 €}.
 *
 * <p>It follows JSR 354 like Moneta's {@code Money}, which it works with in both directions
 * ({@code money.add(euroAmount)} and {@code euroAmount.add(money)}):
 *
 * <ul>
 *   <li>Comparisons ({@link #compareTo}, {@link #isEqualTo}, {@link #isGreaterThan}, …) are exact
 *       and work with any {@code MonetaryAmount} in euros; an amount in another currency is
 *       rejected with a {@link CurrencyMismatchException} naming both currencies.
 *   <li>{@link #add}, {@link #subtract}, {@link #negate}, {@link #abs}, {@link #plus} and {@link
 *       #multiply(long)} are exact and give a {@code EuroAmount} while the result is a whole
 *       number of cents that fits a {@code long}; otherwise their exact result is a Moneta {@link
 *       Money}.
 *   <li>Results that need more than cents are Moneta {@link Money}: multiplying by a {@code
 *       double} or a {@code Number}, dividing, remainders, {@link #scaleByPowerOfTen} and {@link
 *       #stripTrailingZeros} delegate to the equal {@code Money} and return its result. No {@code
 *       double} arithmetic is done on an amount: a {@code double} argument is taken through
 *       {@link BigDecimal#valueOf(double)}, and NaN or an infinity is rejected with an {@link
 *       ArithmeticException}.
 *   <li>{@link #equals} is {@code true} only for another {@code EuroAmount} with the same cents,
 *       as JSR 354 ties equality to the implementation type (a {@code Money} of the same value
 *       is not equal); use {@link #isEqualTo} to compare values across implementations.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EuroAmount implements MonetaryAmount, Serializable {

  private static final long serialVersionUID = 1L;

  /** Zero euros, shared. */
  static final EuroAmount ZERO = new EuroAmount(0);

  /** The context of every euro amount: a fixed scale of two decimals. */
  private static final MonetaryContext CONTEXT =
      MonetaryContextBuilder.of(EuroAmount.class)
          .setPrecision(0)
          .setMaxScale(2)
          .setFixedScale(true)
          .build();

  /** The amount in euro cents. */
  private final long cents;

  private EuroAmount(long cents) {
    this.cents = cents;
  }

  /**
   * The same amount as a {@code EuroAmount}, exactly, like {@code Money.from}.
   *
   * @param amount an amount in euros with no fraction of a cent, of any implementation
   * @return {@code amount} itself if it is a {@code EuroAmount}, otherwise the equal euro amount
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   * @throws IllegalArgumentException if {@code amount} has a fraction of a cent
   * @throws ArithmeticException if {@code amount} is beyond ±92.233.720.368.547.758,07 €
   */
  public static EuroAmount from(MonetaryAmount amount) {
    if (amount instanceof EuroAmount) {
      return (EuroAmount) amount;
    }
    return ofCents(Euros.toCents(amount));
  }

  /** The amount of {@code cents} euro cents; {@link Euros#ofCents(long)} is the public door. */
  static EuroAmount ofCents(long cents) {
    return cents == 0 ? ZERO : new EuroAmount(cents);
  }

  /**
   * The number of cents of this amount.
   *
   * @return the amount in euro cents, e.g. {@code 28_750_000} for 287.500,00 €
   */
  public long cents() {
    return cents;
  }

  /**
   * The euro.
   *
   * @return {@link Euros#EUR}
   */
  @Override
  public CurrencyUnit getCurrency() {
    return Euros.EUR;
  }

  /**
   * The number of euros, at scale 2 ({@code 287500.00}).
   *
   * @return the exact number of euros
   */
  @Override
  public NumberValue getNumber() {
    return new DefaultNumberValue(decimal());
  }

  /**
   * The context of euro amounts: amount type {@code EuroAmount}, fixed scale, scale 2, precision
   * {@code 0} (the range is that of a {@code long} number of cents).
   *
   * @return the monetary context, the same for every euro amount
   */
  @Override
  public MonetaryContext getContext() {
    return CONTEXT;
  }

  /**
   * A new factory of Moneta {@link Money}, preset with the euro and this amount's number; euro
   * amounts at cent scale are obtained through {@link Euros} instead.
   *
   * @return a new Moneta amount factory, preset with this amount
   */
  @Override
  public MonetaryAmountFactory<Money> getFactory() {
    return toMoney().getFactory();
  }

  /**
   * Queries this amount.
   *
   * @param <R> the type of the result
   * @param query the query to run on this amount
   * @return the result of {@code query.queryFrom(this)}
   */
  @Override
  public <R> R query(MonetaryQuery<R> query) {
    Objects.requireNonNull(query, "query");
    return query.queryFrom(this);
  }

  /**
   * Applies an operator to this amount.
   *
   * @param operator the operator to apply
   * @return the result of {@code operator.apply(this)}
   */
  @Override
  public MonetaryAmount with(MonetaryOperator operator) {
    Objects.requireNonNull(operator, "operator");
    return operator.apply(this);
  }

  /**
   * Compares this amount with another euro amount, exactly, whatever its implementation.
   *
   * @param other an amount in euros
   * @return a negative number, zero or a positive number as this amount is less than, equal to or
   *     greater than {@code other}
   * @throws CurrencyMismatchException if {@code other} is not in euros
   */
  @Override
  public int compareTo(MonetaryAmount other) {
    Euros.requireEuros(other, "other");
    if (other instanceof EuroAmount) {
      return Long.compare(cents, ((EuroAmount) other).cents);
    }
    return decimal().compareTo(number(other));
  }

  /**
   * Whether this amount is greater than another euro amount.
   *
   * @param amount an amount in euros
   * @return {@code true} if this amount is strictly greater
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   */
  @Override
  public boolean isGreaterThan(MonetaryAmount amount) {
    return compareTo(amount) > 0;
  }

  /**
   * Whether this amount is greater than or equal to another euro amount.
   *
   * @param amount an amount in euros
   * @return {@code true} if this amount is greater or equal
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   */
  @Override
  public boolean isGreaterThanOrEqualTo(MonetaryAmount amount) {
    return compareTo(amount) >= 0;
  }

  /**
   * Whether this amount is less than another euro amount.
   *
   * @param amount an amount in euros
   * @return {@code true} if this amount is strictly less
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   */
  @Override
  public boolean isLessThan(MonetaryAmount amount) {
    return compareTo(amount) < 0;
  }

  /**
   * Whether this amount is less than or equal to another euro amount.
   *
   * @param amount an amount in euros
   * @return {@code true} if this amount is less or equal
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   */
  @Override
  public boolean isLessThanOrEqualTo(MonetaryAmount amount) {
    return compareTo(amount) <= 0;
  }

  /**
   * Whether this amount has the same value as another euro amount of any implementation (unlike
   * {@link #equals}, a Moneta {@code Money} of 12.50 EUR is equal to 12,50 €).
   *
   * @param amount an amount in euros
   * @return {@code true} if both values are numerically equal
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   */
  @Override
  public boolean isEqualTo(MonetaryAmount amount) {
    return compareTo(amount) == 0;
  }

  /**
   * The sign of this amount.
   *
   * @return -1, 0 or 1 as this amount is negative, zero or positive
   */
  @Override
  public int signum() {
    return Long.signum(cents);
  }

  /**
   * The sum of this amount and another euro amount, exact.
   *
   * @param amount an amount in euros
   * @return a {@code EuroAmount} if {@code amount} is a whole number of cents and the sum fits a
   *     {@code long} of cents, otherwise the exact sum as a Moneta {@link Money}
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   */
  @Override
  public MonetaryAmount add(MonetaryAmount amount) {
    Euros.requireEuros(amount, "amount");
    if (amount instanceof EuroAmount || isCentScale(amount)) {
      try {
        return ofCents(Math.addExact(cents, centsOf(amount)));
      } catch (ArithmeticException overflow) {
        // the exact sum is beyond a long of cents: Moneta computes it below
      }
    }
    return toMoney().add(amount);
  }

  /**
   * The difference between this amount and another euro amount, exact.
   *
   * @param amount an amount in euros
   * @return a {@code EuroAmount} if {@code amount} is a whole number of cents and the difference
   *     fits a {@code long} of cents, otherwise the exact difference as a Moneta {@link Money}
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   */
  @Override
  public MonetaryAmount subtract(MonetaryAmount amount) {
    Euros.requireEuros(amount, "amount");
    if (amount instanceof EuroAmount || isCentScale(amount)) {
      try {
        return ofCents(Math.subtractExact(cents, centsOf(amount)));
      } catch (ArithmeticException overflow) {
        // the exact difference is beyond a long of cents: Moneta computes it below
      }
    }
    return toMoney().subtract(amount);
  }

  /**
   * This amount multiplied by a whole number, exact.
   *
   * @param multiplicand the factor
   * @return a {@code EuroAmount} if the product fits a {@code long} of cents, otherwise the exact
   *     product as a Moneta {@link Money}
   */
  @Override
  public MonetaryAmount multiply(long multiplicand) {
    try {
      return ofCents(Math.multiplyExact(cents, multiplicand));
    } catch (ArithmeticException overflow) {
      // the exact product is beyond a long of cents: Moneta computes it below
    }
    return toMoney().multiply(multiplicand);
  }

  /**
   * This amount multiplied by a decimal factor, as Moneta computes it.
   *
   * @param multiplicand the factor, taken exactly as {@link BigDecimal#valueOf(double)} prints it
   * @return the product as a Moneta {@link Money}
   * @throws ArithmeticException if {@code multiplicand} is NaN or infinite
   */
  @Override
  public MonetaryAmount multiply(double multiplicand) {
    return toMoney().multiply(decimal(multiplicand, "multiplicand"));
  }

  /**
   * This amount multiplied by a factor, as Moneta computes it.
   *
   * @param multiplicand the factor
   * @return the product as a Moneta {@link Money}
   */
  @Override
  public MonetaryAmount multiply(Number multiplicand) {
    Objects.requireNonNull(multiplicand, "multiplicand");
    return toMoney().multiply(multiplicand);
  }

  /**
   * This amount divided by a whole number, as Moneta computes it.
   *
   * @param divisor the divisor
   * @return the quotient as a Moneta {@link Money}
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public MonetaryAmount divide(long divisor) {
    return toMoney().divide(divisor);
  }

  /**
   * This amount divided by a decimal number, as Moneta computes it.
   *
   * @param divisor the divisor, taken exactly as {@link BigDecimal#valueOf(double)} prints it
   * @return the quotient as a Moneta {@link Money}
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite
   */
  @Override
  public MonetaryAmount divide(double divisor) {
    return toMoney().divide(decimal(divisor, "divisor"));
  }

  /**
   * This amount divided by a number, as Moneta computes it.
   *
   * @param divisor the divisor
   * @return the quotient as a Moneta {@link Money}
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public MonetaryAmount divide(Number divisor) {
    Objects.requireNonNull(divisor, "divisor");
    return toMoney().divide(divisor);
  }

  /**
   * The remainder of the division of this amount by a whole number, as Moneta computes it.
   *
   * @param divisor the divisor
   * @return the remainder as a Moneta {@link Money}
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public MonetaryAmount remainder(long divisor) {
    return toMoney().remainder(divisor);
  }

  /**
   * The remainder of the division of this amount by a decimal number, as Moneta computes it.
   *
   * @param divisor the divisor, taken exactly as {@link BigDecimal#valueOf(double)} prints it
   * @return the remainder as a Moneta {@link Money}
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite
   */
  @Override
  public MonetaryAmount remainder(double divisor) {
    return toMoney().remainder(decimal(divisor, "divisor"));
  }

  /**
   * The remainder of the division of this amount by a number, as Moneta computes it.
   *
   * @param divisor the divisor
   * @return the remainder as a Moneta {@link Money}
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public MonetaryAmount remainder(Number divisor) {
    Objects.requireNonNull(divisor, "divisor");
    return toMoney().remainder(divisor);
  }

  /**
   * The integral quotient and the remainder of the division of this amount by a whole number, as
   * Moneta computes them.
   *
   * @param divisor the divisor
   * @return the quotient and the remainder, as Moneta {@link Money}
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public MonetaryAmount[] divideAndRemainder(long divisor) {
    return toMoney().divideAndRemainder(divisor);
  }

  /**
   * The integral quotient and the remainder of the division of this amount by a decimal number,
   * as Moneta computes them.
   *
   * @param divisor the divisor, taken exactly as {@link BigDecimal#valueOf(double)} prints it
   * @return the quotient and the remainder, as Moneta {@link Money}
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite
   */
  @Override
  public MonetaryAmount[] divideAndRemainder(double divisor) {
    return toMoney().divideAndRemainder(decimal(divisor, "divisor"));
  }

  /**
   * The integral quotient and the remainder of the division of this amount by a number, as
   * Moneta computes them.
   *
   * @param divisor the divisor
   * @return the quotient and the remainder, as Moneta {@link Money}
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public MonetaryAmount[] divideAndRemainder(Number divisor) {
    Objects.requireNonNull(divisor, "divisor");
    return toMoney().divideAndRemainder(divisor);
  }

  /**
   * The integral part of the quotient of this amount by a whole number, as Moneta computes it.
   *
   * @param divisor the divisor
   * @return the integral quotient as a Moneta {@link Money}
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public MonetaryAmount divideToIntegralValue(long divisor) {
    return toMoney().divideToIntegralValue(divisor);
  }

  /**
   * The integral part of the quotient of this amount by a decimal number, as Moneta computes it.
   *
   * @param divisor the divisor, taken exactly as {@link BigDecimal#valueOf(double)} prints it
   * @return the integral quotient as a Moneta {@link Money}
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite
   */
  @Override
  public MonetaryAmount divideToIntegralValue(double divisor) {
    return toMoney().divideToIntegralValue(decimal(divisor, "divisor"));
  }

  /**
   * The integral part of the quotient of this amount by a number, as Moneta computes it.
   *
   * @param divisor the divisor
   * @return the integral quotient as a Moneta {@link Money}
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public MonetaryAmount divideToIntegralValue(Number divisor) {
    Objects.requireNonNull(divisor, "divisor");
    return toMoney().divideToIntegralValue(divisor);
  }

  /**
   * This amount times ten to the power {@code power}, as Moneta computes it.
   *
   * @param power the power of ten
   * @return the scaled amount as a Moneta {@link Money}
   */
  @Override
  public MonetaryAmount scaleByPowerOfTen(int power) {
    return toMoney().scaleByPowerOfTen(power);
  }

  /**
   * The absolute value of this amount.
   *
   * @return this amount if it is positive or zero, otherwise its opposite (a Moneta {@link Money}
   *     for the one amount whose opposite does not fit a {@code long} of cents)
   */
  @Override
  public MonetaryAmount abs() {
    return cents >= 0 ? this : negate();
  }

  /**
   * The opposite of this amount, exact.
   *
   * @return {@code -this}, a Moneta {@link Money} for the one amount whose opposite does not fit
   *     a {@code long} of cents
   */
  @Override
  public MonetaryAmount negate() {
    return cents == Long.MIN_VALUE ? toMoney().negate() : ofCents(-cents);
  }

  /**
   * This amount, unchanged.
   *
   * @return this amount
   */
  @Override
  public MonetaryAmount plus() {
    return this;
  }

  /**
   * This amount without trailing zeros in its number, as Moneta computes it (a euro amount
   * always has two decimals).
   *
   * @return an equal value as a Moneta {@link Money}, e.g. {@code 287500} for 287.500,00 €
   */
  @Override
  public MonetaryAmount stripTrailingZeros() {
    return toMoney().stripTrailingZeros();
  }

  /**
   * Whether {@code obj} is a {@code EuroAmount} with the same number of cents. A Moneta {@code
   * Money} is never equal to a {@code EuroAmount}; use {@link #isEqualTo} to compare values.
   *
   * @param obj the object to compare with
   * @return {@code true} if {@code obj} is the same euro amount
   */
  @Override
  public boolean equals(Object obj) {
    return obj == this || (obj instanceof EuroAmount && ((EuroAmount) obj).cents == cents);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code of the number of cents
   */
  @Override
  public int hashCode() {
    return Long.hashCode(cents);
  }

  /**
   * The amount printed Belgian style, as {@link Euros#format} does: {@code 287.500,00 €}, {@code
   * -984.700,00 €}.
   *
   * @return the formatted amount
   */
  @Override
  public String toString() {
    return Euros.formatCents(cents);
  }

  /** The number of euros, at scale 2. */
  BigDecimal decimal() {
    return BigDecimal.valueOf(cents, 2);
  }

  /** The equal Moneta amount. */
  Money toMoney() {
    return Money.of(decimal(), Euros.EUR);
  }

  private static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  /**
   * Whether a euro amount of another implementation is a whole number of cents within the
   * {@code long} range; its magnitude is checked before any rescaling.
   */
  private static boolean isCentScale(MonetaryAmount amount) {
    BigDecimal n = number(amount);
    if (n.signum() == 0) {
      return true;
    }
    if (n.precision() - n.scale() > 18) {
      return false;
    }
    if (n.scale() > 2 && n.stripTrailingZeros().scale() > 2) {
      return false;
    }
    return n.setScale(2).unscaledValue().bitLength() < Long.SIZE;
  }

  /** The cents of an amount that is {@link EuroAmount} or passes {@link #isCentScale}. */
  private static long centsOf(MonetaryAmount amount) {
    if (amount instanceof EuroAmount) {
      return ((EuroAmount) amount).cents;
    }
    BigDecimal n = number(amount);
    return n.signum() == 0 ? 0 : n.setScale(2).unscaledValue().longValueExact();
  }

  private static BigDecimal decimal(double value, String name) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new ArithmeticException(
          name + " must be a finite number for a euro amount, got " + value);
    }
    return BigDecimal.valueOf(value);
  }
}
