package be.pst.io.sheet;

import be.pst.budget.BudgetTable;
import be.pst.budget.RollUp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Budget tables written for spreadsheets (tableaux budgétaires en tableur): a consolidated
 * {@link BudgetTable} in the layout of the PST annex, and a {@link RollUp} (ventilation par OS,
 * par OO, par volet, par source de financement) as a summary followed by one table per bucket.
 *
 * <p><b>The annex layout</b> is that of {@link BudgetTable#toString()}, row for row from
 * {@link BudgetTable#rows()}: a title row (with the figure when it is not the projection), a
 * header row "Les Projections" with one column per exercice and a "Total" column, the sections
 * "Dépenses Extraordinaires", "Recettes Extraordinaires", "Dépenses Ordinaires" and "Recettes
 * Ordinaires" with their group rows (and a "Non classé" row for lines without a group), "Total
 * des Recettes (Ord. + Extra.)", "Total des Dépenses (Ord. + Extra.)", "Coût net (dépenses −
 * recettes)", then "Coût total 2019-2024 (dépenses − recettes)" with the total net cost in the
 * first amount column, and the table's note if it has one. The net cost is expenses minus
 * receipts, positive when the plan costs: the one sign convention of {@link BudgetTable}.
 *
 * <p><b>A roll-up</b> is written as a summary — its title, then one row per bucket with the
 * bucket's label and its net cost per exercice and in total, then the bucket "Non attribué" and
 * the total, as {@link RollUp#toString()} prints them — followed by each bucket's table, then
 * the unallocated one, in the annex layout under their titles. In CSV the tables follow one
 * another, an empty row between two; in {@code .xlsx} the summary is the sheet "Synthèse" and
 * every table has a sheet of its own, named after the bucket's key when it is an element code
 * ({@code OS1}), after its label otherwise ({@code Volet interne}), cut to the 31 characters a
 * sheet name may have, and "Non attribué" for the unallocated one.
 *
 * <p><b>CSV</b> is Belgian unless another dialect is given: amounts with a decimal comma and no
 * thousands separator ({@code 287500,00}), which a spreadsheet of a Belgian locale reads as
 * numbers. <b>{@code .xlsx}</b> has numeric amount cells in the euro format ({@code 287.500,00
 * €}), bold headings and headers that stay in view, and needs {@code org.dhatim:fastexcel}, an
 * optional dependency of pst-io.
 *
 * <p>This class only holds static methods; they are thread-safe.
 */
public final class TableSheet {

  /** The name of the summary sheet of a roll-up. */
  static final String SUMMARY_SHEET = "Synthèse";

  private TableSheet() {}

  // ------------------------------------------------------------------ one table

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
   * @throws IllegalStateException if {@code org.dhatim:fastexcel} is not available
   */
  public static void writeXlsx(BudgetTable table, Path path) throws IOException {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(path, "path");
    BudgetSheet.writeGrids(List.of(annex(table)), path);
  }

  // ------------------------------------------------------------------ roll-ups

  /**
   * The roll-up as Belgian CSV: the summary, then each bucket's table and the unallocated one.
   *
   * @param rollUp the roll-up, e.g. {@code Budgets.byStrategicObjective(pst, policy)}
   * @return the CSV text
   */
  public static String toCsv(RollUp<?> rollUp) {
    return toCsv(rollUp, CsvDialect.BELGIAN);
  }

  /**
   * The roll-up as CSV of a dialect: the summary, then each bucket's table and the unallocated
   * one.
   *
   * @param rollUp the roll-up
   * @param dialect the dialect
   * @return the CSV text
   */
  public static String toCsv(RollUp<?> rollUp, CsvDialect dialect) {
    Objects.requireNonNull(dialect, "dialect");
    return CsvOut.text(grids(rollUp), dialect);
  }

  /**
   * Writes the roll-up as Belgian CSV, in UTF-8.
   *
   * @param rollUp the roll-up
   * @param path the file to write (replaced if it exists)
   * @throws IOException if the file cannot be written
   */
  public static void writeCsv(RollUp<?> rollUp, Path path) throws IOException {
    writeCsv(rollUp, path, CsvDialect.BELGIAN);
  }

  /**
   * Writes the roll-up as CSV of a dialect, in UTF-8.
   *
   * @param rollUp the roll-up
   * @param path the file to write (replaced if it exists)
   * @param dialect the dialect
   * @throws IOException if the file cannot be written
   */
  public static void writeCsv(RollUp<?> rollUp, Path path, CsvDialect dialect)
      throws IOException {
    Objects.requireNonNull(path, "path");
    Files.writeString(path, toCsv(rollUp, dialect), StandardCharsets.UTF_8);
  }

  /**
   * Writes the roll-up to an {@code .xlsx} workbook: the sheet "Synthèse" with the summary,
   * then one sheet per bucket and the sheet "Non attribué".
   *
   * @param rollUp the roll-up
   * @param path the workbook to write (replaced if it exists)
   * @throws IOException if the file cannot be written
   * @throws IllegalStateException if {@code org.dhatim:fastexcel} is not available
   */
  public static void writeXlsx(RollUp<?> rollUp, Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    BudgetSheet.writeGrids(grids(rollUp), path);
  }

  private static Grid annex(BudgetTable table) {
    return AnnexLayout.grid("Annexe", table);
  }

  private static <K> List<Grid> grids(RollUp<K> rollUp) {
    Objects.requireNonNull(rollUp, "rollUp");
    List<Grid> grids = new ArrayList<>();
    grids.add(AnnexLayout.summary(SUMMARY_SHEET, rollUp));
    for (Map.Entry<K, BudgetTable> bucket : rollUp.buckets().entrySet()) {
      K key = bucket.getKey();
      String sheet = key instanceof String ? (String) key : rollUp.label(key);
      grids.add(AnnexLayout.grid(sheet, bucket.getValue()));
    }
    grids.add(AnnexLayout.grid(RollUp.UNALLOCATED, rollUp.unallocated()));
    return grids;
  }
}
