package be.pst.io.sheet;

import be.pst.core.validation.ValidationIssue;
import be.pst.core.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A validation report written for spreadsheets (rapport de validation en tableur): its summary
 * ("0 erreur, 43 avertissements"), then a header row "Gravité", "Chemin", "Règle", "Id",
 * "Message" and one row per issue, in the report's order — so that the issues can be sorted and
 * filtered by rule or path. "Chemin" is the element's path ({@code OS1/OS1-OP2/A7}, "(plan)" for
 * the plan itself), "Règle" the rule's French label ("Code en double"), "Id" its stable id
 * ({@code duplicate-code}).
 *
 * <p>This class only holds static methods; they are thread-safe.
 */
public final class ReportSheet {

  private ReportSheet() {}

  /**
   * The report as Belgian CSV.
   *
   * @param report the validation report
   * @return the CSV text
   */
  public static String toCsv(ValidationReport report) {
    return toCsv(report, CsvDialect.BELGIAN);
  }

  /**
   * The report as CSV of a dialect.
   *
   * @param report the validation report
   * @param dialect the dialect
   * @return the CSV text
   */
  public static String toCsv(ValidationReport report, CsvDialect dialect) {
    Objects.requireNonNull(dialect, "dialect");
    return CsvOut.text(List.of(grid(report)), dialect);
  }

  /**
   * Writes the report as Belgian CSV, in UTF-8.
   *
   * @param report the validation report
   * @param path the file to write (replaced if it exists)
   * @throws IOException if the file cannot be written
   */
  public static void writeCsv(ValidationReport report, Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    Files.writeString(path, toCsv(report), StandardCharsets.UTF_8);
  }

  /**
   * Writes the report to an {@code .xlsx} workbook of one sheet, "Validation".
   *
   * @param report the validation report
   * @param path the workbook to write (replaced if it exists)
   * @throws IOException if the file cannot be written
   * @throws IllegalStateException if {@code org.dhatim:fastexcel} is not on the class path
   */
  public static void writeXlsx(ValidationReport report, Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    BudgetSheet.writeGrids(List.of(grid(report)), path);
  }

  private static Grid grid(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    Grid grid = new Grid("Validation");
    grid.row(OutCell.heading("Validation : " + report.summary()));
    grid.row(OutCell.heading("Gravité"), OutCell.heading("Chemin"), OutCell.heading("Règle"),
        OutCell.heading("Id"), OutCell.heading("Message"));
    grid.frozenRows = 2;
    for (ValidationIssue issue : report.issues()) {
      grid.row(OutCell.text(issue.severity().label()), OutCell.text(issue.place()),
          OutCell.text(issue.rule().label()), OutCell.text(issue.rule().id()),
          OutCell.text(issue.message()));
    }
    return grid;
  }
}
