package be.pst.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.budget.money.EuroAmount;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static List<BigDecimal> weights(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void largestRemainderGivesLeftoverCentsToTheLargestFractions() {
    // 100,00 € over 33.33 / 33.33 / 33.34 %: quotas 33,33 / 33,33 / 33,34
    assertThat(Allocation.splitCents(10_000, weights("33.33", "33.33", "33.34"),
        RemainderPolicy.LARGEST_REMAINDER)).containsExactly(3333, 3333, 3334);
    // 0,10 € in three: 3,33.. each; the first (tie) gets the extra cent
    assertThat(Allocation.splitCents(10, weights("1", "1", "1"), RemainderPolicy.LARGEST_REMAINDER))
        .containsExactly(4, 3, 3);
    // 0,01 € over 50 / 50: equal remainders, the earlier part gets the cent
    assertThat(Allocation.splitCents(1, weights("50", "50"), RemainderPolicy.LARGEST_REMAINDER))
        .containsExactly(1, 0);
    // quotas 6.5 / 3.5 → remainders equal → earlier first
    assertThat(Allocation.splitCents(10, weights("65", "35"), RemainderPolicy.LARGEST_REMAINDER))
        .containsExactly(7, 3);
    // quotas 2.7 / 2.4 / 4.9 → two cents left: to 4.9 and 2.7
    assertThat(Allocation.splitCents(10, weights("27", "24", "49"), RemainderPolicy.LARGEST_REMAINDER))
        .containsExactly(3, 2, 5);
  }

  @Test
  void firstAndLastGiveTheWholeRemainderToOnePart() {
    assertThat(Allocation.splitCents(10, weights("1", "1", "1"), RemainderPolicy.FIRST))
        .containsExactly(4, 3, 3);
    assertThat(Allocation.splitCents(11, weights("1", "1", "1"), RemainderPolicy.FIRST))
        .containsExactly(5, 3, 3);
    assertThat(Allocation.splitCents(11, weights("1", "1", "1"), RemainderPolicy.LAST))
        .containsExactly(3, 3, 5);
    assertThat(Allocation.splitCents(11, weights("0", "1", "1", "0"), RemainderPolicy.FIRST))
        .containsExactly(0, 6, 5, 0);
    assertThat(Allocation.splitCents(11, weights("0", "1", "1", "0"), RemainderPolicy.LAST))
        .containsExactly(0, 5, 6, 0);
  }

  @Test
  void negativeAmountsSplitLikeTheirOpposite() {
    assertThat(Allocation.splitCents(-10, weights("1", "1", "1"), RemainderPolicy.LAST))
        .containsExactly(-3, -3, -4);
    assertThat(Allocation.splitCents(Long.MIN_VALUE, weights("1", "1"), RemainderPolicy.FIRST))
        .containsExactly(Long.MIN_VALUE / 2, Long.MIN_VALUE / 2);
  }

  @Test
  void hugeAmountsAndWeightsStayExact() {
    long[] parts = Allocation.splitCents(Long.MAX_VALUE, new long[] {Long.MAX_VALUE, 1, Long.MAX_VALUE},
        RemainderPolicy.LARGEST_REMAINDER);
    assertThat(parts[0] + parts[1] + parts[2]).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void sharesOfAnActionSplitItsAmount() {
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    shares.put("OO1.1", new BigDecimal("60"));
    shares.put("OO2.3", new BigDecimal("40"));
    assertThat(Allocation.byShares(EuroAmount.of("1000.01"), shares, RemainderPolicy.LARGEST_REMAINDER))
        .containsExactly(Map.entry("OO1.1", EuroAmount.of("600.01")), Map.entry("OO2.3", EuroAmount.of("400.00")));
  }

  @Test
  void amountIsSpreadOverYears() {
    assertThat(Allocation.overYears(EuroAmount.of("100"), 2019, 2024, RemainderPolicy.FIRST))
        .containsEntry(2019, EuroAmount.of("16.70"))
        .containsEntry(2024, EuroAmount.of("16.66"))
        .hasSize(6);
    assertThat(Allocation.evenly(EuroAmount.of("0.05"), 3, RemainderPolicy.LAST))
        .containsExactly(EuroAmount.of("0.01"), EuroAmount.of("0.01"), EuroAmount.of("0.03"));
  }

  @Test
  void impossibleSplitsAreRejected() {
    assertThatThrownBy(() -> Allocation.splitCents(1, weights(), RemainderPolicy.FIRST))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Allocation.splitCents(1, weights("0", "0"), RemainderPolicy.FIRST))
        .hasMessageContaining("zero");
    assertThatThrownBy(() -> Allocation.splitCents(1, weights("50", "-50"), RemainderPolicy.FIRST))
        .hasMessageContaining("negative").hasMessageContaining("-50");
    assertThatThrownBy(() -> Allocation.overYears(EuroAmount.of("1"), 2024, 2019, RemainderPolicy.FIRST))
        .hasMessageContaining("2019");
  }
}
