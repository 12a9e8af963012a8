package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetTable;
import be.pst.budget.Budgets;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.testdata.Ottignies;
import be.pst.io.json.PstJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.money.MonetaryAmount;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Ottignies example reproduces the budget annex of its seed (000, "Annexe 2 : budget du
 * PST 2019-2024") to the cent: every cell of "Total par groupe économique", the totals per
 * exercice, the total net cost, and the per-action table ("Budget détaillé par actions").
 */
class OttigniesBudgetTest {

  private static final Path PST = Path.of(System.getProperty("pst.repo.root", ".."))
      .resolve("examples/ottignies-2019-2024/pst.json");

  private static final int[] EXERCICES = {2019, 2020, 2021, 2022, 2023, 2024};

  /**
   * "Total par groupe économique", as printed in the seed (000_fb4676e5cae7bdf3.txt, lines
   * 1812-1830), row by row: group code, then 2019 to 2024; typed in once, in pst-budget's test
   * fixtures. The annex leaves the 80 Transferts cells of 2021 to 2024 blank: read as zero.
   */
  private static final String[][] ANNEX = Ottignies.TOTALS;

  /** "Total des Recettes (Ord. + Extra.)", 2019 to 2024. */
  private static final String[] TOTAL_RECEIPTS = Ottignies.TOTAL_RECEIPTS;

  /** "Total des Dépenses (Ord. + Extra.)", 2019 to 2024. */
  private static final String[] TOTAL_EXPENSES = Ottignies.TOTAL_EXPENSES;

  /** "Coût net", 2019 to 2024. */
  private static final String[] NET_COST = Ottignies.NET_COST;

  /** "Coût total PST 2019-2024", printed negative in the annex. */
  private static final String TOTAL_COST = "-984.700,00";

  /**
   * The 2020 half of the per-action row "A1 - Garantir le maintien de milieux d'accueil de
   * qualité…" (the first row of pst-budget's fixture), in the annex's column order: ordinary
   * receipts Transfert, Prestations; ordinary expenses Dettes, Fonctionn., Personnel;
   * extraordinary receipts Dettes, Transfert; extraordinary expenses Investis.
   */
  private static final String[] A1_2020 =
      Arrays.copyOfRange(Ottignies.ACTION_ROWS[0].split("\\|"), 1, 9);

  /** The groups of the per-action table's columns, in its order. */
  private static final String[] PER_ACTION_COLUMNS = Ottignies.ACTION_COLUMNS;

  private static BudgetedPlan pst;
  private static BudgetTable table;

  @BeforeAll
  static void consolidate() throws Exception {
    pst = PstJson.read(PST);
    table = Budgets.consolidate(pst);
  }

  @Test
  void everyCellOfTotalParGroupeEconomiqueEqualsTheAnnex() {
    SoftAssertions softly = new SoftAssertions();
    for (String[] row : ANNEX) {
      EconomicGroup group = EconomicGroup.ofCode(row[0]);
      for (int e = 0; e < EXERCICES.length; e++) {
        softly.assertThat(table.amount(EXERCICES[e], group))
            .as("%s %s in %d", group.code(), group.label(), EXERCICES[e])
            .isEqualTo(annex(row[e + 1]));
      }
    }
    softly.assertAll();
  }

  @Test
  void hasTheNineRowsOfTheAnnexAndTheSixExercices() {
    List<EconomicGroup> rows = new ArrayList<>();
    for (String[] row : ANNEX) {
      rows.add(EconomicGroup.ofCode(row[0]));
    }

    assertThat(table.groups()).containsExactlyInAnyOrderElementsOf(rows);
    assertThat(table.exercices()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024);
  }

  @Test
  void totalReceiptsExpensesAndNetCostOfEachExerciceEqualTheAnnex() {
    SoftAssertions softly = new SoftAssertions();
    for (int e = 0; e < EXERCICES.length; e++) {
      int exercice = EXERCICES[e];
      softly.assertThat(table.totalReceipts(exercice)).as("receipts %d", exercice)
          .isEqualTo(annex(TOTAL_RECEIPTS[e]));
      softly.assertThat(table.totalExpenses(exercice)).as("expenses %d", exercice)
          .isEqualTo(annex(TOTAL_EXPENSES[e]));
      softly.assertThat(table.netCost(exercice)).as("net cost %d", exercice)
          .isEqualTo(annex(NET_COST[e]));
    }
    softly.assertAll();
  }

  @Test
  void totalNetCostIs984700Euros() {
    assertThat(table.totalNetCost()).isEqualTo(EuroAmount.of("984700.00"));
    assertThat(table.totalNetCost().negate()).isEqualTo(annex(TOTAL_COST));
    assertThat(EuroAmount.from(table.totalNetCost()).format()).isEqualTo("984.700,00 €");
  }

  @Test
  void printsTheAnnexRowsWithBelgianAmounts() {
    String printed = table.toString();

    assertThat(printed).startsWith("Total par groupe économique\n")
        .containsPattern("(?m)^91 Investissements +0,00 +287\\.500,00 +96\\.000,00 +22\\.000,00"
            + " +42\\.000,00 +22\\.000,00$")
        .containsPattern("(?m)^88 Prélèvements( +0,00){6}$")
        .containsPattern("(?m)^Coût net \\(dépenses − recettes\\) +0,00 +116\\.600,00 +190\\.250,00 +207\\.850,00"
            + " +237\\.700,00 +232\\.300,00$")
        .contains("Coût total 2019-2024 (dépenses − recettes)  984.700,00");
  }

  @Test
  void action1In2020EqualsItsRowOfTheBudgetPerAction() {
    BudgetTable a1 = Budgets.byElement(pst).get("OS1-OP1-A1").orElseThrow();

    assertThat(a1).isNotNull();
    SoftAssertions softly = new SoftAssertions();
    for (int c = 0; c < PER_ACTION_COLUMNS.length; c++) {
      EconomicGroup group = EconomicGroup.ofCode(PER_ACTION_COLUMNS[c]);
      softly.assertThat(a1.amount(2020, group)).as("A1 2020 %s", group.code())
          .isEqualTo(EuroAmount.parseBelgian(A1_2020[c]));
    }
    softly.assertAll();
    assertThat(a1.netCost(2020)).isEqualTo(EuroAmount.of("23500.00"));
  }

  @Test
  void perActionLinesOf2020And2021AddUpToTheAnnexTotals() {
    BudgetTable perAction = Budgets.consolidate(pst, action -> true);

    for (int exercice : new int[] {2020, 2021}) {
      for (String[] row : ANNEX) {
        EconomicGroup group = EconomicGroup.ofCode(row[0]);
        assertThat(perAction.amount(exercice, group)).as("%s in %d", group.code(), exercice)
            .isEqualTo(table.amount(exercice, group));
      }
    }
    assertThat(perAction.netCost(2022)).isEqualTo(EuroAmount.zero());
  }

  private static MonetaryAmount annex(String printed) {
    return printed.isEmpty() ? EuroAmount.zero() : EuroAmount.parseBelgian(printed);
  }
}
