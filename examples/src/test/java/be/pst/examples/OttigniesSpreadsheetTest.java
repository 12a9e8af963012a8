package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.io.json.PstJson;
import be.pst.io.sheet.BudgetSheet;
import be.pst.io.sheet.ColumnMapping;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The spreadsheets committed beside the Ottignies plan hold exactly its 86 budget lines, as the
 * folder's README says: budget.xlsx and budget.csv were generated from pst.json.
 */
class OttigniesSpreadsheetTest {

  private static final Path FOLDER = Path.of(System.getProperty("pst.repo.root", ".."))
      .resolve("examples/ottignies-2019-2024");

  /** The headers of the finance officer's sheet, as in budget-from-spreadsheet.jsh. */
  private static final ColumnMapping MAPPING = BudgetSheet.mapping().elementCode("Action")
      .exercice("Exercice").group("Groupe").amount("Montant").label("Libellé");

  @Test
  void theWorkbookAndTheCsvHoldThePlansOwnLines() throws Exception {
    BudgetedPlan pst = PstJson.read(FOLDER.resolve("pst.json"));

    assertThat(BudgetSheet.readXlsx(FOLDER.resolve("budget.xlsx"), MAPPING))
        .hasSize(86).isEqualTo(pst.lines());
    assertThat(BudgetSheet.readCsv(FOLDER.resolve("budget.csv"), MAPPING))
        .isEqualTo(pst.lines());
  }
}
