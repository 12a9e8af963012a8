package be.pst.budget.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class EurosTest {

  @Test
  void fractionOfACentIsRejectedNamingTheValue() {
    assertThatThrownBy(() -> Euros.of("10.005"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.005")
        .hasMessageContaining("fraction of a cent");
    assertThatThrownBy(() -> Euros.toCents(Money.of(new BigDecimal("0.001"), "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.001");
  }

  @Test
  void fractionOfACentIsRoundedWhenARoundingModeIsGiven() {
    assertThat(Euros.of(new BigDecimal("10.005"), RoundingMode.HALF_EVEN)).isEqualTo(Euros.of("10.00"));
    assertThat(Euros.of(new BigDecimal("10.005"), RoundingMode.HALF_UP)).isEqualTo(Euros.of("10.01"));
    assertThat(Euros.toCents(Money.of(new BigDecimal("-0.015"), "EUR"), RoundingMode.HALF_EVEN))
        .isEqualTo(-2);
  }

  @Test
  void trailingZerosBeyondTheCentAreAccepted() {
    assertThat(Euros.of("287500.000")).isEqualTo(Euros.ofCents(28_750_000));
    assertThat(Euros.toCents(Money.of(new BigDecimal("1E+3"), "EUR"))).isEqualTo(100_000);
  }

  @Test
  void otherCurrencyIsRejectedNamingBothCurrencies() {
    assertThatThrownBy(() -> Euros.toCents(Money.of(12, "USD")))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("EUR")
        .hasMessageContaining("USD")
        .satisfies(e -> {
          CurrencyMismatchException c = (CurrencyMismatchException) e;
          assertThat(c.expectedCurrency()).isEqualTo("EUR");
          assertThat(c.actualCurrency()).isEqualTo("USD");
        });
    assertThatThrownBy(() -> Euros.format(Money.of(1, Monetary.getCurrency("CHF"))))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("CHF");
  }

  @Test
  void amountsArePrintedBelgianStyle() {
    assertThat(Euros.format(Euros.of("287500"))).isEqualTo("287.500,00 €");
    assertThat(Euros.formatPlain(Euros.of("287500"))).isEqualTo("287.500,00");
    assertThat(Euros.formatPlain(Euros.of("-984700"))).isEqualTo("-984.700,00");
    assertThat(Euros.formatPlain(Euros.of("0.5"))).isEqualTo("0,50");
    assertThat(Euros.formatCents(123_456_789_012L)).isEqualTo("1.234.567.890,12 €");
    assertThat(Euros.formatPlain(Long.MIN_VALUE)).isEqualTo("-92.233.720.368.547.758,08");
  }

  @Test
  void formattingDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.US, Locale.FRANCE, Locale.GERMANY, new Locale("ar", "EG"))) {
        Locale.setDefault(locale);
        assertThat(Euros.format(Euros.of("287500"))).as("%s", locale).isEqualTo("287.500,00 €");
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void belgianAmountsAreReadBack() {
    assertThat(Euros.parseBelgian("287.500,00 €")).isEqualTo(Euros.of("287500"));
    assertThat(Euros.parseBelgian("287.500,00")).isEqualTo(Euros.of("287500"));
    assertThat(Euros.parseBelgian("-984.700,00")).isEqualTo(Euros.of("-984700"));
    assertThat(Euros.parseBelgian("3000")).isEqualTo(Euros.of("3000"));
    assertThat(Euros.parseBelgian("12,5\u00a0€")).isEqualTo(Euros.of("12.50"));
    assertThat(Euros.parseBelgian("- €")).isEqualTo(Euros.zero());
    assertThat(Euros.parseBelgian(Euros.format(Euros.ofCents(-123_456_789L))))
        .isEqualTo(Euros.ofCents(-123_456_789L));
  }

  @Test
  void malformedBelgianAmountsAreRejectedNamingTheText() {
    for (String bad : List.of("287,500.00", "28.75.00", "abc", "1.2345,00", "")) {
      assertThatThrownBy(() -> Euros.parseBelgian(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
    assertThatThrownBy(() -> Euros.parseBelgian("1,005 €"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1,005");
  }

  @Test
  void centsConvertBothWays() {
    assertThat(Euros.toCents(Euros.of("287500.00"))).isEqualTo(28_750_000L);
    assertThat(Euros.ofCents(28_750_000L)).isEqualByComparingTo(Money.of(287500, "EUR"));
    assertThat(Euros.toCents(Euros.ofCents(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void amountBeyondALongOfCentsIsAnArithmeticError() {
    MonetaryAmount huge = Euros.ofCents(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
    assertThatThrownBy(() -> Euros.toCents(huge)).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("92233720368547758.08");
  }

  @Test
  void sumsAreExactBeyondALong() {
    MonetaryAmount max = Euros.ofCents(Long.MAX_VALUE);
    MonetaryAmount sum = Euros.sum(List.of(max, max, Euros.ofCents(2)));
    assertThat(sum).isEqualTo(Euros.ofCents(
        BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TWO).add(BigInteger.TWO)));
    assertThat(Euros.sum(List.of())).isEqualTo(Euros.zero());
  }
}
