package be.pst.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.Money;

class IndicatorProperties {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static Indicator count(long baseline, long target, long latest) {
    return Indicator.builder()
        .name("Nombre d'ateliers")
        .kind(IndicatorKind.COUNT)
        .baseline(IndicatorValue.count(baseline))
        .target(IndicatorValue.count(target))
        .addMeasurements(Measurement.of(LocalDate.of(2021, 1, 1), IndicatorValue.count(latest)))
        .build();
  }

  @Property
  void attainmentStaysWithinZeroAndHundred(
      @ForAll @LongRange(min = -1000, max = 1000) long baseline,
      @ForAll @LongRange(min = -1000, max = 1000) long target,
      @ForAll @LongRange(min = -5000, max = 5000) long latest,
      @ForAll @IntRange(min = 0, max = 6) int scale) {
    BigDecimal a = count(baseline, target, latest).attainment(scale, RoundingMode.HALF_EVEN).orElseThrow();
    assertThat(a).isBetween(BigDecimal.ZERO, HUNDRED);
    assertThat(a.scale()).isEqualTo(scale);
  }

  @Property
  void reachingTheTargetIsHundredAndStayingAtBaselineIsZero(
      @ForAll @LongRange(min = 0, max = 1000) long baseline,
      @ForAll @LongRange(min = 1, max = 1000) long gain) {
    assertThat(count(baseline, baseline + gain, baseline + gain).attainment()).contains(new BigDecimal("100.00"));
    assertThat(count(baseline, baseline + gain, baseline).attainment()).contains(new BigDecimal("0.00"));
  }

  @Property
  void attainmentGrowsWithTheLatestValue(
      @ForAll @LongRange(min = 1, max = 1000) long target,
      @ForAll @LongRange(min = 0, max = 1000) long a,
      @ForAll @LongRange(min = 0, max = 1000) long b) {
    long low = Math.min(a, b);
    long high = Math.max(a, b);
    assertThat(count(0, target, low).attainment().orElseThrow())
        .isLessThanOrEqualTo(count(0, target, high).attainment().orElseThrow());
  }

  @Property
  void moneyAttainmentIsExactToTheCent(
      @ForAll @LongRange(min = 1, max = 10_000_000) long targetCents,
      @ForAll @LongRange(min = 0, max = 10_000_000) long latestCents) {
    Indicator amount =
        Indicator.builder()
            .name("Montant")
            .kind(IndicatorKind.AMOUNT)
            .target(IndicatorValue.amount(Money.of(BigDecimal.valueOf(targetCents, 2), "EUR")))
            .addMeasurements(
                Measurement.of(
                    LocalDate.of(2021, 1, 1),
                    IndicatorValue.amount(Money.of(BigDecimal.valueOf(latestCents, 2), "EUR"))))
            .build();
    BigDecimal expected =
        BigDecimal.valueOf(latestCents)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(targetCents), 2, RoundingMode.HALF_EVEN)
            .min(new BigDecimal("100.00"));
    assertThat(amount.attainment()).contains(expected);
  }
}
