package be.pst.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetTable;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.Budgets;
import be.pst.budget.RemainderPolicy;
import be.pst.budget.RollUp;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.testdata.Ottignies;
import be.pst.io.json.PstJson;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Ottignies example budget (86 lines) exported to spreadsheets and imported back
 * consolidates to the annex of the seed, as typed in pst-budget's fixtures; the annex written
 * to CSV and {@code .xlsx} holds the annex's figures.
 */
class OttigniesSheetsTest {

  private static final Path EXAMPLE = Path.of("../examples/ottignies-2019-2024/pst.json");

  private static BudgetedPlan pst;

  @BeforeAll
  static void readTheExample() throws Exception {
    pst = PstJson.read(EXAMPLE);
    assertThat(pst.lines()).hasSize(86);
  }

  private static void assertIsTheAnnex(BudgetTable table) {
    for (String[] row : Ottignies.TOTALS) {
      EconomicGroup group = EconomicGroup.ofCode(row[0]);
      for (int c = 1; c < row.length; c++) {
        String cell = row[c].isEmpty() ? "0" : row[c];
        assertThat(table.amount(2018 + c, group)).as("%s %d", row[0], 2018 + c)
            .isEqualTo(EuroAmount.parseBelgian(cell));
      }
    }
    for (int e = 0; e < 6; e++) {
      assertThat(table.netCost(2019 + e)).isEqualTo(EuroAmount.parseBelgian(Ottignies.NET_COST[e]));
    }
    assertThat(table.totalNetCost()).isEqualTo(EuroAmount.of("984700.00"));
  }

  @Test
  void linesWrittenToBelgianCsvReadBackEqualAndConsolidateToTheAnnex(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("budget.csv");
    BudgetSheet.writeCsv(pst.lines(), file);

    List<BudgetLine> read = BudgetSheet.readCsv(file, ColumnMapping.defaults());

    assertThat(read).isEqualTo(pst.lines());
    assertIsTheAnnex(Budgets.consolidate(pst.withLines(read)));
  }

  @Test
  void linesWrittenToPlainCsvReadBackEqual(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("budget.csv");
    BudgetSheet.writeCsv(pst.lines(), file, ColumnMapping.defaults(), CsvDialect.PLAIN);

    List<BudgetLine> read = BudgetSheet.readCsv(file, ColumnMapping.defaults());

    assertThat(read).isEqualTo(pst.lines());
    assertIsTheAnnex(Budgets.consolidate(pst.withLines(read)));
  }

  @Test
  void linesWrittenToXlsxReadBackEqualAndConsolidateToTheAnnex(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("budget.xlsx");
    BudgetSheet.writeXlsx(pst.lines(), file);

    List<BudgetLine> read = BudgetSheet.readXlsx(file, ColumnMapping.defaults());

    assertThat(read).isEqualTo(pst.lines());
    assertIsTheAnnex(Budgets.consolidate(pst.withLines(read)));
  }

  @Test
  void theAnnexAsBelgianCsvHasTheAnnexRowsWithAmountsASpreadsheetReadsAsNumbers() {
    String csv = TableSheet.toCsv(Budgets.consolidate(pst));

    assertThat(csv).startsWith("\uFEFFTotal par groupe économique\r\n"
        + "Les Projections;2019;2020;2021;2022;2023;2024;Total\r\n"
        + "Dépenses Extraordinaires\r\n"
        + "91 Investissements;0,00;287500,00;96000,00;22000,00;42000,00;22000,00;469500,00\r\n"
        + "Recettes Extraordinaires\r\n"
        + "80 Transferts;0,00;64100,00;0,00;0,00;0,00;0,00;64100,00\r\n");
    assertThat(csv).contains(
        "\r\nTotal des Recettes (Ord. + Extra.);0,00;471500,00;346400,00;308800,00;448700,00;"
            + "465100,00;2040500,00\r\n",
        "\r\nCoût net (dépenses − recettes);0,00;116600,00;190250,00;207850,00;237700,00;"
            + "232300,00;984700,00\r\n")
        .endsWith("\r\nCoût total 2019-2024 (dépenses − recettes);984700,00\r\n");
  }

  @Test
  void theAnnexAsXlsxHasNumericCellsWithTheAnnexFigures(@TempDir Path dir) throws Exception {
    BudgetTable table = Budgets.consolidate(pst);
    Path file = dir.resolve("annexe.xlsx");
    TableSheet.writeXlsx(table, file);

    List<List<String>> rows = cells(file, "Annexe");

    assertThat(rows.get(0)).containsExactly("TEXT Total par groupe économique");
    assertThat(rows.get(1)).containsExactly("TEXT Les Projections", "NUMBER 2019",
        "NUMBER 2020", "NUMBER 2021", "NUMBER 2022", "NUMBER 2023", "NUMBER 2024", "TEXT Total");
    for (String[] annex : Ottignies.TOTALS) {
      EconomicGroup group = EconomicGroup.ofCode(annex[0]);
      List<String> expected = new ArrayList<>(List.of("TEXT " + group.displayName()));
      for (int c = 1; c < annex.length; c++) {
        expected.add("NUMBER " + euros(annex[c].isEmpty() ? "0" : annex[c]));
      }
      expected.add("NUMBER " + table.total(group).toBigDecimal().toPlainString());
      assertThat(rows).contains(expected);
    }
    assertThat(rows.get(rows.size() - 1)).containsExactly(
        "TEXT Coût total 2019-2024 (dépenses − recettes)", "NUMBER 984700.00");
  }

  @Test
  void theRollUpPerOsAsXlsxHasASummaryThenOneSheetPerOsThenTheUnallocatedOne(
      @TempDir Path dir) throws Exception {
    RollUp<String> perOs = Budgets.byStrategicObjective(pst, RemainderPolicy.LARGEST_REMAINDER);
    Path file = dir.resolve("par-os.xlsx");

    TableSheet.writeXlsx(perOs, file);

    assertThat(BudgetSheet.sheetNames(file)).containsExactly("Synthèse", "OS1", "OS2", "OS3",
        "OS4", "OS5", "Non attribué");
    List<List<String>> summary = cells(file, "Synthèse");
    assertThat(summary.get(0)).containsExactly("TEXT " + perOs.title());
    assertThat(summary.get(1)).containsExactly("TEXT Coût net (dépenses − recettes)",
        "NUMBER 2019", "NUMBER 2020", "NUMBER 2021", "NUMBER 2022", "NUMBER 2023",
        "NUMBER 2024", "TEXT Total");
    assertThat(summary).extracting(row -> row.get(0)).containsSubsequence(
        "TEXT " + perOs.label("OS1"), "TEXT " + perOs.label("OS5"), "TEXT Non attribué",
        "TEXT Total");
    BigDecimal buckets = BigDecimal.ZERO;
    for (List<String> row : summary.subList(2, summary.size() - 1)) {
      buckets = buckets.add(new BigDecimal(row.get(row.size() - 1).substring("NUMBER ".length())));
    }
    assertThat(buckets).isEqualByComparingTo("984700.00");
    assertThat(summary.get(summary.size() - 1)).endsWith("NUMBER 984700.00");
    assertThat(cells(file, "OS1").get(0)).containsExactly("TEXT " + perOs.label("OS1"));
    assertThat(TableSheet.toCsv(perOs)).contains("\r\nCoût net (dépenses − recettes);2019;2020;"
        + "2021;2022;2023;2024;Total\r\n", "\r\nTotal;0,00;116600,00;190250,00;207850,00;"
        + "237700,00;232300,00;984700,00\r\n");
  }

  private static String euros(String belgian) {
    return EuroAmount.parseBelgian(belgian).toBigDecimal().toPlainString();
  }

  /** Each row's cells as "KIND text", read back with the reader of this package. */
  static List<List<String>> cells(Path file, String sheet) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (XlsxWorkbook workbook = XlsxWorkbook.open(file, "test", Limits.DEFAULT);
        RowSource source = workbook.sheet(sheet)) {
      for (SheetRow row = source.next(); row != null; row = source.next()) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.width(); c++) {
          RawCell cell = row.cell(c);
          cells.add(cell.kind + (cell.kind == RawCell.Kind.EMPTY ? "" : " " + cell.text));
        }
        rows.add(cells);
      }
    }
    return rows;
  }
}
