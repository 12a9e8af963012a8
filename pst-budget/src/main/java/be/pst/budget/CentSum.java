package be.pst.budget;

import be.pst.budget.money.EuroAmount;
import java.math.BigInteger;

/**
 * An exact running sum of cents: a {@code long}, with a {@link BigInteger} carry only once the
 * sum leaves the range of a {@code long}. Mutable, not thread-safe; package-private.
 */
final class CentSum {

  private long low;
  private BigInteger high;

  CentSum add(long cents) {
    long sum = low + cents;
    if (((low ^ sum) & (cents ^ sum)) < 0) {
      BigInteger carried = BigInteger.valueOf(low).add(BigInteger.valueOf(cents));
      high = high == null ? carried : high.add(carried);
      low = 0;
    } else {
      low = sum;
    }
    return this;
  }

  CentSum add(BigInteger cents) {
    if (cents.bitLength() < Long.SIZE) {
      return add(cents.longValue());
    }
    high = high == null ? cents : high.add(cents);
    return this;
  }

  CentSum add(CentSum other) {
    if (other.high != null) {
      add(other.high);
    }
    return add(other.low);
  }

  CentSum subtract(CentSum other) {
    return add(other.negate());
  }

  private CentSum negate() {
    CentSum n = new CentSum();
    n.add(toBigInteger().negate());
    return n;
  }

  BigInteger toBigInteger() {
    BigInteger lowPart = BigInteger.valueOf(low);
    return high == null ? lowPart : high.add(lowPart);
  }

  be.pst.budget.money.EuroAmount toAmount() {
    return high == null
        ? be.pst.budget.money.EuroAmount.ofCents(low)
        : be.pst.budget.money.EuroAmount.ofCents(toBigInteger());
  }
}
