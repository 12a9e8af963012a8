package be.pst.budget.line;

import static be.pst.budget.group.Service.EXTRAORDINARY;
import static be.pst.budget.group.Service.ORDINARY;
import static be.pst.budget.group.Side.EXPENSES;
import static be.pst.budget.group.Side.RECEIPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.budget.group.EconomicGroup;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BudgetArticleTest {

  @Test
  void articleCodeIsSplitIntoFunctionEconomicCodeAndSuffix() {
    BudgetArticle article = BudgetArticle.parse("104/123-48");
    assertThat(article.function()).isEqualTo("104");
    assertThat(article.economicCode()).isEqualTo("123");
    assertThat(article.suffix()).contains("48");
    assertThat(article.year()).isEmpty();
    assertThat(article.economicNature()).contains("123");
    assertThat(article.economicSubCode()).contains("48");
    assertThat(article.normalizedEconomicCode()).contains("123-48");
    assertThat(article).hasToString("104/123-48").isEqualTo(BudgetArticle.of("104", "123", "48"));
  }

  @Test
  void fiveDigitEconomicCodeWithYearTagOfIaPstTestsIsRead() {
    BudgetArticle article = BudgetArticle.parse("123/45678.2020");
    assertThat(article.function()).isEqualTo("123");
    assertThat(article.economicCode()).isEqualTo("45678");
    assertThat(article.suffix()).isEmpty();
    assertThat(article.year()).isEqualTo(OptionalInt.of(2020));
    assertThat(article.economicNature()).contains("456");
    assertThat(article.economicSubCode()).contains("78");
    assertThat(article.normalizedEconomicCode()).contains("456-78");
    assertThat(article).hasToString("123/45678.2020");

    BudgetArticle omc = BudgetArticle.parse("012/12145.2020");
    assertThat(omc.function()).isEqualTo("012");
    assertThat(omc.normalizedEconomicCode()).contains("121-45");
    assertThat(omc.economicGroup(ORDINARY, EXPENSES))
        .contains(EconomicGroup.ORDINARY_EXPENSES_OPERATING);
  }

  @Test
  void yearTaggedPlaceholderCodeIsReadButHasNoNature() {
    BudgetArticle article = BudgetArticle.parse("xxx/wal-13.2019");
    assertThat(article.function()).isEqualTo("xxx");
    assertThat(article.economicCode()).isEqualTo("wal");
    assertThat(article.suffix()).contains("13");
    assertThat(article.year()).isEqualTo(OptionalInt.of(2019));
    assertThat(article.economicNature()).isEmpty();
    assertThat(article.normalizedEconomicCode()).isEmpty();
    assertThat(article.economicGroup(ORDINARY, EXPENSES)).isEmpty();
    assertThat(article).hasToString("xxx/wal-13.2019");
    assertThat(article.withoutYear()).hasToString("xxx/wal-13");
  }

  @Test
  void everyRealShapeRoundTripsVerbatim() {
    for (String code : List.of("104/123-48", "123/45678.2020", "012/12145.2020",
        "xxx/wal-13.2019", "xxx/eur-19.2021", "000/971-01", "84010/124-06", "104/123",
        "123/45678", "104/111-01.2024")) {
      BudgetArticle article = BudgetArticle.parse(code);
      assertThat(article).as(code).hasToString(code);
      assertThat(BudgetArticle.parse(article.toString())).as(code).isEqualTo(article);
      assertThat(BudgetArticle.parse("  " + code + "\t")).as(code).isEqualTo(article);
    }
  }

  @Test
  void functionOfFiveDigitsAndZeroFunctionAreRead() {
    assertThat(BudgetArticle.parse("84010/124-06").function()).isEqualTo("84010");
    assertThat(BudgetArticle.parse("84010/124-06").normalizedEconomicCode()).contains("124-06");
    BudgetArticle zero = BudgetArticle.parse("000/971-01");
    assertThat(zero.function()).isEqualTo("000");
    assertThat(zero.economicNature()).contains("971");
    assertThat(zero.economicGroup(ORDINARY, RECEIPTS)).isEmpty();
    assertThat(zero.economicGroup(EXTRAORDINARY, EXPENSES)).isEmpty();
  }

  @Test
  void equalityIsOnTheVerbatimText() {
    BudgetArticle packed = BudgetArticle.parse("123/45678");
    BudgetArticle hyphenated = BudgetArticle.parse("123/456-78");
    assertThat(packed).isNotEqualTo(hyphenated);
    assertThat(packed.normalizedEconomicCode()).isEqualTo(hyphenated.normalizedEconomicCode());
    assertThat(BudgetArticle.parse("XXX/wal-13")).isNotEqualTo(BudgetArticle.parse("xxx/wal-13"));
    assertThat(BudgetArticle.parse("104/123-48").compareTo(BudgetArticle.parse("104/123-49")))
        .isNegative();
  }

  @Test
  void yearTagIsAddedReplacedAndRemoved() {
    assertThat(BudgetArticle.parse("104/123-48").withYear(2020)).hasToString("104/123-48.2020");
    assertThat(BudgetArticle.parse("123/45678.2020").withYear(2021))
        .hasToString("123/45678.2021");
    assertThat(BudgetArticle.parse("123/45678.2020").withoutYear()).hasToString("123/45678");
    BudgetArticle untagged = BudgetArticle.parse("104/123-48");
    assertThat(untagged.withoutYear()).isSameAs(untagged);
    assertThatThrownBy(() -> untagged.withYear(999))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
    assertThatThrownBy(() -> untagged.withYear(10000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10000");
  }

  @Test
  void economicSubCodeNeedsTwoDigitsAfterThreeOrAFiveDigitCode() {
    assertThat(BudgetArticle.parse("104/123-4").economicSubCode()).isEmpty();
    assertThat(BudgetArticle.parse("104/123-ab").economicSubCode()).isEmpty();
    assertThat(BudgetArticle.parse("104/1234-48").economicNature()).isEmpty();
    assertThat(BudgetArticle.parse("104/123").economicNature()).contains("123");
    assertThat(BudgetArticle.parse("104/123").normalizedEconomicCode()).isEmpty();
  }

  @Test
  void malformedCodeIsRejectedNamingItAndTheAcceptedForms() {
    for (String bad : List.of("", " ", "/", "1/2-", "104-123/48", "/123-48", "104/123-48.19",
        "104 /123-48", "104/123-48/2020", "104/123-48:2020", "104/123-48.0999", "104/123-48.",
        "104//123", "123456789/1-1", "104/123456789", "104/123-123456789", "104/12é-48",
        "١٠٤/123-48", "104/123-48.2020.2021", "104/-48", "104")) {
      assertThatThrownBy(() -> BudgetArticle.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'")
          .hasMessageContaining("accepted: fonction/économique[-suffixe][.année]");
    }
  }

  @Test
  void codeLongerThanTheSchemaLimitIsRejectedWithAShortMessage() {
    String fiftyOne = "104/123-48" + " ".repeat(41);
    assertThat(fiftyOne).hasSize(51);
    assertThatThrownBy(() -> BudgetArticle.parse(fiftyOne))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("51 characters, at most 50");
    assertThat(BudgetArticle.parse(fiftyOne.substring(0, 50))).hasToString("104/123-48");
  }

  @Test
  void megabyteTextIsRejectedOnItsLengthBeforeItIsRead() {
    // The message names the length, not a character: the length is checked before any parsing.
    String huge = "1".repeat(1_000_000);
    assertThatThrownBy(() -> BudgetArticle.parse(huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000000 characters, at most 50")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void partsOfOfAreCheckedAndNullsNamed() {
    assertThat(BudgetArticle.of("123", "45678")).hasToString("123/45678");
    assertThatThrownBy(() -> BudgetArticle.of("104", "12-3", "48"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("economicCode");
    assertThatThrownBy(() -> BudgetArticle.of("", "123", "48"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("function");
    assertThatThrownBy(() -> BudgetArticle.of("104", "123", "123456789"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("suffix");
    assertThatThrownBy(() -> BudgetArticle.of("104", null, "48"))
        .isInstanceOf(NullPointerException.class).hasMessage("economicCode");
    assertThatThrownBy(() -> BudgetArticle.parse(null))
        .isInstanceOf(NullPointerException.class).hasMessage("code");
    assertThatThrownBy(() -> BudgetArticle.parse("104/123").economicGroup(null, EXPENSES))
        .isInstanceOf(NullPointerException.class).hasMessage("service");
    assertThat(Optional.of(BudgetArticle.parse("104/123-48")))
        .contains(BudgetArticle.of("104", "123", "48"));
  }
}
