package be.pst.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.budget.BudgetTable;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.Budgets;
import be.pst.budget.RemainderPolicy;
import be.pst.budget.RollUp;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.io.json.PstJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables and roll-ups written to CSV and {@code .xlsx} and read back with this package's own
 * readers hold, row for row, what {@link BudgetTable#rows()} and {@link RollUp} give: the same
 * labels and every amount to the cent (CSV text read as a Belgian amount, {@code .xlsx} numeric
 * cells to the 15 digits a spreadsheet keeps).
 */
class TableSheetReadBackTest {

  private static final Path EXAMPLE = Path.of("../examples/ottignies-2019-2024/pst.json");

  private static BudgetedPlan pst;

  @BeforeAll
  static void readTheExample() throws Exception {
    pst = PstJson.read(EXAMPLE);
  }

  // ------------------------------------------------------------------ expected grids

  /** The annex of a table as the writers must lay it out: texts, exercices and amounts. */
  static List<List<Object>> annex(BudgetTable table) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of(table.title() + (table.figure() == BudgetFigure.PROJECTION ? ""
        : " — " + table.figure().label())));
    rows.add(header(table.figure() == BudgetFigure.PROJECTION ? "Les Projections"
        : table.figure().label(), table.exercices()));
    for (BudgetTable.Row row : table.rows()) {
      List<Object> cells = new ArrayList<>();
      cells.add(row.label());
      if (row.kind() != BudgetTable.RowKind.SECTION) {
        cells.addAll(row.amounts());
        cells.add(row.total());
      }
      rows.add(cells);
    }
    List<Integer> exercices = table.exercices();
    String span = exercices.isEmpty() ? ""
        : " " + exercices.get(0) + "-" + exercices.get(exercices.size() - 1);
    rows.add(List.of("Coût total" + span + " (dépenses − recettes)", table.totalNetCost()));
    table.note().ifPresent(note -> rows.add(List.of(note)));
    return rows;
  }

  static <K> List<List<Object>> summary(RollUp<K> rollUp) {
    List<Integer> exercices = rollUp.total().exercices();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of(rollUp.title()));
    rows.add(header("Coût net (dépenses − recettes)", exercices));
    for (Map.Entry<K, BudgetTable> bucket : rollUp.buckets().entrySet()) {
      rows.add(netCosts(rollUp.label(bucket.getKey()), bucket.getValue()));
    }
    rows.add(netCosts("Non attribué", rollUp.unallocated()));
    rows.add(netCosts("Total", rollUp.total()));
    return rows;
  }

  private static List<Object> header(String first, List<Integer> exercices) {
    List<Object> header = new ArrayList<>();
    header.add(first);
    header.addAll(exercices);
    header.add("Total");
    return header;
  }

  private static List<Object> netCosts(String label, BudgetTable table) {
    List<Object> row = new ArrayList<>();
    row.add(label);
    for (int exercice : table.exercices()) {
      row.add(table.netCost(exercice));
    }
    row.add(table.totalNetCost());
    return row;
  }

  // ------------------------------------------------------------------ reading back

  /** The rows of a source, each cell read as the expected one's kind says. */
  private static List<List<Object>> read(RowSource source, List<List<Object>> expected)
      throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    for (SheetRow row = source.next(); row != null && rows.size() < expected.size();
        row = source.next()) {
      List<Object> like = expected.get(rows.size());
      List<Object> cells = new ArrayList<>();
      for (int c = 0; c < row.width(); c++) {
        RawCell cell = row.cell(c);
        Object kind = c < like.size() ? like.get(c) : "";
        if (kind instanceof EuroAmount) {
          cells.add(EuroAmount.ofCents(CellValues.amountCents(cell, ',')));
        } else if (kind instanceof Integer) {
          cells.add(CellValues.exercice(cell));
        } else {
          cells.add(CellValues.text(cell, "a text"));
        }
      }
      rows.add(cells);
    }
    return rows;
  }

  static List<List<Object>> readCsv(String csv, List<List<Object>> expected)
      throws Exception {
    try (RowSource source = new CsvSource(CharInput.of(csv), ';', "test.csv", Limits.DEFAULT,
        "UTF-16")) {
      return read(source, expected);
    }
  }

  static List<List<Object>> readXlsx(Path file, String sheet,
      List<List<Object>> expected) throws Exception {
    try (XlsxWorkbook workbook = XlsxWorkbook.open(file, "test.xlsx", Limits.DEFAULT);
        RowSource source = workbook.sheet(sheet)) {
      return read(source, expected);
    }
  }

  /** The grids of CSV text written one after the other, an empty record between two. */
  static List<String> csvParts(String csv) {
    return List.of(csv.substring(1).split("\r\n\r\n", -1));
  }

  // ------------------------------------------------------------------ tables

  @Test
  void theOttigniesAnnexReadsBackToTheCentFromCsvAndXlsx(@TempDir Path dir) throws Exception {
    BudgetTable table = Budgets.consolidate(pst);
    List<List<Object>> expected = annex(table);
    Path file = dir.resolve("annexe.xlsx");
    TableSheet.writeXlsx(table, file);

    assertThat(readCsv(TableSheet.toCsv(table), expected)).isEqualTo(expected);
    assertThat(readXlsx(file, "Annexe", expected)).isEqualTo(expected);
    assertThat(expected.get(expected.size() - 1))
        .containsExactly("Coût total 2019-2024 (dépenses − recettes)", EuroAmount.of("984700.00"));
  }

  @Test
  void aTableOfAnotherFigureWithLinesWithoutAGroupReadsBackWithItsNonClasseRowsAndNote(
      @TempDir Path dir) throws Exception {
    List<BudgetLine> lines = List.of(
        BudgetLine.builder().elementCode("OS1-OP1-A1").exercice(2020).group(EconomicGroup.ofCode("70"))
            .amount("1234.56").figure(BudgetFigure.COMMITTED).build(),
        BudgetLine.builder().elementCode("OS1-OP1-A1").exercice(2021).service(Service.ORDINARY)
            .side(Side.EXPENSES).amount("-0.01").figure(BudgetFigure.COMMITTED).build(),
        BudgetLine.builder().exercice(2021).service(Service.EXTRAORDINARY).side(Side.RECEIPTS)
            .amount("99999999999.99").figure(BudgetFigure.COMMITTED).build(),
        BudgetLine.of(2020, EconomicGroup.ofCode("71"), EuroAmount.of("5.00")));
    BudgetTable table = Budgets.consolidate(pst.withLines(lines), BudgetFigure.COMMITTED);
    List<List<Object>> expected = annex(table);
    Path file = dir.resolve("engage.xlsx");
    TableSheet.writeXlsx(table, file);

    assertThat(readCsv(TableSheet.toCsv(table), expected)).isEqualTo(expected);
    assertThat(readXlsx(file, "Annexe", expected)).isEqualTo(expected);
    assertThat(expected).extracting(row -> row.get(0)).contains("Non classé");
    assertThat(expected.get(0)).containsExactly(table.title() + " — Engagé");
    assertThat(table.note()).isPresent();
  }

  @Test
  void anAmountBeyondFifteenDigitsGoesToCsvButNotToXlsx(@TempDir Path dir) {
    BudgetTable table = Budgets.consolidate(List.of(
        BudgetLine.of(2020, EconomicGroup.ofCode("70"), EuroAmount.of("1234567890123456.78"))));

    assertThat(TableSheet.toCsv(table)).contains(";1234567890123456,78;");
    assertThatThrownBy(() -> TableSheet.writeXlsx(table, dir.resolve("big.xlsx")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1234567890123456.78 has more than 15 significant digits");
  }

  // ------------------------------------------------------------------ roll-ups

  @Test
  void theRollUpPerOsReadsBackSummaryAndEveryTableToTheCent(@TempDir Path dir)
      throws Exception {
    assertRollUpReadsBack(Budgets.byStrategicObjective(pst, RemainderPolicy.LARGEST_REMAINDER),
        dir.resolve("par-os.xlsx"));
  }

  @Test
  void theRollUpsPerOoVoletAndFundingSourceReadBackToTheCent(@TempDir Path dir)
      throws Exception {
    assertRollUpReadsBack(Budgets.byOperationalObjective(pst,
        RemainderPolicy.LARGEST_REMAINDER), dir.resolve("par-oo.xlsx"));
    assertRollUpReadsBack(Budgets.byVolet(pst), dir.resolve("par-volet.xlsx"));
    assertRollUpReadsBack(Budgets.byFundingSource(pst), dir.resolve("par-financement.xlsx"));
  }

  static <K> void assertRollUpReadsBack(RollUp<K> rollUp, Path file) throws Exception {
    TableSheet.writeXlsx(rollUp, file);
    List<String> sheets = BudgetSheet.sheetNames(file);
    List<String> csv = csvParts(TableSheet.toCsv(rollUp));
    List<BudgetTable> tables = new ArrayList<>(rollUp.buckets().values());
    tables.add(rollUp.unallocated());
    assertThat(sheets).hasSize(tables.size() + 1).startsWith("Synthèse").endsWith("Non attribué");
    assertThat(csv).hasSize(tables.size() + 1);

    List<List<Object>> summary = summary(rollUp);
    assertThat(readCsv(csv.get(0), summary)).isEqualTo(summary);
    assertThat(readXlsx(file, "Synthèse", summary)).isEqualTo(summary);
    for (int t = 0; t < tables.size(); t++) {
      List<List<Object>> expected = annex(tables.get(t));
      assertThat(readCsv(csv.get(t + 1), expected)).as("CSV table %d", t).isEqualTo(expected);
      assertThat(readXlsx(file, sheets.get(t + 1), expected)).as("sheet %s", sheets.get(t + 1))
          .isEqualTo(expected);
    }
    // The summary's total is the whole table's net cost, and the buckets add up to it.
    EuroAmount buckets = rollUp.unallocated().totalNetCost();
    for (BudgetTable table : rollUp.buckets().values()) {
      buckets = buckets.add(table.totalNetCost());
    }
    assertThat(buckets).isEqualTo(rollUp.total().totalNetCost());
  }
}
