package be.pst.budget.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BudgetArticleTest {

  @Test
  void articleCodeIsSplitIntoFunctionEconomicCodeAndSuffix() {
    BudgetArticle article = BudgetArticle.parse("104/123-48");
    assertThat(article.function()).isEqualTo("104");
    assertThat(article.economicCode()).isEqualTo("123");
    assertThat(article.suffix()).isEqualTo("48");
    assertThat(article.year()).isEmpty();
    assertThat(article).hasToString("104/123-48").isEqualTo(BudgetArticle.of("104", "123", "48"));
  }

  @Test
  void yearTaggedEcomptesCodeIsRead() {
    BudgetArticle article = BudgetArticle.parse("xxx/wal-13.2019");
    assertThat(article.function()).isEqualTo("xxx");
    assertThat(article.economicCode()).isEqualTo("wal");
    assertThat(article.suffix()).isEqualTo("13");
    assertThat(article.year()).isEqualTo(OptionalInt.of(2019));
    assertThat(article).hasToString("xxx/wal-13.2019");
    assertThat(article.withoutYear()).hasToString("xxx/wal-13");
    assertThat(BudgetArticle.parse("104/123-48").withYear(2020)).hasToString("104/123-48.2020");
  }

  @Test
  void malformedCodeIsRejectedNamingIt() {
    for (String bad : List.of("104-123/48", "104/123", "/123-48", "104/123-48.19", "104 /123-48", "")) {
      assertThatThrownBy(() -> BudgetArticle.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
  }
}
