package be.pst.budget;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.testdata.Ottignies;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineColumnsTest {

  @Test
  void columnsHoldEachLinesExerciceRowFigureAndCentsInOrder() {
    List<BudgetLine> lines = Ottignies.actionLines();
    LineColumns columns = LineColumns.of(lines);

    assertThat(columns.size()).isEqualTo(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(columns.exercice(i)).isEqualTo(lines.get(i).exercice());
      assertThat(columns.row(i)).isEqualTo(lines.get(i).group().orElseThrow().ordinal());
      assertThat(columns.cents(i)).isEqualTo(lines.get(i).amount().cents());
      assertThat(columns.is(i, BudgetFigure.PROJECTION)).isTrue();
    }
  }

  @Test
  void aLineWithoutGroupHasTheUnclassifiedRowOfItsServiceAndSide() {
    BudgetLine line = BudgetLine.builder().exercice(2020).service(Service.EXTRAORDINARY)
        .side(Side.RECEIPTS).amount(EuroAmount.of("1")).build();

    assertThat(LineColumns.row(line))
        .isEqualTo(LineColumns.unclassifiedRow(Service.EXTRAORDINARY, Side.RECEIPTS))
        .isGreaterThanOrEqualTo(CellMatrix.GROUPS)
        .isLessThan(CellMatrix.ROWS);
  }

  @Test
  void aPlanConsolidatesThroughItsColumnsToTheTableOfItsLines() {
    BudgetedPlan plan = Ottignies.actionsBudget();

    BudgetTable ofLines = BudgetTable.empty(BudgetFigure.PROJECTION, 2019, 2024)
        .plus(Budgets.consolidate(plan.lines()));

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
