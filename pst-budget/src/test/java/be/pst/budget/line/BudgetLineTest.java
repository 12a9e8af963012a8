package be.pst.budget.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.money.CurrencyMismatchException;
import be.pst.budget.money.Euros;
import be.pst.core.funding.Funder;
import be.pst.core.funding.FundingSource;
import java.math.BigDecimal;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class BudgetLineTest {

  @Test
  void lineKeepsItsAmountAsCents() {
    BudgetLine line = BudgetLine.builder()
        .elementCode("A43")
        .exercice(2024)
        .group(EconomicGroup.ORDINARY_EXPENSES_OPERATING)
        .amount(Euros.of("5000"))
        .label("Création de la brochure")
        .article(BudgetArticle.parse("104/123-48"))
        .funding(FundingSource.of(Funder.OWN_FUNDS))
        .estimate(true)
        .build();

    assertThat(line.amountCents()).isEqualTo(500_000L);
    assertThat(line.amount()).isEqualByComparingTo(Money.of(5000, "EUR"));
    assertThat(line.isPlanLevel()).isFalse();
    assertThat(line.estimate()).isTrue();
    assertThat(line.toString()).isEqualTo(
        "A43 2024 71 Fonctionnement 5.000,00 € (estimation) Création de la brochure");
  }

  @Test
  void lineWithoutElementCodeBelongsToThePlan() {
    BudgetLine line = BudgetLine.of(2020, EconomicGroup.ofCode("91"), Euros.of("287500"));
    assertThat(line.isPlanLevel()).isTrue();
    assertThat(line.estimate()).isFalse();
    assertThat(line.withElementCode("A1").elementCode()).hasValue("A1");
    assertThat(line.withElementCode("A1").withoutElementCode()).isEqualTo(line);
  }

  @Test
  void copiesChangeOneAttribute() {
    BudgetLine line = BudgetLine.of("A1", 2020, EconomicGroup.ofCode("70"), Euros.of("133000"));
    assertThat(line.withAmount(Euros.of("1")).amountCents()).isEqualTo(100);
    assertThat(line.withExercice(2021).exercice()).isEqualTo(2021);
    assertThat(line.withGroup(EconomicGroup.ofCode("71")).group().code()).isEqualTo("71");
    assertThat(line.withEstimate(true).estimate()).isTrue();
  }

  @Test
  void fractionOfACentOrForeignCurrencyIsRejected() {
    BudgetLine.Builder builder = BudgetLine.builder().exercice(2020).group(EconomicGroup.ofCode("70"));
    assertThatThrownBy(() -> builder.amount(Money.of(new BigDecimal("0.125"), "EUR")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.125");
    assertThatThrownBy(() -> builder.amount(Money.of(1, "USD")))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void missingGroupOrNonsenseExerciceIsRejected() {
    assertThatThrownBy(() -> BudgetLine.builder().exercice(2020).amountCents(1).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("group");
    assertThatThrownBy(() -> BudgetLine.builder().exercice(2020).group(EconomicGroup.ofCode("70"))
        .build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("amountCents");
    assertThatThrownBy(() -> BudgetLine.builder().exercice(20).group(EconomicGroup.ofCode("70"))
        .amountCents(1).build())
        .hasMessageContaining("exercice").hasMessageContaining("20");
    assertThatThrownBy(() -> BudgetLine.of(" ", 2020, EconomicGroup.ofCode("70"), Euros.zero()))
        .hasMessageContaining("elementCode");
  }
}
