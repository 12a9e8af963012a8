package be.pst.budget.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;
import javax.money.MonetaryOperator;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class EuroAmountTest {

  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  @Test
  void printsBelgianStyle() {
    assertThat(EuroAmount.of("287500.00")).hasToString("287.500,00 €");
    assertThat(EuroAmount.of("-984700")).hasToString("-984.700,00 €");
    assertThat(EuroAmount.zero()).hasToString("0,00 €");
    assertThat(EuroAmount.of("0.07")).hasToString("0,07 €");
    assertThat(EuroAmount.of("-0.07").format()).isEqualTo("-0,07 €");
    assertThat(EuroAmount.ofCents(1_234_567_890L).formatPlain()).isEqualTo("12.345.678,90");
    assertThat(EuroAmount.ofCents(Long.MIN_VALUE)).hasToString("-92.233.720.368.547.758,08 €");
    assertThat(EuroAmount.ofCents(MAX.multiply(BigInteger.TEN)))
        .hasToString("922.337.203.685.477.580,70 €");
  }

  @Test
  void isAJsr354AmountOfEurosAtCentScale() {
    EuroAmount amount = EuroAmount.of("287500");
    assertThat(amount.getCurrency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(amount.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("287500.00");
    assertThat(amount.getContext().getMaxScale()).isEqualTo(2);
    assertThat(amount.getFactory().create()).isEqualTo(Money.of(new BigDecimal("287500.00"), "EUR"));
    assertThat(amount.toBigDecimal()).isEqualTo(new BigDecimal("287500.00"));
    MonetaryOperator doubling = a -> a.multiply(2);
    assertThat(amount.with(doubling)).isEqualTo(EuroAmount.of("575000"));
    assertThat(amount.query(MonetaryAmount::signum)).isEqualTo(1);
  }

  @Test
  void comparesExactlyWithOtherImplementations() {
    EuroAmount amount = EuroAmount.of("287500");
    assertThat(amount.isEqualTo(Money.of(287500, "EUR"))).isTrue();
    assertThat(amount.isEqualTo(FastMoney.of(287500, "EUR"))).isTrue();
    assertThat(amount.isGreaterThan(Money.of(new BigDecimal("287499.999"), "EUR"))).isTrue();
    assertThat(amount.isLessThan(Money.of(new BigDecimal("287500.001"), "EUR"))).isTrue();
    assertThat(Money.of(287500, "EUR").isEqualTo(amount)).isTrue();
    assertThat(amount).isNotEqualTo(Money.of(287500, "EUR"));
    assertThat(EuroAmount.from(Money.of(287500, "EUR"))).isEqualTo(amount);
  }

  @Test
  void anotherCurrencyIsRejectedNamingBothCurrencies() {
    EuroAmount amount = EuroAmount.of("10");
    assertThatThrownBy(() -> amount.add(Money.of(10, "USD")))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency mismatch: expected EUR but got USD");
    assertThatThrownBy(() -> amount.compareTo(Money.of(1, "CHF")))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> EuroAmount.from(Money.of(1, "USD")))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void arithmeticIsExactAndStaysAEuroAmountBeyondALongOfCents() {
    EuroAmount max = EuroAmount.ofCents(Long.MAX_VALUE);
    EuroAmount beyond = max.add(EuroAmount.ofCents(1));
    assertThat(beyond.toBigDecimal()).isEqualTo(new BigDecimal(MAX.add(BigInteger.ONE), 2));
    assertThat(beyond.subtract(EuroAmount.ofCents(1))).isEqualTo(max);
    assertThat(EuroAmount.ofCents(Long.MIN_VALUE).negate().negate())
        .isEqualTo(EuroAmount.ofCents(Long.MIN_VALUE));
    assertThat(max.multiply(3).divide(3)).isEqualTo(max);
    assertThat(EuroAmount.ofCents(Long.MIN_VALUE).abs().signum()).isEqualTo(1);
    assertThatThrownBy(beyond::cents).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("92.233.720.368.547.758,08");
    assertThat(EuroAmount.of("1000").add(Money.of(new BigDecimal("0.5"), "EUR")))
        .isEqualTo(EuroAmount.of("1000.50"));
  }

  @Test
  void divisionNeedsARoundingModeUnlessItIsExact() {
    EuroAmount ten = EuroAmount.of("10.00");
    assertThat(ten.divide(4)).isEqualTo(EuroAmount.of("2.50"));
    assertThat(ten.divide(3, RoundingMode.HALF_EVEN)).isEqualTo(EuroAmount.of("3.33"));
    assertThat(ten.divide(3, RoundingMode.UP)).isEqualTo(EuroAmount.of("3.34"));
    assertThatThrownBy(() -> ten.divide(3))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("fraction of a cent").hasMessageContaining("RoundingMode");
    assertThatThrownBy(() -> ten.divide(0)).isInstanceOf(ArithmeticException.class);
    assertThat(ten.divide(new BigDecimal("0.5"))).isEqualTo(EuroAmount.of("20"));
    assertThat(ten.multiply(new BigDecimal("0.215"), RoundingMode.HALF_EVEN))
        .isEqualTo(EuroAmount.of("2.15"));
    assertThatThrownBy(() -> ten.multiply(new BigDecimal("0.0001")))
        .isInstanceOf(ArithmeticException.class);
    assertThat(ten.remainder(3)).isEqualTo(EuroAmount.of("1.00"));
    assertThat(ten.divideToIntegralValue(3)).isEqualTo(EuroAmount.of("3.00"));
    assertThat(ten.divideAndRemainder(3))
        .containsExactly(EuroAmount.of("3.00"), EuroAmount.of("1.00"));
    assertThat(ten.scaleByPowerOfTen(-3)).isEqualTo(EuroAmount.of("0.01"));
    assertThatThrownBy(() -> ten.scaleByPowerOfTen(-4)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void doubleArgumentsAreTakenAsTheirDecimalAndNeverComputedInDouble() {
    EuroAmount amount = EuroAmount.of("100");
    assertThat(amount.multiply(0.1)).isEqualTo(EuroAmount.of("10"));
    assertThat(amount.divide(0.5)).isEqualTo(EuroAmount.of("200"));
    assertThatThrownBy(() -> amount.multiply(Double.NaN)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> amount.divide(Double.POSITIVE_INFINITY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void fromConvertsAnyEuroAmountExactlyOrWithAnExplicitRounding() {
    assertThat(EuroAmount.from(Money.of(new BigDecimal("287500.0"), "EUR")))
        .isEqualTo(EuroAmount.of("287500"));
    MonetaryAmount third = Money.of(10, "EUR").divide(3);
    assertThatThrownBy(() -> EuroAmount.from(third))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fraction of a cent");
    assertThat(EuroAmount.from(third, RoundingMode.HALF_EVEN)).isEqualTo(EuroAmount.of("3.33"));
  }

  @Test
  void sumsAreExactBeyondALong() {
    EuroAmount max = EuroAmount.ofCents(Long.MAX_VALUE);
    assertThat(EuroAmount.sum(List.of(max, max, EuroAmount.ofCents(2))))
        .isEqualTo(EuroAmount.ofCents(MAX.multiply(BigInteger.TWO).add(BigInteger.TWO)));
    assertThat(EuroAmount.sum(List.of())).isEqualTo(EuroAmount.zero());
    assertThat(EuroAmount.sum(EuroAmount.of("1.10"), Money.of(2, "EUR")))
        .isEqualTo(EuroAmount.of("3.10"));
  }

  @Test
  void decimalsWithAbsurdlyManyDigitsAreRejectedAtOnce() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> EuroAmount.of(new BigDecimal("1e999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("beyond the range");
    assertThatThrownBy(() -> EuroAmount.of(new BigDecimal("1e-999999999")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    for (EuroAmount amount : List.of(EuroAmount.of("287500.25"),
        EuroAmount.ofCents(MAX.multiply(BigInteger.TEN)))) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(amount);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        assertThat(in.readObject()).isEqualTo(amount);
      }
    }
  }
}
