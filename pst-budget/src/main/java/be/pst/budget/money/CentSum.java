package be.pst.budget.money;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A running total of euro cents that never overflows (somme exacte en cents).
 *
 * <p>The total is kept in a {@code long} while it fits ({@link Math#addExact}) and moves to a
 * {@link BigInteger} the first time it would overflow, so sums are exact whatever their size and
 * cost nothing extra in the common case.
 *
 * <p>Unlike the value types of pst-budget, a {@code CentSum} is a mutable accumulator, like
 * {@link StringBuilder}: it is <em>not</em> thread-safe; use it locally and read the result with
 * {@link #toMoney()} or {@link #toBigInteger()}.
 */
public final class CentSum {

  private long low;
  private BigInteger high;

  /** Creates a total of zero cents. */
  public CentSum() {}

  /**
   * Adds a number of cents.
   *
   * @param cents the cents to add
   * @return this total
   */
  public CentSum add(long cents) {
    try {
      low = Math.addExact(low, cents);
    } catch (ArithmeticException overflow) {
      BigInteger carried = BigInteger.valueOf(low).add(BigInteger.valueOf(cents));
      high = high == null ? carried : high.add(carried);
      low = 0;
    }
    return this;
  }

  /**
   * Adds a number of cents, however large.
   *
   * @param cents the cents to add
   * @return this total
   */
  public CentSum add(BigInteger cents) {
    Objects.requireNonNull(cents, "cents");
    if (cents.bitLength() < Long.SIZE) {
      return add(cents.longValue());
    }
    high = high == null ? cents : high.add(cents);
    return this;
  }

  /**
   * Adds a euro amount.
   *
   * @param amount an amount in euros with no fraction of a cent
   * @return this total
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   * @throws IllegalArgumentException if {@code amount} has a fraction of a cent
   */
  public CentSum add(MonetaryAmount amount) {
    if (amount instanceof EuroAmount) {
      return add(((EuroAmount) amount).cents());
    }
    return add(Euros.toCentScale(Euros.euros(amount), RoundingMode.UNNECESSARY)
        .unscaledValue());
  }

  /**
   * Adds another total.
   *
   * @param other the total to add
   * @return this total
   */
  public CentSum add(CentSum other) {
    Objects.requireNonNull(other, "other");
    if (other.high != null) {
      add(other.high);
    }
    return add(other.low);
  }

  /**
   * Whether the total fits in a {@code long}.
   *
   * @return {@code true} if {@link #toLongExact()} succeeds
   */
  public boolean fitsInLong() {
    return high == null || toBigInteger().bitLength() < Long.SIZE;
  }

  /**
   * The total as a {@code long} number of cents.
   *
   * @return the total
   * @throws ArithmeticException if the total does not fit in a {@code long}
   */
  public long toLongExact() {
    return high == null ? low : toBigInteger().longValueExact();
  }

  /**
   * The total number of cents.
   *
   * @return the exact total
   */
  public BigInteger toBigInteger() {
    BigInteger lowPart = BigInteger.valueOf(low);
    return high == null ? lowPart : high.add(lowPart);
  }

  /**
   * The total as a euro amount.
   *
   * @return the exact total in euros: a {@link EuroAmount}, or a Moneta {@code Money} beyond the
   *     {@code long} range of cents
   */
  public MonetaryAmount toMoney() {
    return high == null ? Euros.ofCents(low) : Euros.ofCents(toBigInteger());
  }

  /**
   * The total printed Belgian style, e.g. {@code 287.500,00}.
   *
   * @return the formatted total, without the euro sign
   */
  @Override
  public String toString() {
    return Euros.formatPlain(toMoney());
  }
}
