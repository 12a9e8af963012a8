package be.pst.budget.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.testdata.InventedAccounts;
import be.pst.budget.testdata.Ottignies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Projection against realised on the Ottignies per-action budget of 2020 and 2021, with realised
 * lines INVENTED FOR THE TEST ({@link InventedAccounts}): every figure is exact to the cent.
 */
class BudgetComparisonTest {

  private final BudgetedPlan plan = Ottignies.actionsBudget()
      .plusLines(InventedAccounts.lines(code -> code.substring(code.lastIndexOf('-') + 1)));
  private final BudgetComparison comparison =
      BudgetComparison.of(plan, BudgetFigure.PROJECTION, BudgetFigure.CHARGED);

  private static EuroAmount eur(String amount) {
    return EuroAmount.of(amount);
  }

  @Test
  void eachCellIsComparedToTheCent() {
    TableComparison table = comparison.table();

    Variance personnel = table.cell(2020, EconomicGroup.ofCode("70"));
    assertThat(personnel.reference()).isEqualTo(eur("279500.00"));
    assertThat(personnel.compared()).isEqualTo(eur("127350.45"));
    assertThat(personnel.difference()).isEqualTo(eur("-152149.55"));
    assertThat(personnel.percent(2, RoundingMode.HALF_EVEN)).hasValue(new BigDecimal("-54.44"));

    Variance investments = table.cell(2020, EconomicGroup.ofCode("91"));
    assertThat(investments.compared()).isEqualTo(eur("171202.40"));
    assertThat(investments.difference()).isEqualTo(eur("-116297.60"));
    assertThat(investments.formatPercent()).isEqualTo("-40,45 %");

    Variance net = table.netCost(2020);
    assertThat(net.reference()).isEqualTo(eur("116600.00"));
    assertThat(net.compared()).isEqualTo(eur("168802.85"));
    assertThat(net.difference()).isEqualTo(eur("52202.85"));
    assertThat(net.formatPercent()).isEqualTo("44,77 %");
  }

  @Test
  void aVarianceOnNothingPlannedHasNoPercentage() {
    Variance transfers = comparison.table().cell(2020, EconomicGroup.ofCode("72"));

    assertThat(transfers.reference()).isEqualTo(EuroAmount.zero());
    assertThat(transfers.difference()).isEqualTo(eur("1250.00"));
    assertThat(transfers.percent(2, RoundingMode.HALF_EVEN)).isEmpty();
    assertThat(transfers.formatPercent()).isEqualTo("n.d.");
    assertThat(comparison.table().toString())
        .containsPattern("(?m)^72 Transferts +Projection +0,00 +0,00 +0,00")
        .containsPattern("(?m)^ +écart % +n\\.d\\. +n\\.d\\. +n\\.d\\.")
        .contains("n.d. : montant de référence nul");
  }

  @Test
  void perActionAndPerObjectiveTheBucketsAddUpToTheTotal() {
    RollUpComparison<String> byElement = comparison.byElement();
    Variance a1 = byElement.get("A1").orElseThrow().cell(2020, EconomicGroup.ofCode("70"));
    assertThat(a1.difference()).isEqualTo(eur("-5649.55"));
    assertThat(a1.formatPercent()).isEqualTo("-4,25 %");
    assertThat(byElement.get("A1").orElseThrow().cell(2021, EconomicGroup.ofCode("70"))
        .formatPercent()).isEqualTo("-1,51 %");
    assertThat(byElement.unallocated().totalNetCost().compared()).isEqualTo(eur("2000.00"));

    RollUpComparison<String> byOs = comparison.byStrategicObjective();
    assertThat(byOs.get("OS1").orElseThrow().totalNetCost())
        .isEqualTo(new Variance(eur("90150.00"), eur("335222.92")));
    EuroAmount planned = byOs.unallocated().totalNetCost().reference();
    EuroAmount realised = byOs.unallocated().totalNetCost().compared();
    for (TableComparison bucket : byOs.buckets().values()) {
      planned = planned.add(bucket.totalNetCost().reference());
      realised = realised.add(bucket.totalNetCost().compared());
    }
    assertThat(new Variance(planned, realised)).isEqualTo(byOs.total().totalNetCost());
    assertThat(realised).isEqualTo(eur("337222.92"));
    assertThat(byOs.toString()).containsPattern("(?m)^Total +\\S+ +337\\.222,92 ");
  }

  @Test
  void realisedLinesNeverEnterThePlannedSide() {
    assertThat(comparison.table().reference().figure()).isEqualTo(BudgetFigure.PROJECTION);
    assertThat(comparison.table().compared().figure()).isEqualTo(BudgetFigure.CHARGED);
    assertThat(comparison.table().totalNetCost().reference())
        .isEqualTo(BudgetComparison.of(Ottignies.actionsBudget(), BudgetFigure.PROJECTION,
            BudgetFigure.CHARGED).table().totalNetCost().reference());
    assertThatThrownBy(() -> BudgetComparison.of(plan, BudgetFigure.CHARGED, BudgetFigure.CHARGED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Imputé");
  }

  @Test
  void withinKeepsTheClosedExercicesOnly() {
    assertThat(comparison.realisedExercices()).hasValueSatisfying(range ->
        assertThat(range).containsExactly(2020, 2021));
    BudgetComparison closed = comparison.within(2020, 2020);

    assertThat(closed.table().exercices()).containsExactly(2020);
    assertThat(closed.table().totalNetCost().difference()).isEqualTo(eur("52202.85"));
    assertThat(closed.byStrategicObjective().total().exercices()).containsExactly(2020);
  }

  @Test
  void theTextTableShowsBothFiguresTheVarianceAndThePercentage() {
    String text = comparison.table().toString();

    assertThat(text)
        .startsWith("Total par groupe économique — Projection et Imputé\n")
        .containsPattern("(?m)^70 Personnel +Projection +0,00 +279\\.500,00 +390\\.500,00")
        .containsPattern("(?m)^ +Imputé +0,00 +127\\.350,45 +168\\.420,07")
        .containsPattern("(?m)^ +écart +0,00 +-152\\.149,55 +-222\\.079,93")
        .containsPattern("(?m)^ +écart % +n\\.d\\. +-54,44 % +-56,87 %");
  }
}
