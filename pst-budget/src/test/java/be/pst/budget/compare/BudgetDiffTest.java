package be.pst.budget.compare;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.testdata.Ottignies;
import be.pst.core.diff.ChangeKind;
import org.junit.jupiter.api.Test;

/** The budget of two versions of the Ottignies per-action budget, element by element. */
class BudgetDiffTest {

  private final BudgetedPlan older = Ottignies.actionsBudget();
  private final BudgetedPlan newer = older.postpone("A9", 1).remove("A6").recode("A1", "A1bis");
  private final BudgetDiff diff = BudgetDiff.between(older, newer);

  @Test
  void aRecodedActionKeepsItsLinesAndOnlyMovedOrDroppedLinesChange() {
    assertThat(diff.planDiff().changes(ChangeKind.RECODED)).hasSize(1);
    assertThat(diff.changedElements()).containsOnlyKeys("A9", "A6");
    assertThat(diff.byElement().get("A1bis").orElseThrow().isZero()).isTrue();
    assertThat(diff.byElement().label("A6")).isEqualTo("A6 - Action A6 (supprimé)");
    assertThat(diff.changedElements().get("A6").totalNetCost().compared())
        .isEqualTo(EuroAmount.zero());
  }

  @Test
  void cellDeltasAreExact() {
    TableComparison table = diff.table();

    assertThat(table.cell(2020, EconomicGroup.ofCode("91")).difference())
        .isEqualTo(EuroAmount.of("-32500.00"));
    assertThat(table.cell(2021, EconomicGroup.ofCode("91")).difference())
        .isEqualTo(EuroAmount.of("2500.00"));
    assertThat(table.cell(2022, EconomicGroup.ofCode("7X")).difference())
        .isEqualTo(EuroAmount.of("6400.00"));
    assertThat(table.totalNetCost().difference()).isEqualTo(EuroAmount.of("-100.00"));
    assertThat(diff.isEmpty()).isFalse();
    assertThat(BudgetDiff.between(older, older).isEmpty()).isTrue();
  }

  @Test
  void theTextNamesTheElementsWhoseBudgetChanged() {
    assertThat(diff.toString())
        .contains("2 élément(s) dont le budget change")
        .containsPattern("(?m)^  A6 - Action A6 \\(supprimé\\) +100,00 +0,00 +-100,00$")
        .containsPattern("(?m)^  tout +\\S+ +\\S+ +-100,00$");
  }
}
