package be.pst.testkit;

import be.pst.budget.money.EuroAmount;
import java.util.Objects;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The {@link AmountArbitrary} behind {@link PstArbitraries#amounts()}: cents, then euros. */
final class DefaultAmountArbitrary extends ArbitraryDecorator<EuroAmount>
    implements AmountArbitrary {

  /** Default lower bound: 0,00 €. */
  static final long DEFAULT_MIN_CENTS = 0L;

  /** Default upper bound: 1.000.000,00 €. */
  static final long DEFAULT_MAX_CENTS = 100_000_000L;

  private final long minCents;
  private final long maxCents;

  DefaultAmountArbitrary() {
    this(DEFAULT_MIN_CENTS, DEFAULT_MAX_CENTS);
  }

  private DefaultAmountArbitrary(long minCents, long maxCents) {
    if (minCents > maxCents) {
      throw new IllegalArgumentException(
          "the smallest amount ("
              + EuroAmount.ofCents(minCents).format()
              + ") must not be greater than the largest ("
              + EuroAmount.ofCents(maxCents).format()
              + ")");
    }
    this.minCents = minCents;
    this.maxCents = maxCents;
  }

  @Override
  protected Arbitrary<EuroAmount> arbitrary() {
    long towards = Math.max(minCents, Math.min(maxCents, 0L));
    return Arbitraries.longs()
        .between(minCents, maxCents)
        .shrinkTowards(towards)
        .map(EuroAmount::ofCents);
  }

  @Override
  public AmountArbitrary between(MonetaryAmount min, MonetaryAmount max) {
    return new DefaultAmountArbitrary(cents(min, "min"), cents(max, "max"));
  }

  @Override
  public AmountArbitrary between(String min, String max) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    return between(EuroAmount.of(min), EuroAmount.of(max));
  }

  @Override
  public AmountArbitrary betweenCents(long minCents, long maxCents) {
    return new DefaultAmountArbitrary(minCents, maxCents);
  }

  @Override
  public AmountArbitrary greaterOrEqual(MonetaryAmount min) {
    long low = cents(min, "min");
    return new DefaultAmountArbitrary(low, Math.max(low, maxCents));
  }

  @Override
  public AmountArbitrary lessOrEqual(MonetaryAmount max) {
    long high = cents(max, "max");
    return new DefaultAmountArbitrary(Math.min(minCents, high), high);
  }

  private static long cents(MonetaryAmount amount, String name) {
    return EuroAmount.from(Objects.requireNonNull(amount, name)).cents();
  }

  @Override
  public String toString() {
    return "amounts between "
        + EuroAmount.ofCents(minCents).format()
        + " and "
        + EuroAmount.ofCents(maxCents).format();
  }
}
