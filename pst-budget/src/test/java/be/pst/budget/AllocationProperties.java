package be.pst.budget;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.testdata.BudgetArbitraries;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AllocationProperties {

  @Provide
  Arbitrary<Long> cents() {
    return BudgetArbitraries.cents();
  }

  @Provide
  Arbitrary<List<BigDecimal>> weights() {
    return BudgetArbitraries.weights();
  }

  private static BigInteger sum(long[] parts) {
    BigInteger sum = BigInteger.ZERO;
    for (long p : parts) {
      sum = sum.add(BigInteger.valueOf(p));
    }
    return sum;
  }

  @Property
  void splitPreservesTheTotalExactly(@ForAll("cents") long total,
      @ForAll("weights") List<BigDecimal> weights, @ForAll RemainderPolicy policy) {
    long[] parts = Allocation.splitCents(total, weights, policy);

    assertThat(parts).hasSize(weights.size());
    assertThat(sum(parts)).isEqualTo(BigInteger.valueOf(total));
  }

  @Property
  void zeroWeightsGetNothing(@ForAll("cents") long total,
      @ForAll("weights") List<BigDecimal> weights, @ForAll RemainderPolicy policy) {
    long[] parts = Allocation.splitCents(total, weights, policy);

    for (int i = 0; i < parts.length; i++) {
      if (weights.get(i).signum() == 0) {
        assertThat(parts[i]).isZero();
      }
    }
  }

  @Property
  void largestRemainderKeepsEveryPartWithinACentOfItsQuota(
      @ForAll("cents") long total, @ForAll("weights") List<BigDecimal> weights) {
    long[] parts = Allocation.splitCents(total, weights, RemainderPolicy.LARGEST_REMAINDER);

    BigDecimal sumWeights = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    for (int i = 0; i < parts.length; i++) {
      BigDecimal quota = BigDecimal.valueOf(total).multiply(weights.get(i))
          .divide(sumWeights, new MathContext(60));
      assertThat(BigDecimal.valueOf(parts[i]).subtract(quota).abs())
          .isLessThan(BigDecimal.ONE);
    }
  }

  @Property
  void evenSplitPreservesTheTotal(@ForAll("cents") long total,
      @ForAll @IntRange(min = 1, max = 50) int parts, @ForAll RemainderPolicy policy) {
    long[] split = Allocation.evenlyCents(total, parts, policy);

    assertThat(sum(split)).isEqualTo(BigInteger.valueOf(total));
    long min = java.util.Arrays.stream(split).min().orElseThrow();
    long max = java.util.Arrays.stream(split).max().orElseThrow();
    if (policy == RemainderPolicy.LARGEST_REMAINDER) {
      assertThat(max - min).isLessThanOrEqualTo(1);
    }
  }
}
