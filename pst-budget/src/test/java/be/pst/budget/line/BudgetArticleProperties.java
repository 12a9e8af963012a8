package be.pst.budget.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class BudgetArticleProperties {

  private static Arbitrary<String> part() {
    return Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
            .withCharRange('0', '9').ofMinLength(1).ofMaxLength(8),
        Arbitraries.of("104", "012", "000", "84010", "xxx", "wal", "45678", "48"));
  }

  /** Article texts of every shape: with or without suffix and year tag. */
  @Provide
  Arbitrary<String> texts() {
    return Combinators.combine(
            part(), part(), part().optional(), Arbitraries.integers().between(1000, 9999).optional())
        .as((function, economic, suffix, year) -> function + "/" + economic
            + suffix.map(s -> "-" + s).orElse("")
            + year.map(y -> "." + y).orElse(""));
  }

  @Provide
  Arbitrary<BudgetArticle> articles() {
    return texts().map(BudgetArticle::parse);
  }

  @Property
  void parsingTheTextOfAnArticleGivesTheSameArticle(@ForAll("articles") BudgetArticle article) {
    assertThat(BudgetArticle.parse(article.toString())).isEqualTo(article);
    assertThat(BudgetArticle.parse(article.toString()).hashCode()).isEqualTo(article.hashCode());
  }

  @Property
  void textIsKeptVerbatimAndPartsRebuildIt(
      @ForAll("texts") String text, @ForAll("spaces") String before, @ForAll("spaces") String after) {
    BudgetArticle article = BudgetArticle.parse(before + text + after);
    assertThat(article).hasToString(text);
    String rebuilt = article.function() + "/" + article.economicCode()
        + article.suffix().map(s -> "-" + s).orElse("")
        + (article.year().isPresent() ? "." + article.year().getAsInt() : "");
    assertThat(rebuilt).isEqualTo(text);
    assertThat(article.withoutYear().withYear(2024).withoutYear()).isEqualTo(article.withoutYear());
  }

  @Provide
  Arbitrary<String> spaces() {
    return Arbitraries.of("", " ", "\t", "\n ");
  }

  @Property
  void normalizedCodeIsNatureHyphenSubCode(@ForAll("articles") BudgetArticle article) {
    Optional<String> normalized = article.normalizedEconomicCode();
    normalized.ifPresent(code -> {
      assertThat(code).matches("[0-9]{3}-[0-9]{2}");
      assertThat(code).startsWith(article.economicNature().orElseThrow());
    });
  }

  @Property
  void anyShortTextIsReadOrRejectedWithAnIllegalArgument(
      @ForAll @StringLength(max = 60) String text) {
    try {
      BudgetArticle article = BudgetArticle.parse(text);
      assertThat(article).hasToString(text.strip());
    } catch (IllegalArgumentException rejected) {
      assertThat(rejected.getMessage()).isNotBlank();
    }
  }

  @Property
  void textsFromTheArticleAlphabetAreReadOrRejected(@ForAll("noise") String text) {
    try {
      assertThat(BudgetArticle.parse(text)).hasToString(text.strip());
    } catch (IllegalArgumentException rejected) {
      assertThat(rejected.getMessage()).contains("'");
    }
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings().withChars("0123456789ax/-.: ").ofMaxLength(50);
  }
}
