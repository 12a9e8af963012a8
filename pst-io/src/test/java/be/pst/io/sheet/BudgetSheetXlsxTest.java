package be.pst.io.sheet;

import static be.pst.io.sheet.BudgetSheetCsvTest.failure;
import static be.pst.io.sheet.TestWorkbooks.number;
import static be.pst.io.sheet.TestWorkbooks.row;
import static be.pst.io.sheet.TestWorkbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetLine;
import be.pst.core.funding.Funder;
import be.pst.core.funding.FundingSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetSheetXlsxTest {

  private static final ColumnMapping OFFICER = BudgetSheet.mapping().elementCode("Action")
      .exercice("Exercice").group("Groupe").amount("Montant").label("Libellé")
      .estimate("Estimation");

  private static final String HEADER = row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c>",
      "<c r=\"B1\" t=\"s\"><v>1</v></c>", "<c r=\"C1\" t=\"s\"><v>2</v></c>",
      "<c r=\"D1\" t=\"s\"><v>3</v></c>", "<c r=\"E1\" t=\"s\"><v>4</v></c>",
      "<c r=\"F1\" t=\"s\"><v>5</v></c>");

  private static TestWorkbooks workbook(String... rows) {
    return TestWorkbooks.withSheet(HEADER + String.join("", rows))
        .sharedStrings("Action", "Exercice", "Groupe", "Montant", "Libellé", "Estimation");
  }

  @Test
  void readsNumbersSharedAndInlineStringsBooleansAndTheCachedValuesOfFormulas(@TempDir Path dir)
      throws Exception {
    Path file = workbook(
        row(2, text("A2", "OS1-OP1-A1"), number("B2", "2020"), number("C2", "70"),
            number("D2", "133000"), text("E2", "Puéricultrices"),
            "<c r=\"F2\" t=\"b\"><v>1</v></c>"),
        // =0.1+0.2 is stored as the double 0.30000000000000004: 0,30 € on screen.
        row(3, text("A3", "OS1-OP1-A1"), number("B3", "2021"), text("C3", "7X"),
            "<c r=\"D3\"><f>0.1+0.2</f><v>0.30000000000000004</v></c>",
            "<c r=\"E3\" t=\"str\"><f>\"Charges \"&amp;B3</f><v>Charges 2021</v></c>"),
        row(5, text("B5", "ignored: a blank-looking row"), "").replace(
            text("B5", "ignored: a blank-looking row"), text("B5", " ")),
        row(7, number("B7", "2022"), text("C7", "91 Investissements"),
            number("D7", "2.875E5"))).write(dir.resolve("budget.xlsx"));

    List<BudgetLine> lines = BudgetSheet.readXlsx(file, OFFICER);

    assertThat(lines).containsExactly(
        BudgetLine.builder().elementCode("OS1-OP1-A1").exercice(2020)
            .group(EconomicGroup.ofCode("70")).amount("133000").label("Puéricultrices")
            .estimate(true).build(),
        BudgetLine.builder().elementCode("OS1-OP1-A1").exercice(2021)
            .group(EconomicGroup.ofCode("7X")).amount("0.30").label("Charges 2021").build(),
        BudgetLine.builder().exercice(2022).group(EconomicGroup.ofCode("91"))
            .amount("287500").build());
  }

  @Test
  void badCellsAreNamedWithTheSheetAndTheCellReference(@TempDir Path dir) throws Exception {
    Path file = workbook(
        row(2, text("A2", "A1"), number("B2", "2020"), number("C2", "70"),
            number("D2", "1234.567")),
        row(3, text("A3", "A1"), number("B3", "2020.5"), number("C3", "70"),
            "<c r=\"D3\" t=\"e\"><v>#DIV/0!</v></c>"),
        row(4, text("A4", "A1"), number("B4", "2020"), number("C4", "70"),
            "<c r=\"D4\"><f>SUM(X1:X9)</f></c>")).write(dir.resolve("budget.xlsx"));

    SheetFormatException e = failure(() -> BudgetSheet.readXlsx(file, OFFICER));

    assertThat(e.problems()).extracting(p -> p.cell().orElseThrow())
        .containsExactly("D2", "B3", "D3", "D4");
    assertThat(e.sheet()).contains("Feuil1");
    assertThat(e.getMessage()).contains(
        "budget.xlsx [Feuil1] D2 (Montant): found \"1234.567\": an amount to the cent:"
            + " 1234.567 has a fraction of a cent");
    assertThat(e.problems().get(1).expected()).startsWith("an exercice: a four-digit year");
    assertThat(e.problems().get(2).expected()).endsWith("not an error cell");
    assertThat(e.problems().get(3).found()).hasValueSatisfying(
        found -> assertThat(found).contains("a formula whose value was never computed"));
  }

  @Test
  void aSheetIsChosenByNameAndAnUnknownNameListsTheSheets(@TempDir Path dir) throws Exception {
    Path file = workbook(row(2, text("A2", "A1"), number("B2", "2020"), number("C2", "70"),
        number("D2", "1"))).write(dir.resolve("budget.xlsx"));

    assertThat(BudgetSheet.sheetNames(file)).containsExactly("Feuil1");
    assertThat(BudgetSheet.readXlsx(file, OFFICER, "feuil1")).hasSize(1);
    assertThat(failure(() -> BudgetSheet.readXlsx(file, OFFICER, "Budget")).expected())
        .isEqualTo("no sheet named 'Budget'; the workbook's sheets are [Feuil1]");
  }

  @Test
  void writtenLinesReadBackEqualWithNumericEuroCells(@TempDir Path dir) throws Exception {
    List<BudgetLine> lines = List.of(
        BudgetLine.builder().elementCode("OS1-OP1-A1").exercice(2020)
            .group(EconomicGroup.ofCode("70")).amount("133000.00").label("Personnel; \"ONE\"")
            .article(BudgetArticle.parse("844/111-01")).funding(FundingSource.of(Funder.ONE))
            .build(),
        BudgetLine.builder().exercice(2021).group(EconomicGroup.ofCode("82"))
            .amount("-0.01").funding(FundingSource.of(Funder.WALLONIA, "APE")).estimate(true)
            .label("deux\nlignes").build());
    Path file = dir.resolve("lignes.xlsx");

    BudgetSheet.writeXlsx(lines, file);

    assertThat(BudgetSheet.readXlsx(file, ColumnMapping.defaults())).isEqualTo(lines);
    try (XlsxWorkbook workbook = XlsxWorkbook.open(file, "lignes.xlsx", Limits.DEFAULT);
        RowSource rows = workbook.sheet("Budget")) {
      rows.next();
      SheetRow first = rows.next();
      assertThat(first.cell(1).kind).isEqualTo(RawCell.Kind.NUMBER);
      assertThat(first.cell(1).text).isEqualTo("2020");
      assertThat(first.cell(6).kind).isEqualTo(RawCell.Kind.NUMBER);
      assertThat(first.cell(6).text).isEqualTo("133000.00");
    }
    // The euro format, "#,##0.00\ "€"" (fastexcel writes € as a character reference).
    assertThat(XlsxParts.read(file, "xl/styles.xml"))
        .contains("formatCode=\"#,##0.00\\ &quot;&#x20ac;&quot;\"");
  }
}
