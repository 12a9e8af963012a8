package be.pst.budget.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EuroAmountParsingTest {

  @Test
  void plainDecimalsAreReadExactly() {
    assertThat(EuroAmount.of("287500.00").cents()).isEqualTo(28_750_000L);
    assertThat(EuroAmount.of("287500").cents()).isEqualTo(28_750_000L);
    assertThat(EuroAmount.of(" -12.5 ").cents()).isEqualTo(-1250L);
    assertThat(EuroAmount.of("0.10000").cents()).isEqualTo(10L);
    assertThat(EuroAmount.of("92233720368547758.07").cents()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void belgianAmountsAreReadBackAsTheShellPrintsThem() {
    assertThat(EuroAmount.parseBelgian("287.500,00 €")).isEqualTo(EuroAmount.of("287500"));
    assertThat(EuroAmount.parseBelgian("287.500,00")).isEqualTo(EuroAmount.of("287500"));
    assertThat(EuroAmount.parseBelgian("-984.700,00")).isEqualTo(EuroAmount.of("-984700"));
    assertThat(EuroAmount.parseBelgian("3000")).isEqualTo(EuroAmount.of("3000"));
    assertThat(EuroAmount.parseBelgian("12,5\u00a0€")).isEqualTo(EuroAmount.of("12.50"));
    assertThat(EuroAmount.parseBelgian("- €")).isEqualTo(EuroAmount.zero());
    assertThat(EuroAmount.parseBelgian("\u2212 1.000,00 EUR")).isEqualTo(EuroAmount.of("-1000"));
    EuroAmount min = EuroAmount.ofCents(Long.MIN_VALUE + 1);
    assertThat(EuroAmount.parseBelgian(min.format())).isEqualTo(min);
  }

  @Test
  void parseAcceptsBothThePlainAndTheBelgianForm() {
    assertThat(EuroAmount.parse("287.500,00 €")).isEqualTo(EuroAmount.of("287500"));
    assertThat(EuroAmount.parse("287500.00")).isEqualTo(EuroAmount.of("287500"));
    assertThat(EuroAmount.parse("€ 12.50")).isEqualTo(EuroAmount.of("12.5"));
    assertThat(EuroAmount.parse(EuroAmount.of("-984700").toString()))
        .isEqualTo(EuroAmount.of("-984700"));
  }

  @Test
  void malformedTextsAreRejectedNamingTheTextAndTheExpectedForm() {
    for (String bad : List.of("287,500.00", "28.75.00", "abc", "1.2345,00", "", "1e3", "12,", "-")) {
      assertThatThrownBy(() -> EuroAmount.parseBelgian(bad.equals("-") ? "--" : bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("expected");
    }
    assertThatThrownBy(() -> EuroAmount.of("1,5"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'1,5'");
    assertThatThrownBy(() -> EuroAmount.parseBelgian("1,005 €"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1,005").hasMessageContaining("fraction of a cent");
  }

  @Test
  void amountsBeyondTheRangeAreRejectedAtOnceWithAShortMessage() {
    assertThatThrownBy(() -> EuroAmount.of("92233720368547758.08"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("±92.233.720.368.547.758,07 €");
    assertThatThrownBy(() -> EuroAmount.of("1" + "0".repeat(40)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond the range");
  }

  @Test
  void longTextsAreRefusedOnTheirLengthBeforeTheyAreRead() {
    // The message names the length, not a character: the length is checked before any parsing.
    assertThatThrownBy(() -> EuroAmount.of("9".repeat(1_000_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an amount of euros: a text of 1000000 characters (at most 64)");
    assertThatThrownBy(() -> EuroAmount.parse("9".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65 characters (at most 64)");
    assertThatThrownBy(() -> EuroAmount.parse("1e999999999"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
