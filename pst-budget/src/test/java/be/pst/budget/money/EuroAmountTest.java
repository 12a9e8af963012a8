package be.pst.budget.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryOperator;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class EuroAmountTest {

  private static EuroAmount euros(String amount) {
    return (EuroAmount) Euros.of(amount);
  }

  @Test
  void printsBelgianStyle() {
    assertThat(Euros.of("287500.00")).hasToString("287.500,00 €");
    assertThat(Euros.of("-984700")).hasToString("-984.700,00 €");
    assertThat(Euros.zero()).hasToString("0,00 €");
    assertThat(Euros.of("0.07")).hasToString("0,07 €");
    assertThat(Euros.ofCents(1_234_567_890L)).hasToString("12.345.678,90 €");
    assertThat(Euros.ofCents(Long.MIN_VALUE)).hasToString("-92.233.720.368.547.758,08 €");
  }

  @Test
  void eurosFactoriesMakeEuroAmounts() {
    assertThat(Euros.zero()).isInstanceOf(EuroAmount.class);
    assertThat(Euros.of("12.5")).isInstanceOf(EuroAmount.class);
    assertThat(Euros.of(new BigDecimal("1E+3"))).isInstanceOf(EuroAmount.class);
    assertThat(Euros.ofCents(42)).isInstanceOf(EuroAmount.class);
    assertThat(Euros.ofCents(BigInteger.valueOf(Long.MAX_VALUE))).isInstanceOf(EuroAmount.class);
    assertThat(Euros.parseBelgian("287.500,00 €")).isInstanceOf(EuroAmount.class);
    assertThat(Euros.parseBelgian("- €")).isInstanceOf(EuroAmount.class);
    assertThat(Euros.sum(List.of(Euros.of("1.10"), Money.of(2, "EUR"))))
        .isInstanceOf(EuroAmount.class)
        .hasToString("3,10 €");
    assertThat(euros("287500").cents()).isEqualTo(28_750_000L);
  }

  @Test
  void beyondTheLongRangeOfCentsEurosGiveMoney() {
    BigInteger cents = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
    MonetaryAmount amount = Euros.ofCents(cents);
    assertThat(amount).isInstanceOf(Money.class);
    assertThat(Euros.euros(amount)).isEqualByComparingTo(new BigDecimal(cents, 2));
  }

  @Test
  void isAJsr354AmountOfEurosAtCentScale() {
    EuroAmount amount = euros("287500");
    assertThat(amount.getCurrency()).isEqualTo(Monetary.getCurrency("EUR"));
    assertThat(amount.getNumber().numberValue(BigDecimal.class))
        .isEqualByComparingTo(new BigDecimal("287500.00"));
    assertThat(amount.getNumber().getNumberType()).isEqualTo(BigDecimal.class);
    assertThat(amount.getContext().getAmountType()).isEqualTo(EuroAmount.class);
    assertThat(amount.getContext().isFixedScale()).isTrue();
    assertThat(amount.getContext().getMaxScale()).isEqualTo(2);
    assertThat(amount.getContext().getPrecision()).isZero();
    assertThat(amount.getFactory().create())
        .isEqualTo(Money.of(new BigDecimal("287500.00"), "EUR"));
    assertThat(amount.query(MonetaryAmount::signum)).isEqualTo(1);
    MonetaryOperator doubled = a -> a.multiply(2);
    assertThat(amount.with(doubled)).isEqualTo(euros("575000"));
  }

  @Test
  void comparesExactlyWithMoney() {
    EuroAmount amount = euros("287500.00");
    assertThat(amount.isEqualTo(Money.of(287500, "EUR"))).isTrue();
    assertThat(amount.isEqualTo(FastMoney.of(287500, "EUR"))).isTrue();
    assertThat(amount.isGreaterThan(Money.of(new BigDecimal("287499.999"), "EUR"))).isTrue();
    assertThat(amount.isLessThan(Money.of(new BigDecimal("287500.001"), "EUR"))).isTrue();
    assertThat(amount.isGreaterThanOrEqualTo(Money.of(287500, "EUR"))).isTrue();
    assertThat(amount.isLessThanOrEqualTo(Money.of(287500, "EUR"))).isTrue();
    assertThat(amount.compareTo(Money.of(300000, "EUR"))).isNegative();
    assertThat(Money.of(287500, "EUR").isEqualTo(amount)).isTrue();
    assertThat(Money.of(287500, "EUR").compareTo(amount)).isZero();
    assertThat(euros("-984700").isNegative()).isTrue();
    assertThat(Euros.zero().isZero()).isTrue();
    assertThat(Euros.zero().signum()).isZero();
  }

  @Test
  void equalityBelongsToTheImplementationButIsEqualToCrossesIt() {
    Money money = Money.of(new BigDecimal("12.50"), "EUR");
    assertThat(euros("12.5")).isEqualTo(euros("12.50")).hasSameHashCodeAs(euros("12.50"));
    assertThat(euros("12.5")).isNotEqualTo(money);
    assertThat(money).isNotEqualTo(euros("12.5"));
    assertThat(euros("12.5").isEqualTo(money)).isTrue();
    assertThat(euros("12.5")).isNotEqualTo(euros("12.51"));
  }

  @Test
  void anotherCurrencyIsRejectedNamingBothCurrencies() {
    EuroAmount amount = euros("10");
    Money dollars = Money.of(10, "USD");
    assertThatThrownBy(() -> amount.isEqualTo(dollars))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("EUR")
        .hasMessageContaining("USD");
    assertThatThrownBy(() -> amount.compareTo(dollars))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> amount.add(Money.of(1, "CHF")))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency mismatch: expected EUR but got CHF");
    assertThatThrownBy(() -> amount.subtract(dollars))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void addsAndSubtractsExactlyToEuroAmounts() {
    assertThat(euros("287500").add(euros("-984700"))).isEqualTo(euros("-697200"));
    assertThat(euros("0.10").add(euros("0.20"))).isEqualTo(euros("0.30"));
    assertThat(euros("0.30").subtract(euros("0.10"))).isEqualTo(euros("0.20"));
    assertThat(euros("1000").add(Money.of(new BigDecimal("0.5"), "EUR")))
        .isEqualTo(euros("1000.50"));
    assertThat(euros("1000").subtract(Money.of(new BigDecimal("1E+3"), "EUR")))
        .isSameAs(Euros.zero());
  }

  @Test
  void sumsThatNeedMoreThanCentsOrALongAreExactMoney() {
    MonetaryAmount fraction = euros("1").add(Money.of(new BigDecimal("0.001"), "EUR"));
    assertThat(fraction).isInstanceOf(Money.class);
    assertThat(Euros.euros(fraction)).isEqualByComparingTo("1.001");

    MonetaryAmount max = Euros.ofCents(Long.MAX_VALUE);
    MonetaryAmount over = max.add(Euros.ofCents(1));
    assertThat(over).isInstanceOf(Money.class);
    assertThat(Euros.euros(over))
        .isEqualByComparingTo(new BigDecimal(BigInteger.ONE.shiftLeft(63), 2));
    MonetaryAmount under = Euros.ofCents(Long.MIN_VALUE).subtract(Euros.ofCents(1));
    assertThat(Euros.euros(under))
        .isEqualByComparingTo(
            new BigDecimal(BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE), 2));
  }

  @Test
  void negateAbsAndMultiplyByALongAreExact() {
    assertThat(euros("-984700").negate()).isEqualTo(euros("984700"));
    assertThat(euros("-984700").abs()).isEqualTo(euros("984700"));
    assertThat(euros("12.34").plus()).isEqualTo(euros("12.34"));
    assertThat(euros("0.01").multiply(3)).isEqualTo(euros("0.03"));
    MonetaryAmount min = Euros.ofCents(Long.MIN_VALUE);
    assertThat(min.negate()).isInstanceOf(Money.class);
    assertThat(Euros.euros(min.abs()))
        .isEqualByComparingTo(new BigDecimal(BigInteger.ONE.shiftLeft(63), 2));
    MonetaryAmount product = Euros.ofCents(Long.MAX_VALUE).multiply(10);
    assertThat(product).isInstanceOf(Money.class);
    assertThat(Euros.euros(product)).isEqualByComparingTo(
        new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TEN), 2));
  }

  @Test
  void addingAEuroAmountToMoneyWorks() {
    MonetaryAmount total = Money.of(100, "EUR").add(euros("287500.25"));
    assertThat(total).isInstanceOf(Money.class);
    assertThat(total.isEqualTo(euros("287600.25"))).isTrue();
    assertThat(Money.of(100, "EUR").subtract(euros("0.01")).isEqualTo(euros("99.99"))).isTrue();
  }

  @Test
  void divisionGivesMoneyWithTheExactValue() {
    MonetaryAmount quarter = euros("10").divide(4);
    assertThat(quarter).isInstanceOf(Money.class);
    assertThat(Euros.euros(quarter)).isEqualByComparingTo("2.5");
    assertThat(Euros.euros(euros("0.01").divide(8))).isEqualByComparingTo("0.00125");
    assertThat(Euros.euros(euros("10").divide(new BigDecimal("0.4")))).isEqualByComparingTo("25");
    assertThat(Euros.euros(euros("10.05").remainder(2))).isEqualByComparingTo("0.05");
    MonetaryAmount[] parts = euros("10.05").divideAndRemainder(2);
    assertThat(Euros.euros(parts[0])).isEqualByComparingTo("5");
    assertThat(Euros.euros(parts[1])).isEqualByComparingTo("0.05");
    assertThat(Euros.euros(euros("10.05").divideToIntegralValue(2))).isEqualByComparingTo("5");
    assertThat(Euros.euros(euros("12.34").scaleByPowerOfTen(-3)))
        .isEqualByComparingTo("0.01234");
    assertThat(euros("287500").stripTrailingZeros())
        .isEqualTo(Money.of(new BigDecimal("287500"), "EUR"));
    assertThatThrownBy(() -> euros("10").divide(0)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void doubleFactorsAreTakenAsTheirDecimalAndNeverComputedInDouble() {
    // 0.1 as a double is 0.1000000000000000055511151231257827...; BigDecimal.valueOf gives 0.1
    assertThat(Euros.euros(euros("3").multiply(0.1))).isEqualByComparingTo("0.3");
    assertThat(Euros.euros(euros("0.30").divide(0.1))).isEqualByComparingTo("3");
    assertThat(Euros.euros(euros("10.05").remainder(0.5))).isEqualByComparingTo("0.05");
    assertThatThrownBy(() -> euros("1").multiply(Double.NaN))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("multiplicand");
    assertThatThrownBy(() -> euros("1").divide(Double.POSITIVE_INFINITY))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("divisor");
  }

  @Test
  void fromConvertsAnyEuroAmountExactly() {
    assertThat(EuroAmount.from(Money.of(new BigDecimal("287500.0"), "EUR")))
        .isEqualTo(euros("287500"));
    EuroAmount amount = euros("12.34");
    assertThat(EuroAmount.from(amount)).isSameAs(amount);
    assertThatThrownBy(() -> EuroAmount.from(Money.of(new BigDecimal("0.001"), "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.001");
    assertThatThrownBy(() -> EuroAmount.from(Money.of(1, "USD")))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    EuroAmount amount = euros("-984700.01");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(amount);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(amount).hasToString("-984.700,01 €");
    }
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> euros("1").add(null)).hasMessage("amount");
    assertThatThrownBy(() -> euros("1").compareTo(null)).hasMessage("other");
    assertThatThrownBy(() -> euros("1").with(null)).hasMessage("operator");
  }
}
