package be.pst.budget.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.money.CurrencyMismatchException;
import be.pst.budget.money.EuroAmount;
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
        .amount(EuroAmount.of("5000"))
        .label("Création de la brochure")
        .article(BudgetArticle.parse("104/123-48"))
        .funding(FundingSource.of(Funder.OWN_FUNDS))
        .estimate(true)
        .build();

    assertThat(line.amount().cents()).isEqualTo(500_000L);
    assertThat(line.amount().isEqualTo(Money.of(5000, "EUR"))).isTrue();
    assertThat(line.service()).isEqualTo(be.pst.budget.group.Service.ORDINARY);
    assertThat(line.side()).isEqualTo(be.pst.budget.group.Side.EXPENSES);
    assertThat(line.figure()).isEqualTo(BudgetFigure.PROJECTION);
    assertThat(line.isPlanLevel()).isFalse();
    assertThat(line.estimate()).isTrue();
    assertThat(line.toString()).isEqualTo(
        "A43 2024 71 Fonctionnement 5.000,00 € (estimation) Création de la brochure");
  }

  @Test
  void lineWithoutElementCodeBelongsToThePlan() {
    BudgetLine line = BudgetLine.of(2020, EconomicGroup.ofCode("91"), EuroAmount.of("287500"));
    assertThat(line.isPlanLevel()).isTrue();
    assertThat(line.estimate()).isFalse();
    assertThat(line.withElementCode("A1").elementCode()).hasValue("A1");
    assertThat(line.withElementCode("A1").withElementCode(java.util.Optional.empty())).isEqualTo(line);
  }

  @Test
  void copiesChangeOneAttribute() {
    BudgetLine line = BudgetLine.of("A1", 2020, EconomicGroup.ofCode("70"), EuroAmount.of("133000"));
    assertThat(line.withAmount(EuroAmount.of("1")).amount().cents()).isEqualTo(100);
    assertThat(line.withExercice(2021).exercice()).isEqualTo(2021);
    assertThat(line.withGroup(EconomicGroup.ofCode("71")).group().orElseThrow().code()).isEqualTo("71");
    assertThat(line.withFigure(BudgetFigure.CHARGED).figure()).isEqualTo(BudgetFigure.CHARGED);
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
    assertThatThrownBy(() -> BudgetLine.builder().exercice(2020).amount(EuroAmount.ofCents(1)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("group");
    assertThatThrownBy(() -> BudgetLine.builder().exercice(2020).group(EconomicGroup.ofCode("70"))
        .build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> BudgetLine.builder().exercice(20).group(EconomicGroup.ofCode("70"))
        .amount(EuroAmount.ofCents(1)).build())
        .hasMessageContaining("exercice").hasMessageContaining("20");
    assertThatThrownBy(() -> BudgetLine.of(" ", 2020, EconomicGroup.ofCode("70"), EuroAmount.zero()))
        .hasMessageContaining("elementCode");
  }

  @Test
  void aGroupThatContradictsTheServiceOrSideIsRejected() {
    assertThatThrownBy(() -> BudgetLine.builder().exercice(2020).group(EconomicGroup.ofCode("70"))
        .side(be.pst.budget.group.Side.RECEIPTS).amount(EuroAmount.ofCents(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("70").hasMessageContaining("recettes");
  }

  @Test
  void aLineWithoutGroupKeepsItsServiceAndSideAndSaysSo() {
    BudgetLine line = BudgetLine.builder().elementCode("A1").exercice(2020)
        .service(be.pst.budget.group.Service.EXTRAORDINARY).side(be.pst.budget.group.Side.EXPENSES)
        .article(BudgetArticle.parse("123/45678.2020")).amount(EuroAmount.of("10"))
        .figure(BudgetFigure.BUDGET).build();

    assertThat(line.group()).isEmpty();
    assertThat(line.toString()).isEqualTo("A1 2020 extraordinaire dépenses non classé 10,00 € (Budget)");
  }

  @Test
  void anAmountBeyondALongOfCentsIsRejected() {
    EuroAmount huge = EuroAmount.ofCents(Long.MAX_VALUE).add(EuroAmount.ofCents(1));
    assertThatThrownBy(() -> BudgetLine.of(2020, EconomicGroup.ofCode("70"), huge))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("92.233.720.368.547.758,07");
  }
}
