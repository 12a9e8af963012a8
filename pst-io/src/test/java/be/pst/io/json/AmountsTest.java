package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.io.PstFormatException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

  @ParameterizedTest(name = "{0} → {1} cents")
  @CsvSource({
    "287500.00, 28750000",
    "287500, 28750000",
    "0.1, 10",
    "0.10, 10",
    "0.100, 10",
    "-12.34, -1234",
    "0, 0",
    "0e999999999, 0",
    "1e2, 10000",
    "1E-2, 1",
    "1234567890123456.78, 123456789012345678",
    "-0.5, -50",
    "007.5, 750",
    "92233720368547758.07, 9223372036854775807",
    "-92233720368547758.08, -9223372036854775808"
  })
  void euroTextsAreReadToTheCent(String text, long cents) {
    assertThat(Amounts.parseCents(text)).isEqualTo(cents);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.005", "0.001", "287500.001", "1e-3", "-0.125"})
  void fractionOfACentIsRefusedNamingTheValue(String text) {
    assertThatThrownBy(() -> Amounts.parseCents(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fraction of a cent")
        .hasMessageContaining(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1e999999999", "-1e999999999", "92233720368547758.08", "1e17", "123456789012345678"})
  void amountsBeyondTheCentRangeAreRefusedAtOnce(String text) {
    assertThatThrownBy(() -> Amounts.parseCents(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount out of range");
  }

  @Test
  void veryLongAmountTextIsRefusedBeforeBeingParsed() {
    String text = "0.1" + "0".repeat(900_000);
    long start = System.nanoTime();
    assertThatThrownBy(() -> Amounts.parseCents(text)).hasMessageContaining("too long");
    assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
  }

  @Test
  void hugeNegativeExponentIsRefusedAsAFractionOfACent() {
    assertThatThrownBy(() -> Amounts.parseCents("1e-999999999"))
        .hasMessageContaining("fraction of a cent");
  }

  @Test
  void textThatIsNoNumberIsRefused() {
    for (String text : new String[] {"12,50", "", "-", "1.2.3", "+-1", "12 ", "douze"}) {
      assertThatThrownBy(() -> Amounts.parseCents(text))
          .as(text)
          .hasMessageContaining("expected an amount in euros");
    }
  }

  private static BudgetLine lineWithAmount(String amountJson) throws PstFormatException {
    String json =
        PstJson.toJson(SamplePlans.small())
            .replace(
                "\"amount\": {\n        \"amount\": \"287500.00\",\n        \"currency\": \"EUR\"\n      }",
                "\"amount\": " + amountJson);
    return PstJson.parse(json).lines().get(1);
  }

  @Test
  void amountMayBeAJsonNumber() throws Exception {
    assertThat(lineWithAmount("{\"amount\": 287500.5, \"currency\": \"EUR\"}").amount().cents())
        .isEqualTo(28750050L);
  }

  @Test
  void jacksonDatatypeMoneyShapeIsAccepted() throws Exception {
    BudgetLine line =
        lineWithAmount(
            "{\"amount\": 29.95, \"currency\": \"EUR\", \"formatted\": \"29,95 EUR\"}");
    assertThat(line.amount()).isEqualTo(EuroAmount.of("29.95"));
  }

  @Test
  void monetaCurrencyObjectIsAccepted() throws Exception {
    BudgetLine line =
        lineWithAmount(
            "{\"currency\": {\"currencyCode\": \"EUR\", \"numericCode\": 978,"
                + " \"defaultFractionDigits\": 2, \"context\": {\"provider\": \"java.util.Currency\"}},"
                + " \"amount\": 12}");
    assertThat(line.amount().cents()).isEqualTo(1200L);
  }

  @Test
  void currencyObjectOfAnotherCurrencyIsRefused() {
    PstFormatException e =
        catchThrowableOfType(
            PstFormatException.class,
            () -> lineWithAmount("{\"amount\": 1, \"currency\": {\"currencyCode\": \"USD\"}}"));
    assertThat(e.pointer()).isEqualTo("/budget/1/amount/currency/currencyCode");
    assertThat(e.problem()).contains("\"USD\"");
  }

  @Test
  void jsonNumberWithAFractionOfACentIsRefused() {
    PstFormatException e =
        catchThrowableOfType(
            PstFormatException.class,
            () -> lineWithAmount("{\"amount\": 0.005, \"currency\": \"EUR\"}"));
    assertThat(e.pointer()).isEqualTo("/budget/1/amount/amount");
    assertThat(e.problem()).contains("fraction of a cent");
  }

  @Test
  void amountsAreWrittenWithTwoDecimals() throws IOException {
    assertThat(PstJson.toJson(SamplePlans.small()))
        .contains("\"amount\": \"133000.00\"")
        .contains("\"amount\": \"287500.00\"");
  }
}
