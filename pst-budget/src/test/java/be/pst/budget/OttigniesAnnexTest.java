package be.pst.budget;

import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_EXPENSES_INVESTMENTS;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_RECEIPTS_DEBT;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_RECEIPTS_TRANSFERS;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_DEBT;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_OPERATING;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_STAFF;
import static be.pst.budget.group.EconomicGroup.ORDINARY_RECEIPTS_FEES;
import static be.pst.budget.group.EconomicGroup.ORDINARY_RECEIPTS_TRANSFERS;
import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.testdata.Ottignies;
import be.pst.core.action.ActionFilters;
import be.pst.core.element.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The budget annex of seed 000 (Ottignies-Louvain-la-Neuve), consolidated. */
class OttigniesAnnexTest {

  private static String plain(Object amount) {
    return EuroAmount.from((javax.money.MonetaryAmount) amount).formatPlain();
  }

  private static String annex(String printed) {
    // The annex prints zero as "0"; we print it "0,00".
    return printed.equals("0") || printed.isEmpty() ? "0,00" : printed;
  }

  @Test
  void everyCellOfTheTotalsTableIsConsolidated() {
    BudgetTable table = Budgets.consolidate(Ottignies.totalsBudget());

    assertThat(table.exercices()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024);
    for (String[] row : Ottignies.TOTALS) {
      EconomicGroup group = EconomicGroup.ofCode(row[0]);
      for (int c = 1; c < row.length; c++) {
        assertThat(plain(table.amount(2018 + c, group)))
            .as("%s %d", row[0], 2018 + c)
            .isEqualTo(annex(row[c]));
      }
    }
  }

  @Test
  void yearlyTotalsAndNetCostAreThoseOfTheAnnex() {
    BudgetTable table = Budgets.consolidate(Ottignies.totalsBudget());

    for (int i = 0; i < 6; i++) {
      int year = 2019 + i;
      assertThat(plain(table.totalReceipts(year))).as("receipts %d", year)
          .isEqualTo(annex(Ottignies.TOTAL_RECEIPTS[i]));
      assertThat(plain(table.totalExpenses(year))).as("expenses %d", year)
          .isEqualTo(annex(Ottignies.TOTAL_EXPENSES[i]));
      assertThat(plain(table.netCost(year))).as("net cost %d", year)
          .isEqualTo(annex(Ottignies.NET_COST[i]));
    }
  }

  @Test
  void totalNetCostOverTheLegislatureIs984700Euros() {
    BudgetTable table = Budgets.consolidate(Ottignies.totalsBudget());

    assertThat(EuroAmount.from(table.totalNetCost()).format()).isEqualTo("984.700,00 €");
    assertThat(table.totalNetCost()).isEqualTo(EuroAmount.of("984700.00"));
    assertThat(table.toString()).contains("Coût total 2019-2024 (dépenses − recettes)  984.700,00");
  }

  @Test
  void totalsPerServiceAndSideAddTheirGroups() {
    BudgetTable table = Budgets.consolidate(Ottignies.totalsBudget());

    assertThat(plain(table.total(2020, Service.ORDINARY, Side.RECEIPTS))).isEqualTo("214.000,00");
    assertThat(plain(table.total(2020, Service.ORDINARY, Side.EXPENSES))).isEqualTo("300.600,00");
    assertThat(plain(table.total(2020, Service.EXTRAORDINARY, Side.RECEIPTS)))
        .isEqualTo("257.500,00");
    assertThat(plain(table.total(2020, Service.EXTRAORDINARY, Side.EXPENSES)))
        .isEqualTo("287.500,00");
    assertThat(plain(table.total(2021, Service.ORDINARY, Side.EXPENSES))).isEqualTo("440.650,00");
    assertThat(plain(table.total(EXTRAORDINARY_EXPENSES_INVESTMENTS))).isEqualTo("469.500,00");
  }

  @Test
  void textTableFollowsTheAnnexLayout() {
    BudgetTable table = Budgets.consolidate(Ottignies.totalsBudget());

    assertThat(table.toString()).isEqualTo(String.join("\n",
        "Total par groupe économique",
        "Les Projections                     2019        2020        2021        2022        2023        2024",
        "Dépenses Extraordinaires",
        "91 Investissements                  0,00  287.500,00   96.000,00   22.000,00   42.000,00   22.000,00",
        "Recettes Extraordinaires",
        "80 Transferts                       0,00   64.100,00        0,00        0,00        0,00        0,00",
        "82 Dettes                           0,00  193.400,00   96.000,00   22.000,00   42.000,00   22.000,00",
        "88 Prélèvements                     0,00        0,00        0,00        0,00        0,00        0,00",
        "Dépenses Ordinaires",
        "70 Personnel                        0,00  279.500,00  390.500,00  431.000,00  551.500,00  592.000,00",
        "71 Fonctionnement                   0,00   18.000,00   21.000,00   16.600,00   41.600,00   23.600,00",
        "7X Dettes                           0,00    3.100,00   29.150,00   47.050,00   51.300,00   59.800,00",
        "Recettes Ordinaires",
        "60 Prestations                      0,00   37.000,00   37.000,00   37.000,00   44.500,00   44.500,00",
        "61 Transferts                       0,00  177.000,00  213.400,00  249.800,00  362.200,00  398.600,00",
        "Total des Recettes (Ord. + Extra.)  0,00  471.500,00  346.400,00  308.800,00  448.700,00  465.100,00",
        "Total des Dépenses (Ord. + Extra.)  0,00  588.100,00  536.650,00  516.650,00  686.400,00  697.400,00",
        "Coût net (dépenses − recettes)      0,00  116.600,00  190.250,00  207.850,00  237.700,00  232.300,00",
        "Coût total 2019-2024 (dépenses − recettes)  984.700,00",
        ""));
  }

  @Test
  void rowsGiveTheAnnexAsDataForWriters() {
    List<BudgetTable.Row> rows = Budgets.consolidate(Ottignies.totalsBudget()).rows();

    assertThat(rows).extracting(BudgetTable.Row::label).containsExactly(
        "Dépenses Extraordinaires", "91 Investissements",
        "Recettes Extraordinaires", "80 Transferts", "82 Dettes", "88 Prélèvements",
        "Dépenses Ordinaires", "70 Personnel", "71 Fonctionnement", "7X Dettes",
        "Recettes Ordinaires", "60 Prestations", "61 Transferts",
        "Total des Recettes (Ord. + Extra.)", "Total des Dépenses (Ord. + Extra.)",
        "Coût net (dépenses − recettes)");
    BudgetTable.Row investments = rows.get(1);
    assertThat(investments.group()).hasValue(EXTRAORDINARY_EXPENSES_INVESTMENTS);
    assertThat(investments.amounts()).extracting(EuroAmount::formatPlain).containsExactly(
        "0,00", "287.500,00", "96.000,00", "22.000,00", "42.000,00", "22.000,00");
    assertThat(investments.total()).isEqualTo(EuroAmount.of("469500.00"));
    assertThat(rows.get(rows.size() - 1).total()).isEqualTo(EuroAmount.of("984700.00"));
  }

  @Test
  void perActionRowsAddUpToTheTotalsOf2020And2021() {
    BudgetTable actions = Budgets.consolidate(Ottignies.actionsBudget());
    BudgetTable totals = Budgets.consolidate(Ottignies.totalsBudget());

    for (int year : new int[] {2020, 2021}) {
      for (EconomicGroup group : EconomicGroup.values()) {
        assertThat(actions.amount(year, group)).as("%s %d", group.code(), year)
            .isEqualTo(totals.amount(year, group));
      }
      assertThat(actions.netCost(year)).isEqualTo(totals.netCost(year));
    }
  }

  @Test
  void actionA1RowOf2020IsItsOwnLines() {
    BudgetTable a1 = Budgets.byElement(Ottignies.actionsBudget()).get("A1").orElseThrow();

    assertThat(plain(a1.amount(2020, ORDINARY_RECEIPTS_TRANSFERS))).isEqualTo("133.000,00");
    assertThat(plain(a1.amount(2020, ORDINARY_RECEIPTS_FEES))).isEqualTo("10.000,00");
    assertThat(plain(a1.amount(2020, ORDINARY_EXPENSES_DEBT))).isEqualTo("500,00");
    assertThat(plain(a1.amount(2020, ORDINARY_EXPENSES_OPERATING))).isEqualTo("3.000,00");
    assertThat(plain(a1.amount(2020, ORDINARY_EXPENSES_STAFF))).isEqualTo("133.000,00");
    assertThat(plain(a1.amount(2020, EXTRAORDINARY_RECEIPTS_DEBT))).isEqualTo("46.400,00");
    assertThat(plain(a1.amount(2020, EXTRAORDINARY_RECEIPTS_TRANSFERS))).isEqualTo("61.600,00");
    assertThat(plain(a1.amount(2020, EXTRAORDINARY_EXPENSES_INVESTMENTS))).isEqualTo("138.000,00");
    assertThat(plain(a1.totalReceipts(2020))).isEqualTo("251.000,00");
    assertThat(plain(a1.totalExpenses(2020))).isEqualTo("274.500,00");
    assertThat(plain(a1.netCost(2020))).isEqualTo("23.500,00");
  }

  @Test
  void byElementListsActionsWithLinesInDocumentOrder() {
    RollUp<String> byElement = Budgets.byElement(Ottignies.actionsBudget());

    assertThat(byElement.keys()).containsExactly(
        "A1", "A5", "A6", "A9", "A11", "A21", "A28", "A30", "A31", "A33", "A34", "A36", "A37",
        "A40", "A43");
    assertThat(byElement.get("A5").orElseThrow().exercices()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024);
  }

  @Test
  void strategicObjectiveRollUpAddsTheActionsUnderIt() {
    RollUp<String> byOs =
        Budgets.byStrategicObjective(Ottignies.actionsBudget(), RemainderPolicy.LARGEST_REMAINDER);

    assertThat(byOs.keys()).containsExactly("OS1", "OS2", "OS3", "OS4", "OS5");
    // OS4 2021, 7X: A30 100 + A31 200 + A34 100 + A36 2.100
    assertThat(plain(byOs.get("OS4").orElseThrow().amount(2021, ORDINARY_EXPENSES_DEBT))).isEqualTo("2.500,00");
    // OS1 2020, 70: A1 133.000 + A5 40.500
    assertThat(plain(byOs.get("OS1").orElseThrow().amount(2020, ORDINARY_EXPENSES_STAFF))).isEqualTo("173.500,00");
    BudgetTable sum = byOs.buckets().values().stream().reduce(BudgetTable::plus).orElseThrow();
    assertThat(sum).isEqualTo(Budgets.consolidate(Ottignies.actionsBudget()));
  }

  @Test
  void operationalObjectiveRollUpKeepsEveryCent() {
    RollUp<String> byOo = Budgets.byOperationalObjective(
        Ottignies.actionsBudget(), RemainderPolicy.LARGEST_REMAINDER);

    assertThat(plain(byOo.get("OP11").orElseThrow().amount(2021, EXTRAORDINARY_EXPENSES_INVESTMENTS)))
        .isEqualTo("30.000,00");
    BudgetTable sum = byOo.buckets().values().stream().reduce(BudgetTable::plus).orElseThrow();
    assertThat(sum).isEqualTo(Budgets.consolidate(Ottignies.actionsBudget()));
  }

  @Test
  void statusFilterKeepsOnlyTheLinesOfMatchingActions() {
    BudgetTable underStudy = Budgets.consolidate(
        Ottignies.actionsBudget(), ActionFilters.status(Status.UNDER_STUDY));

    // 2021 91 of the actions under study: A30 10.000 + A31 20.000 + A34 10.000
    assertThat(plain(underStudy.amount(2021, EXTRAORDINARY_EXPENSES_INVESTMENTS)))
        .isEqualTo("40.000,00");
    // 2020 91: A11 100.000
    assertThat(plain(underStudy.amount(2020, EXTRAORDINARY_EXPENSES_INVESTMENTS)))
        .isEqualTo("100.000,00");
    BudgetTable inProgress = Budgets.consolidate(
        Ottignies.actionsBudget(), ActionFilters.status(Status.IN_PROGRESS));
    assertThat(underStudy.plus(inProgress))
        .isEqualTo(Budgets.consolidate(Ottignies.actionsBudget()));
  }
}
