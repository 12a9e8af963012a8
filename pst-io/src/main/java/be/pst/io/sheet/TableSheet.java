package be.pst.io.sheet;

import be.pst.budget.consolidation.BudgetTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Budget tables written for spreadsheets (tableaux budgétaires en tableur): the consolidated
 * budget in the layout of the PST annex, and sets of named tables such as roll-ups per OS.
 *
 * <p><b>The annex layout</b> is that of {@link BudgetTable#toString()}: a title row, a header
 * row "Les Projections" with one column per exercice and a "Total" column, the sections
 * "Dépenses Extraordinaires", "Recettes Extraordinaires", "Dépenses Ordinaires" and "Recettes
 * Ordinaires" with one row per group of the table, then "Total des Recettes (Ord. + Extra.)",
 * "Total des Dépenses (Ord. + Extra.)", "Coût net" and "Coût total PST 2019-2024" (as the annex
 * prints it: with a minus sign, in the first amount column). Every amount is one the table
 * computes; nothing is summed again here.
 *
 * <p><b>CSV</b> is Belgian unless another dialect is given (amounts {@code 287500,00}, see
 * {@link BudgetSheet#toCsv(List, ColumnMapping, CsvDialect)}). <b>{@code .xlsx}</b> has numeric
 * amount cells in the euro format ({@code 287.500,00 €}), bold headings, and needs
 * {@code org.dhatim:fastexcel}, an optional dependency of pst-io.
 *
 * <p><b>Named tables</b> (an ordered list of {@link NamedTable}) are written as a summary — one
 * row per table with its net cost per exercice and in total, under the heading "Coût net par
 * tableau" — followed by each table in the annex layout under its label: one after the other in
 * CSV, one sheet each (named after the label, cut to 31 characters) in {@code .xlsx}.
 *
 * <p>This class only holds static methods; they are thread-safe.
 */
public final class TableSheet {

  private static final String ANNEX_TITLE = "Total par groupe économique";

  private TableSheet() {}

  /**
   * The table in the annex layout as Belgian CSV.
   *
   * @param table the budget table
   * @return the CSV text
   */
  public static String toCsv(BudgetTable table) {
    return toCsv(table, CsvDialect.BELGIAN);
  }

  /**
   * The table in the annex layout as CSV of a dialect.
   *
   * @param table the budget table
   * @param dialect the dialect
   * @return the CSV text
   */
  public static String toCsv(BudgetTable table, CsvDialect dialect) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(dialect, "dialect");
    return CsvOut.text(List.of(annex(table)), dialect);
  }

  /**
   * Writes the table in the annex layout as Belgian CSV, in UTF-8.
   *
   * @param table the budget table
   * @param path the file to write (replaced if it exists)
   * @throws IOException if the file cannot be written
   */
  public static void writeCsv(BudgetTable table, Path path) throws IOException {
    writeCsv(table, path, CsvDialect.BELGIAN);
  }

  /**
   * Writes the table in the annex layout as CSV of a dialect, in UTF-8.
   *
   * @param table the budget table
   * @param path the file to write (replaced if it exists)
   * @param dialect the dialect
   * @throws IOException if the file cannot be written
   */
  public static void writeCsv(BudgetTable table, Path path, CsvDialect dialect)
      throws IOException {
    Objects.requireNonNull(path, "path");
    Files.writeString(path, toCsv(table, dialect), StandardCharsets.UTF_8);
  }

  /**
   * Writes the table in the annex layout to an {@code .xlsx} workbook of one sheet, "Annexe".
   *
   * @param table the budget table
   * @param path the workbook to write (replaced if it exists)
   * @throws IOException if the file cannot be written
   * @throws IllegalStateException if {@code org.dhatim:fastexcel} is not on the class path
   */
  public static void writeXlsx(BudgetTable table, Path path) throws IOException {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(path, "path");
    BudgetSheet.writeGrids(List.of(annex(table)), path);
  }

  /**
   * Named tables as Belgian CSV: the summary, then each table under its label.
   *
   * @param tables the tables, in the order to write them
   * @return the CSV text
   */
  public static String toCsv(List<NamedTable> tables) {
    return toCsv(tables, CsvDialect.BELGIAN);
  }

  /**
   * Named tables as CSV of a dialect: the summary, then each table under its label.
   *
   * @param tables the tables, in the order to write them
   * @param dialect the dialect
   * @return the CSV text
   */
  public static String toCsv(List<NamedTable> tables, CsvDialect dialect) {
    Objects.requireNonNull(dialect, "dialect");
    return CsvOut.text(grids(tables), dialect);
  }

  /**
   * Writes named tables as Belgian CSV, in UTF-8.
   *
   * @param tables the tables, in the order to write them
   * @param path the file to write (replaced if it exists)
   * @throws IOException if the file cannot be written
   */
  public static void writeCsv(List<NamedTable> tables, Path path) throws IOException {
    writeCsv(tables, path, CsvDialect.BELGIAN);
  }

  /**
   * Writes named tables as CSV of a dialect, in UTF-8.
   *
   * @param tables the tables, in the order to write them
   * @param path the file to write (replaced if it exists)
   * @param dialect the dialect
   * @throws IOException if the file cannot be written
   */
  public static void writeCsv(List<NamedTable> tables, Path path, CsvDialect dialect)
      throws IOException {
    Objects.requireNonNull(path, "path");
    Files.writeString(path, toCsv(tables, dialect), StandardCharsets.UTF_8);
  }

  /**
   * Writes named tables to an {@code .xlsx} workbook: a first sheet "Synthèse" with the summary,
   * then one sheet per table, named after its label.
   *
   * @param tables the tables, in the order to write them
   * @param path the workbook to write (replaced if it exists)
   * @throws IOException if the file cannot be written
   * @throws IllegalStateException if {@code org.dhatim:fastexcel} is not on the class path
   */
  public static void writeXlsx(List<NamedTable> tables, Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    BudgetSheet.writeGrids(grids(tables), path);
  }

  private static Grid annex(BudgetTable table) {
    return AnnexLayout.grid("Annexe", ANNEX_TITLE, table);
  }

  private static List<Grid> grids(List<NamedTable> tables) {
    Objects.requireNonNull(tables, "tables");
    List<NamedTable> copy = List.copyOf(tables);
    List<Grid> grids = new ArrayList<>();
    grids.add(AnnexLayout.summary(copy));
    for (NamedTable named : copy) {
      grids.add(AnnexLayout.grid(named.label(), named.label(), named.table()));
    }
    return grids;
  }
}
