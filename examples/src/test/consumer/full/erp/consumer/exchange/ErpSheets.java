package erp.consumer.exchange;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.Budgets;
import be.pst.io.sheet.BudgetSheet;
import be.pst.io.sheet.ColumnMapping;
import be.pst.io.sheet.SheetFormatException;
import be.pst.io.sheet.TableSheet;
import erp.consumer.ErpBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ERP's spreadsheet screen: the budget lines to Belgian CSV and back, and the annex to
 * {@code .xlsx} when fastexcel, pst-io's optional dependency, is there.
 */
public final class ErpSheets {

  private ErpSheets() {}

  /**
   * Writes the plan's lines as CSV and reads them back, then tries to write the annex as a
   * workbook.
   *
   * @return one line: the CSV round trip, then the workbook's sheets or why there is none
   * @throws IOException if a temporary file cannot be written or read
   * @throws SheetFormatException if the CSV or the workbook read back is refused
   */
  public static String run() throws IOException, SheetFormatException {
    BudgetedPlan pst = ErpBudget.plan();
    Path dir = Files.createTempDirectory("erp-sheets");
    Path csv = dir.resolve("budget.csv");
    Path book = dir.resolve("annexe.xlsx");
    try {
      BudgetSheet.writeCsv(pst.lines(), csv);
      boolean same = BudgetSheet.readCsv(csv, ColumnMapping.defaults()).equals(pst.lines());
      String xlsx;
      try {
        TableSheet.writeXlsx(Budgets.consolidate(pst), book);
        xlsx = "xlsx " + BudgetSheet.sheetNames(book);
      } catch (IllegalStateException e) {
        xlsx = "no xlsx: " + e.getMessage();
      }
      return "csv round trip " + same + "; " + xlsx;
    } finally {
      Files.deleteIfExists(book);
      Files.deleteIfExists(csv);
      Files.delete(dir);
    }
  }
}
