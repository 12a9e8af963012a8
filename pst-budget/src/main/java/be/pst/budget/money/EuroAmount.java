package be.pst.budget.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
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
 * An amount of euros to the cent (montant en euros), such as {@code 287.500,00 €}: the one euro
 * type of pst. Every pst API returns amounts of this type and accepts any {@link
 * MonetaryAmount} in euros.
 *
 * <ul>
 *   <li><b>Making one</b>: {@link #of(String)} ({@code "287500.00"}), {@link #parse} (plain or
 *       Belgian, as the shell prints it), {@link #parseBelgian} ({@code "287.500,00 €"}), {@link
 *       #of(BigDecimal)}, {@link #ofCents(long)}, {@link #zero()}, {@link #from(MonetaryAmount)},
 *       {@link #sum(Iterable)}. A fraction of a cent is an error unless a {@link RoundingMode} is
 *       given.
 *   <li><b>Range</b>: what is read from text or from a number lies within a {@code long} number
 *       of cents, ±92.233.720.368.547.758,07 € (a municipal budget fits many times over); anything
 *       beyond is rejected at once with a short {@link IllegalArgumentException}, and a text
 *       longer than 64 characters is refused before it is read. Arithmetic never wraps: sums,
 *       differences and products stay exact beyond that range.
 *   <li><b>Arithmetic</b> is exact and gives a {@code EuroAmount}: {@link #add}, {@link
 *       #subtract}, {@link #negate}, {@link #abs}, {@link #multiply(long)}. What may need more
 *       than cents takes an explicit {@link RoundingMode} ({@link #divide(long, RoundingMode)},
 *       {@link #multiply(Number, RoundingMode)}); the JSR 354 forms without one ({@link
 *       #divide(long)}, {@link #multiply(Number)}…) give the exact result or throw an {@link
 *       ArithmeticException} when it is not a whole number of cents. To split an amount without
 *       losing a cent, use {@code be.pst.budget.Allocation}. No {@code double}
 *       arithmetic is ever done: a {@code double} argument is read through {@link
 *       BigDecimal#valueOf(double)}.
 *   <li><b>Comparisons</b> ({@link #compareTo}, {@link #isEqualTo}…) are exact with any {@code
 *       MonetaryAmount} in euros; another currency is a {@link CurrencyMismatchException} naming
 *       both. {@link #equals} holds between two {@code EuroAmount}s of the same value.
 *   <li><b>Text</b>: {@link #toString()} and {@link #format()} print Belgian style, as the PST
 *       annexes do ({@code 287.500,00 €}, {@code -984.700,00 €}), whatever the default locale.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EuroAmount implements MonetaryAmount, Serializable {

  private static final long serialVersionUID = 2L;

  /** The euro. */
  public static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  private static final EuroAmount ZERO = new EuroAmount(0, null);

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** The most digits (precision or scale) a {@link BigDecimal} argument may have. */
  private static final int MAX_DECIMAL_DIGITS = 1000;

  /** The context of every euro amount: a fixed scale of two decimals. */
  private static final MonetaryContext CONTEXT =
      MonetaryContextBuilder.of(EuroAmount.class)
          .setPrecision(0)
          .setMaxScale(2)
          .setFixedScale(true)
          .build();

  /** The amount in cents, when {@link #big} is {@code null}. */
  private final long cents;

  /** The amount in cents when it does not fit a {@code long}, else {@code null}. */
  private final BigInteger big;

  private EuroAmount(long cents, BigInteger big) {
    this.cents = cents;
    this.big = big;
  }

  // ------------------------------------------------------------------ factories

  /**
   * Zero euros.
   *
   * @return {@code 0,00 €}
   */
  public static EuroAmount zero() {
    return ZERO;
  }

  /**
   * An amount of cents.
   *
   * @param cents the number of euro cents, e.g. {@code 28_750_000} for 287.500,00 €
   * @return the amount
   */
  public static EuroAmount ofCents(long cents) {
    return cents == 0 ? ZERO : new EuroAmount(cents, null);
  }

  /**
   * An amount of cents of any size, as a sum beyond the range of a {@code long} gives.
   *
   * @param cents the number of euro cents
   * @return the amount
   */
  public static EuroAmount ofCents(BigInteger cents) {
    Objects.requireNonNull(cents, "cents");
    if (cents.compareTo(LONG_MIN) >= 0 && cents.compareTo(LONG_MAX) <= 0) {
      return ofCents(cents.longValue());
    }
    return new EuroAmount(0, cents);
  }

  /**
   * An amount written as a plain decimal number of euros, as the JSON format and most software
   * write it: {@code "287500.00"}, {@code "287500"}, {@code "-12.5"}.
   *
   * @param euros the text; white space around is ignored
   * @return the amount
   * @throws IllegalArgumentException if the text is not such a number, has a fraction of a cent,
   *     is beyond ±92.233.720.368.547.758,07 € or longer than 64 characters
   */
  public static EuroAmount of(String euros) {
    return ofCents(EuroText.parse(euros, EuroText.Style.PLAIN));
  }

  /**
   * An amount written plain ({@code 287500.00}) or Belgian style ({@code 287.500,00 €}, as pst
   * prints amounts): a text with a comma is read the Belgian way, any other text plain.
   *
   * @param text the text; white space around, a {@code €} or {@code EUR} sign are ignored
   * @return the amount
   * @throws IllegalArgumentException if the text is neither form, has a fraction of a cent, is
   *     beyond ±92.233.720.368.547.758,07 € or longer than 64 characters
   */
  public static EuroAmount parse(CharSequence text) {
    return ofCents(EuroText.parse(text, EuroText.Style.EITHER));
  }

  /**
   * An amount written Belgian style: {@code "287.500,00 €"}, {@code "287500,00"}, {@code
   * "-984.700,00"}; a lone {@code "-"}, as accounting tables print zero, is zero.
   *
   * @param text the text; white space around (also non-breaking), a {@code €} or {@code EUR}
   *     sign are ignored
   * @return the amount
   * @throws IllegalArgumentException if the text is not a Belgian amount, has a fraction of a
   *     cent, is beyond ±92.233.720.368.547.758,07 € or longer than 64 characters
   */
  public static EuroAmount parseBelgian(CharSequence text) {
    return ofCents(EuroText.parse(text, EuroText.Style.BELGIAN));
  }

  /**
   * An amount of euros given as a decimal number, exactly.
   *
   * @param euros the number of euros, with at most two decimals that are not zero
   * @return the amount
   * @throws IllegalArgumentException if {@code euros} has a fraction of a cent, is beyond
   *     ±92.233.720.368.547.758,07 € or has more than 1000 digits or decimals
   */
  public static EuroAmount of(BigDecimal euros) {
    return of(euros, RoundingMode.UNNECESSARY);
  }

  /**
   * An amount of euros given as a decimal number, rounded to the cent.
   *
   * @param euros the number of euros
   * @param rounding how to round a fraction of a cent; {@link RoundingMode#UNNECESSARY} rejects
   *     it
   * @return the amount
   * @throws IllegalArgumentException if {@code rounding} is {@code UNNECESSARY} and {@code euros}
   *     has a fraction of a cent, or if {@code euros} is beyond ±92.233.720.368.547.758,07 € or
   *     has more than 1000 digits or decimals
   */
  public static EuroAmount of(BigDecimal euros, RoundingMode rounding) {
    return ofCents(centsOf(euros, rounding));
  }

  /**
   * The same amount as a {@code EuroAmount}, exactly.
   *
   * @param amount an amount in euros with no fraction of a cent, of any implementation
   * @return {@code amount} itself if it is a {@code EuroAmount}, otherwise the equal amount
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   * @throws IllegalArgumentException if {@code amount} has a fraction of a cent or is beyond
   *     ±92.233.720.368.547.758,07 €
   */
  public static EuroAmount from(MonetaryAmount amount) {
    return from(amount, RoundingMode.UNNECESSARY);
  }

  /**
   * The same amount as a {@code EuroAmount}, rounded to the cent: the way in for a Moneta {@code
   * Money} that a division left with more decimals.
   *
   * @param amount an amount in euros, of any implementation
   * @param rounding how to round a fraction of a cent
   * @return the amount
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   * @throws IllegalArgumentException if {@code rounding} is {@code UNNECESSARY} and the amount
   *     has a fraction of a cent, or if it is beyond ±92.233.720.368.547.758,07 €
   */
  public static EuroAmount from(MonetaryAmount amount, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (amount instanceof EuroAmount) {
      return (EuroAmount) amount;
    }
    requireEuros(amount, "amount");
    return of(amount.getNumber().numberValue(BigDecimal.class), rounding);
  }

  /**
   * The exact sum of euro amounts of any implementations.
   *
   * @param amounts amounts in euros with no fraction of a cent
   * @return their sum, zero if there is none
   * @throws CurrencyMismatchException if an amount is not in euros
   * @throws IllegalArgumentException if an amount has a fraction of a cent
   */
  public static EuroAmount sum(Iterable<? extends MonetaryAmount> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    long sum = 0;
    BigInteger overflow = null;
    for (MonetaryAmount amount : amounts) {
      EuroAmount a = from(amount);
      if (a.big != null) {
        overflow = (overflow == null ? BigInteger.ZERO : overflow).add(a.big);
        continue;
      }
      long s = sum + a.cents;
      if (((sum ^ s) & (a.cents ^ s)) < 0) {
        overflow = (overflow == null ? BigInteger.ZERO : overflow).add(BigInteger.valueOf(sum));
        s = a.cents;
      }
      sum = s;
    }
    return overflow == null ? ofCents(sum) : ofCents(overflow.add(BigInteger.valueOf(sum)));
  }

  /**
   * The exact sum of euro amounts of any implementations.
   *
   * @param amounts amounts in euros with no fraction of a cent
   * @return their sum, zero if there is none
   * @throws CurrencyMismatchException if an amount is not in euros
   * @throws IllegalArgumentException if an amount has a fraction of a cent
   */
  public static EuroAmount sum(MonetaryAmount... amounts) {
    return sum(java.util.Arrays.asList(amounts));
  }

  /**
   * Checks that an amount is in euros.
   *
   * @param amount the amount
   * @param name the name of the argument, for the message when it is {@code null}
   * @return {@code amount}
   * @throws CurrencyMismatchException if {@code amount} is not in euros, naming both currencies
   */
  public static MonetaryAmount requireEuros(MonetaryAmount amount, String name) {
    Objects.requireNonNull(amount, name);
    CurrencyUnit currency = amount.getCurrency();
    if (!EUR.getCurrencyCode().equals(currency.getCurrencyCode())) {
      throw new CurrencyMismatchException(EUR, currency);
    }
    return amount;
  }

  // ------------------------------------------------------------------ accessors and text

  /**
   * The number of cents.
   *
   * @return the amount in euro cents, e.g. {@code 28_750_000} for 287.500,00 €
   * @throws ArithmeticException if the amount, a result of arithmetic, is beyond the range of a
   *     {@code long} number of cents
   */
  public long cents() {
    if (big != null) {
      throw new ArithmeticException(
          "the amount " + this + " is beyond the range of a long number of cents");
    }
    return cents;
  }

  /**
   * The number of euros, exactly, at scale 2.
   *
   * @return e.g. {@code 287500.00}
   */
  public BigDecimal toBigDecimal() {
    return big == null ? BigDecimal.valueOf(cents, 2) : new BigDecimal(big, 2);
  }

  /**
   * The amount printed Belgian style with the euro sign: {@code 287.500,00 €}, {@code
   * -984.700,00 €}.
   *
   * @return the formatted amount
   */
  public String format() {
    return formatPlain() + " €";
  }

  /**
   * The amount printed Belgian style without the euro sign: {@code 287.500,00}.
   *
   * @return the formatted digits
   */
  public String formatPlain() {
    return big == null ? EuroText.formatPlain(cents) : EuroText.formatPlain(big);
  }

  /**
   * The euro.
   *
   * @return {@link #EUR}
   */
  @Override
  public CurrencyUnit getCurrency() {
    return EUR;
  }

  /**
   * The number of euros, at scale 2 ({@code 287500.00}).
   *
   * @return the exact number of euros
   */
  @Override
  public NumberValue getNumber() {
    return new DefaultNumberValue(toBigDecimal());
  }

  /**
   * The context of euro amounts: amount type {@code EuroAmount}, fixed scale 2.
   *
   * @return the monetary context, the same for every euro amount
   */
  @Override
  public MonetaryContext getContext() {
    return CONTEXT;
  }

  /**
   * A factory of Moneta {@code Money}, preset with the euro and this amount's number, as JSR 354
   * requires every amount to offer; euro amounts are made with the factories of this class.
   *
   * @return a new Moneta amount factory, preset with this amount
   */
  @Override
  public MonetaryAmountFactory<Money> getFactory() {
    return Money.of(toBigDecimal(), EUR).getFactory();
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
   * @return the result of {@code operator.apply(this)}, whatever its implementation
   */
  @Override
  public MonetaryAmount with(MonetaryOperator operator) {
    Objects.requireNonNull(operator, "operator");
    return operator.apply(this);
  }

  // ------------------------------------------------------------------ comparisons

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
    requireEuros(other, "other");
    if (other instanceof EuroAmount) {
      EuroAmount o = (EuroAmount) other;
      if (big == null && o.big == null) {
        return Long.compare(cents, o.cents);
      }
      return bigCents().compareTo(o.bigCents());
    }
    return toBigDecimal().compareTo(other.getNumber().numberValue(BigDecimal.class));
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
   * Whether this amount has the value of another euro amount of any implementation (unlike
   * {@link #equals}, a Moneta {@code Money} of 12.50 EUR is equal to 12,50 € here).
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
    return big == null ? Long.signum(cents) : big.signum();
  }

  // ------------------------------------------------------------------ exact arithmetic

  /**
   * The sum of this amount and another euro amount, exact.
   *
   * @param amount an amount in euros with no fraction of a cent
   * @return the sum
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   * @throws ArithmeticException if {@code amount} has a fraction of a cent
   */
  @Override
  public EuroAmount add(MonetaryAmount amount) {
    EuroAmount o = operand(amount);
    if (big == null && o.big == null) {
      long s = cents + o.cents;
      if (((cents ^ s) & (o.cents ^ s)) >= 0) {
        return ofCents(s);
      }
    }
    return ofCents(bigCents().add(o.bigCents()));
  }

  /**
   * The difference between this amount and another euro amount, exact.
   *
   * @param amount an amount in euros with no fraction of a cent
   * @return the difference
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   * @throws ArithmeticException if {@code amount} has a fraction of a cent
   */
  @Override
  public EuroAmount subtract(MonetaryAmount amount) {
    EuroAmount o = operand(amount);
    if (big == null && o.big == null) {
      long d = cents - o.cents;
      if (((cents ^ o.cents) & (cents ^ d)) >= 0) {
        return ofCents(d);
      }
    }
    return ofCents(bigCents().subtract(o.bigCents()));
  }

  /**
   * This amount multiplied by a whole number, exact.
   *
   * @param multiplicand the factor
   * @return the product
   */
  @Override
  public EuroAmount multiply(long multiplicand) {
    if (big == null) {
      long hi = Math.multiplyHigh(cents, multiplicand);
      long lo = cents * multiplicand;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return ofCents(lo);
      }
    }
    return ofCents(bigCents().multiply(BigInteger.valueOf(multiplicand)));
  }

  /**
   * This amount multiplied by a decimal factor, when the product is a whole number of cents.
   *
   * @param multiplicand the factor, read exactly as {@link BigDecimal#valueOf(double)} prints it
   * @return the product
   * @throws ArithmeticException if {@code multiplicand} is NaN or infinite, or the product has a
   *     fraction of a cent: use {@link #multiply(Number, RoundingMode)}
   */
  @Override
  public EuroAmount multiply(double multiplicand) {
    return multiply(decimal(multiplicand, "multiplicand"), RoundingMode.UNNECESSARY);
  }

  /**
   * This amount multiplied by a factor, when the product is a whole number of cents.
   *
   * @param multiplicand the factor
   * @return the product
   * @throws ArithmeticException if the product has a fraction of a cent: use {@link
   *     #multiply(Number, RoundingMode)}
   */
  @Override
  public EuroAmount multiply(Number multiplicand) {
    return multiply(multiplicand, RoundingMode.UNNECESSARY);
  }

  /**
   * This amount multiplied by a factor, rounded to the cent: {@code 100,00 € × 0,215} with {@code
   * HALF_EVEN} is {@code 21,50 €}.
   *
   * @param multiplicand the factor
   * @param rounding how to round a fraction of a cent
   * @return the product
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and the product has a
   *     fraction of a cent
   */
  public EuroAmount multiply(Number multiplicand, RoundingMode rounding) {
    BigDecimal factor = bounded(number(multiplicand, "multiplicand"), "multiplicand");
    return ofCents(rounded(toBigDecimal().multiply(factor), rounding, "product"));
  }

  /**
   * This amount divided by a whole number, when the quotient is a whole number of cents: {@code
   * 10,00 € / 4} is {@code 2,50 €}; {@code 10,00 € / 3} throws.
   *
   * @param divisor the divisor
   * @return the quotient
   * @throws ArithmeticException if {@code divisor} is zero or the quotient has a fraction of a
   *     cent: use {@link #divide(long, RoundingMode)} or {@code Allocation}
   */
  @Override
  public EuroAmount divide(long divisor) {
    return divide(divisor, RoundingMode.UNNECESSARY);
  }

  /**
   * This amount divided by a whole number, rounded to the cent: {@code 10,00 € / 3} with {@code
   * HALF_EVEN} is {@code 3,33 €}. To split an amount without losing the cent, use {@code
   * Allocation}.
   *
   * @param divisor the divisor
   * @param rounding how to round a fraction of a cent
   * @return the quotient
   * @throws ArithmeticException if {@code divisor} is zero, or {@code rounding} is {@code
   *     UNNECESSARY} and the quotient has a fraction of a cent
   */
  public EuroAmount divide(long divisor, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (divisor == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    if (big == null && divisor != -1) {
      long q = cents / divisor;
      long r = cents % divisor;
      if (r == 0) {
        return ofCents(q);
      }
    }
    return divide(BigDecimal.valueOf(divisor), rounding);
  }

  /**
   * This amount divided by a decimal number, when the quotient is a whole number of cents.
   *
   * @param divisor the divisor, read exactly as {@link BigDecimal#valueOf(double)} prints it
   * @return the quotient
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite, or the quotient has
   *     a fraction of a cent: use {@link #divide(Number, RoundingMode)}
   */
  @Override
  public EuroAmount divide(double divisor) {
    return divide(decimal(divisor, "divisor"), RoundingMode.UNNECESSARY);
  }

  /**
   * This amount divided by a number, when the quotient is a whole number of cents.
   *
   * @param divisor the divisor
   * @return the quotient
   * @throws ArithmeticException if {@code divisor} is zero or the quotient has a fraction of a
   *     cent: use {@link #divide(Number, RoundingMode)}
   */
  @Override
  public EuroAmount divide(Number divisor) {
    return divide(divisor, RoundingMode.UNNECESSARY);
  }

  /**
   * This amount divided by a number, rounded to the cent.
   *
   * @param divisor the divisor
   * @param rounding how to round a fraction of a cent
   * @return the quotient
   * @throws ArithmeticException if {@code divisor} is zero, or {@code rounding} is {@code
   *     UNNECESSARY} and the quotient has a fraction of a cent
   */
  public EuroAmount divide(Number divisor, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    BigDecimal d = bounded(number(divisor, "divisor"), "divisor");
    if (d.signum() == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    BigDecimal q;
    try {
      q = toBigDecimal().divide(d, 2, rounding);
    } catch (ArithmeticException inexact) {
      throw new ArithmeticException(
          "the quotient of " + this + " by " + d.toPlainString()
              + " has a fraction of a cent: give a RoundingMode, or split it with Allocation");
    }
    return ofCents(q.unscaledValue());
  }

  /**
   * The remainder of the division of this amount by a whole number: {@code 10,00 €} remainder
   * {@code 3} is {@code 1,00 €} (10 = 3 × 3 + 1).
   *
   * @param divisor the divisor
   * @return the remainder, with the sign of this amount
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public EuroAmount remainder(long divisor) {
    return remainder(BigDecimal.valueOf(divisor));
  }

  /**
   * The remainder of the division of this amount by a decimal number.
   *
   * @param divisor the divisor, read exactly as {@link BigDecimal#valueOf(double)} prints it
   * @return the remainder
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite, or the remainder has
   *     a fraction of a cent
   */
  @Override
  public EuroAmount remainder(double divisor) {
    return remainder(decimal(divisor, "divisor"));
  }

  /**
   * The remainder of the division of this amount by a number.
   *
   * @param divisor the divisor
   * @return the remainder
   * @throws ArithmeticException if {@code divisor} is zero or the remainder has a fraction of a
   *     cent
   */
  @Override
  public EuroAmount remainder(Number divisor) {
    BigDecimal d = nonZero(bounded(number(divisor, "divisor"), "divisor"));
    return ofCents(rounded(toBigDecimal().remainder(d), RoundingMode.UNNECESSARY, "remainder"));
  }

  /**
   * The integral quotient and the remainder of the division of this amount by a whole number.
   *
   * @param divisor the divisor
   * @return {@code [divideToIntegralValue(divisor), remainder(divisor)]}
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public EuroAmount[] divideAndRemainder(long divisor) {
    return new EuroAmount[] {divideToIntegralValue(divisor), remainder(divisor)};
  }

  /**
   * The integral quotient and the remainder of the division of this amount by a decimal number.
   *
   * @param divisor the divisor, read exactly as {@link BigDecimal#valueOf(double)} prints it
   * @return {@code [divideToIntegralValue(divisor), remainder(divisor)]}
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite, or the remainder has
   *     a fraction of a cent
   */
  @Override
  public EuroAmount[] divideAndRemainder(double divisor) {
    return divideAndRemainder(decimal(divisor, "divisor"));
  }

  /**
   * The integral quotient and the remainder of the division of this amount by a number.
   *
   * @param divisor the divisor
   * @return {@code [divideToIntegralValue(divisor), remainder(divisor)]}
   * @throws ArithmeticException if {@code divisor} is zero or the remainder has a fraction of a
   *     cent
   */
  @Override
  public EuroAmount[] divideAndRemainder(Number divisor) {
    return new EuroAmount[] {divideToIntegralValue(divisor), remainder(divisor)};
  }

  /**
   * The integral part of the quotient of this amount by a whole number, in euros: {@code 10,00 €}
   * by {@code 3} is {@code 3,00 €}.
   *
   * @param divisor the divisor
   * @return the integral quotient
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public EuroAmount divideToIntegralValue(long divisor) {
    return divideToIntegralValue(BigDecimal.valueOf(divisor));
  }

  /**
   * The integral part of the quotient of this amount by a decimal number, in euros.
   *
   * @param divisor the divisor, read exactly as {@link BigDecimal#valueOf(double)} prints it
   * @return the integral quotient
   * @throws ArithmeticException if {@code divisor} is zero, NaN or infinite
   */
  @Override
  public EuroAmount divideToIntegralValue(double divisor) {
    return divideToIntegralValue(decimal(divisor, "divisor"));
  }

  /**
   * The integral part of the quotient of this amount by a number, in euros.
   *
   * @param divisor the divisor
   * @return the integral quotient
   * @throws ArithmeticException if {@code divisor} is zero
   */
  @Override
  public EuroAmount divideToIntegralValue(Number divisor) {
    BigDecimal d = nonZero(bounded(number(divisor, "divisor"), "divisor"));
    return ofCents(rounded(toBigDecimal().divideToIntegralValue(d), RoundingMode.UNNECESSARY,
        "quotient"));
  }

  /**
   * This amount multiplied by ten to a power, when the result is a whole number of cents.
   *
   * @param power the power of ten, between -1000 and 1000
   * @return the scaled amount
   * @throws ArithmeticException if {@code power} is outside -1000…1000 or the result has a
   *     fraction of a cent
   */
  @Override
  public EuroAmount scaleByPowerOfTen(int power) {
    if (power < -MAX_DECIMAL_DIGITS || power > MAX_DECIMAL_DIGITS) {
      throw new ArithmeticException("power of ten out of -1000…1000: " + power);
    }
    return ofCents(rounded(toBigDecimal().scaleByPowerOfTen(power), RoundingMode.UNNECESSARY,
        "result"));
  }

  /**
   * The absolute value of this amount.
   *
   * @return this amount if positive or zero, else its negation
   */
  @Override
  public EuroAmount abs() {
    return signum() < 0 ? negate() : this;
  }

  /**
   * The negation of this amount, exact.
   *
   * @return {@code -this}
   */
  @Override
  public EuroAmount negate() {
    if (big == null && cents != Long.MIN_VALUE) {
      return ofCents(-cents);
    }
    return ofCents(bigCents().negate());
  }

  /**
   * This amount.
   *
   * @return {@code this}
   */
  @Override
  public EuroAmount plus() {
    return this;
  }

  /**
   * This amount: a euro amount always has two decimals.
   *
   * @return {@code this}
   */
  @Override
  public EuroAmount stripTrailingZeros() {
    return this;
  }

  // ------------------------------------------------------------------ object

  /**
   * Whether {@code obj} is a {@code EuroAmount} of the same value. An amount of another
   * implementation is never equal; use {@link #isEqualTo} to compare values.
   *
   * @param obj the object to compare with
   * @return {@code true} if {@code obj} is the same euro amount
   */
  @Override
  public boolean equals(Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof EuroAmount)) {
      return false;
    }
    EuroAmount o = (EuroAmount) obj;
    return big == null ? o.big == null && o.cents == cents : big.equals(o.big);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code of the number of cents
   */
  @Override
  public int hashCode() {
    return big == null ? Long.hashCode(cents) : big.hashCode();
  }

  /**
   * The amount printed Belgian style, as {@link #format()}: {@code 287.500,00 €}.
   *
   * @return the formatted amount
   */
  @Override
  public String toString() {
    return format();
  }

  // ------------------------------------------------------------------ helpers

  private BigInteger bigCents() {
    return big != null ? big : BigInteger.valueOf(cents);
  }

  /** An operand of exact arithmetic: a euro amount with no fraction of a cent. */
  private static EuroAmount operand(MonetaryAmount amount) {
    if (amount instanceof EuroAmount) {
      return (EuroAmount) amount;
    }
    requireEuros(amount, "amount");
    BigDecimal n = bounded(amount.getNumber().numberValue(BigDecimal.class), "amount");
    return ofCents(rounded(n, RoundingMode.UNNECESSARY, "amount"));
  }

  /** The cents of a number of euros, checked for range before any rescaling. */
  private static long centsOf(BigDecimal euros, RoundingMode rounding) {
    Objects.requireNonNull(euros, "euros");
    Objects.requireNonNull(rounding, "rounding");
    if (euros.signum() != 0 && euros.precision() - euros.scale() > 17) {
      throw EuroText.outOfRange(euros.precision() > 40 ? "a number of "
          + (euros.precision() - euros.scale()) + " digits" : euros.toString());
    }
    if (euros.precision() > MAX_DECIMAL_DIGITS || euros.scale() > MAX_DECIMAL_DIGITS) {
      throw new IllegalArgumentException(
          "not an amount of euros: a number of " + euros.precision() + " digits and "
              + euros.scale() + " decimals (at most " + MAX_DECIMAL_DIGITS + ")");
    }
    BigDecimal scaled;
    try {
      scaled = euros.setScale(2, rounding);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "amount " + abbreviate(euros.toPlainString())
              + " EUR has a fraction of a cent; euros are kept to the cent"
              + " (give a RoundingMode to round it)", e);
    }
    BigInteger c = scaled.unscaledValue();
    if (c.bitLength() >= Long.SIZE) {
      throw EuroText.outOfRange(scaled.toPlainString());
    }
    return c.longValue();
  }

  /** A number of euros as cents, rounded; any size. */
  private static BigInteger rounded(BigDecimal euros, RoundingMode rounding, String what) {
    Objects.requireNonNull(rounding, "rounding");
    try {
      return euros.setScale(2, rounding).unscaledValue();
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "the " + what + " " + abbreviate(euros.toPlainString())
              + " EUR has a fraction of a cent: give a RoundingMode");
    }
  }

  private static BigDecimal number(Number n, String name) {
    Objects.requireNonNull(n, name);
    if (n instanceof BigDecimal) {
      return (BigDecimal) n;
    }
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (n instanceof BigInteger) {
      return new BigDecimal((BigInteger) n);
    }
    if (n instanceof Double || n instanceof Float) {
      return decimal(n.doubleValue(), name);
    }
    if (n instanceof NumberValue) {
      return ((NumberValue) n).numberValue(BigDecimal.class);
    }
    return new BigDecimal(n.toString());
  }

  /** A factor or divisor, refused when it has absurdly many digits. */
  private static BigDecimal bounded(BigDecimal n, String name) {
    if (n.precision() > MAX_DECIMAL_DIGITS || Math.abs((long) n.scale()) > MAX_DECIMAL_DIGITS) {
      throw new ArithmeticException(
          name + " has more than " + MAX_DECIMAL_DIGITS + " digits or decimals");
    }
    return n;
  }

  private BigDecimal nonZero(BigDecimal divisor) {
    if (divisor.signum() == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    return divisor;
  }

  private static BigDecimal decimal(double value, String name) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new ArithmeticException(name + " must be a finite number, got " + value);
    }
    return BigDecimal.valueOf(value);
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "…";
  }
}
