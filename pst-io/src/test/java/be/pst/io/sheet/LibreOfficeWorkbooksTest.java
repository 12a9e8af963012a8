package be.pst.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.line.BudgetLine;
import be.pst.io.json.PstJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Workbooks written by another spreadsheet, LibreOffice Calc 7.4 (Debian 12), are read: the
 * fixtures under {@code src/test/resources/sheet/} are
 * <ul>
 *   <li>{@code ottignies-budget-libreoffice.xlsx}: {@code examples/ottignies-2019-2024/budget.xlsx}
 *       opened and saved again by LibreOffice ({@code soffice --convert-to xlsx});
 *   <li>{@code belgian-csv-imported-by-libreoffice.xlsx}: a Belgian CSV file (amounts
 *       {@code 287.500,00}, {@code -1.234,56 €}, {@code 12,5}) imported by LibreOffice set to
 *       French (Belgium) ({@code --infilter="CSV:59,34,76,1,,2060"}) and saved as
 *       {@code .xlsx}: it made every amount a number cell, which is what the Belgian CSV
 *       written here relies on.
 * </ul>
 */
class LibreOfficeWorkbooksTest {

  private static final Path FIXTURES = Path.of("src/test/resources/sheet");

  @Test
  void theOttigniesBudgetSavedByLibreOfficeReadsBackAsThePlansLines() throws Exception {
    ColumnMapping officer = BudgetSheet.mapping().elementCode("Action").exercice("Exercice")
        .group("Groupe").amount("Montant").label("Libellé");

    List<BudgetLine> lines =
        BudgetSheet.readXlsx(FIXTURES.resolve("ottignies-budget-libreoffice.xlsx"), officer);

    assertThat(lines).isEqualTo(
        PstJson.read(Path.of("../examples/ottignies-2019-2024/pst.json")).lines());
  }

  @Test
  void belgianCsvAmountsImportedByLibreOfficeAreNumberCells() throws Exception {
    Path file = FIXTURES.resolve("belgian-csv-imported-by-libreoffice.xlsx");

    List<List<String>> rows = OttigniesSheetsTest.cells(file, BudgetSheet.sheetNames(file).get(0));

    assertThat(rows).extracting(row -> row.get(3)).containsExactly("TEXT Montant",
        "NUMBER 287500", "NUMBER -1234.56", "NUMBER 12.5");
    assertThat(BudgetSheet.readXlsx(file, BudgetSheet.mapping().elementCode("Action")
            .exercice("Exercice").group("Groupe").amount("Montant")))
        .extracting(l -> l.amount().cents()).containsExactly(28_750_000L, -123_456L, 1_250L);
  }
}
