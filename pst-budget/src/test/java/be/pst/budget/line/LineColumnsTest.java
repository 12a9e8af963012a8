package be.pst.budget.line;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.consolidation.BudgetTable;
import be.pst.budget.consolidation.Budgets;
import be.pst.budget.plan.BudgetedPlan;
import be.pst.budget.testdata.Ottignies;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineColumnsTest {

  @Test
  void columnsHoldEachLinesExerciceGroupAndCentsInOrder() {
    List<BudgetLine> lines = Ottignies.actionLines();
    LineColumns columns = LineColumns.of(lines);

    assertThat(columns.size()).isEqualTo(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(columns.exercice(i)).isEqualTo(lines.get(i).exercice());
      assertThat(columns.group(i)).isEqualTo(lines.get(i).group());
      assertThat(columns.groupOrdinal(i)).isEqualTo(lines.get(i).group().ordinal());
      assertThat(columns.cents(i)).isEqualTo(lines.get(i).amountCents());
    }
    assertThat(columns).hasToString("LineColumns[" + lines.size() + " lignes]");
  }

  @Test
  void aPlanConsolidatesThroughItsColumnsToTheTableOfItsLines() {
    BudgetedPlan plan = Ottignies.actionsBudget();

    BudgetTable ofLines = BudgetTable.empty(2019, 2024).plus(Budgets.consolidate(plan.lines()));

    assertThat(plan.columns()).isSameAs(plan.columns());
    assertThat(Budgets.consolidate(plan)).isEqualTo(ofLines);
    assertThat(Budgets.consolidate(plan, plan)).isEqualTo(ofLines.plus(ofLines));
  }

  @Test
  void columnsAreNotPartOfTheEqualityOfABudgetedPlan() {
    BudgetedPlan plan = Ottignies.actionsBudget();
    BudgetedPlan copy = BudgetedPlan.of(plan.plan(), plan.lines());
    plan.columns();

    assertThat(copy).isEqualTo(plan).hasSameHashCodeAs(plan);
  }
}
