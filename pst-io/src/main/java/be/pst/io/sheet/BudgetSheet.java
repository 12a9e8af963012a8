package be.pst.io.sheet;

import be.pst.budget.line.BudgetLine;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Budget lines to and from spreadsheets (lignes budgétaires en tableur): CSV files and
 * {@code .xlsx} workbooks, with a {@link ColumnMapping} that says which header holds what.
 *
 * <pre>{@code
 * ColumnMapping mapping = BudgetSheet.mapping().elementCode("Action").exercice("Exercice")
 *     .group("Groupe").amount("Montant").label("Libellé");
 * List<BudgetLine> lines = BudgetSheet.readXlsx(Path.of("budget.xlsx"), mapping);
 * BudgetedPlan imported = pst.withLines(lines);
 * }</pre>
 *
 * <p><b>Reading is strict.</b> The header row is the first of the first
 * {@link SheetLimits#HEADER_SEARCH_ROWS} rows that holds every mapped header (rows above it, a
 * title for instance, are not read; columns the mapping does not name are not read). Every other
 * row is a line, except rows whose cells are all empty. Each cell must be what its column
 * expects ({@link BudgetColumn}): an exercice is a four-digit year; a group a code ({@code 70},
 * {@code 7X}), a code and label ({@code 91 Investissements}) or a label ({@code Personnel}) that
 * the row's service and side make unambiguous, and an empty group a line without a group, which
 * the row's service and side then place (a group is never guessed; a row with neither is an
 * error); a figure a French word of the budget cycle, an empty one a projection; an amount is in
 * euros to the cent — a fraction of a cent is an error, and an empty amount is not zero. Every
 * row is checked, then a
 * {@link SheetFormatException} lists every bad cell with its row, column (header and letter),
 * the text found and what was expected; a file with an error gives no line at all.
 *
 * <p><b>Amounts.</b> In CSV, as the {@link CsvDialect} says: {@code 287.500,00}, {@code 287500,00}
 * or {@code 287.500,00 €} in a Belgian file, {@code 287500.00} in a plain one (a thousands
 * separator of the other mark, or a space, is allowed; {@code -} or {@code - €} is zero, as
 * accounting formats show it). In a workbook, a number cell is taken to the 15 significant
 * digits a spreadsheet shows and compares ({@code 0.30000000000000004}, the double that
 * {@code =0.1+0.2} stores, is 0,30 €); a text cell is read as a Belgian amount.
 *
 * <p><b>Workbooks.</b> Formulas are not evaluated: a formula cell is read as the value the
 * spreadsheet last computed and saved. Reading {@code .xlsx} needs only the JDK, and is bounded
 * (size, zip entries, compression ratio, XML depth, rows, columns, cell length: see
 * {@link SheetLimits}); DTDs and entities are refused. Writing {@code .xlsx} needs
 * {@code org.dhatim:fastexcel}, an optional dependency of pst-io.
 *
 * <p><b>Writing</b> is the inverse of reading: what is written with a mapping reads back equal
 * with it. CSV is written Belgian by default (see {@link #toCsv(List, ColumnMapping,
 * CsvDialect)}); {@code .xlsx} with numeric amount cells in the euro format.
 *
 * <p>This class only holds static methods; they are thread-safe.
 */
public final class BudgetSheet {

  static final String STRING_SOURCE = "<string>";

  private BudgetSheet() {}

  /**
   * A mapping of no column, to declare the columns of a sheet on: {@code
   * BudgetSheet.mapping().exercice("Exercice").group("Groupe").amount("Montant")}.
   *
   * @return {@link ColumnMapping#empty()}
   */
  public static ColumnMapping mapping() {
    return ColumnMapping.empty();
  }

  /**
   * Every column under its French default header (Élément, Exercice, Service, Type, Groupe,
   * Article, Montant, Financement, Libellé, Estimation), what the writers use by default.
   *
   * @return {@link ColumnMapping#defaults()}
   */
  public static ColumnMapping defaultMapping() {
    return ColumnMapping.defaults();
  }

  // ------------------------------------------------------------------ CSV

  /**
   * Reads the budget lines of a CSV file, UTF-8, detecting its dialect from the header row.
   *
   * @param path the file
   * @param mapping the columns; it must name the exercice, the amount, and the group or the
   *     service and the side
   * @return the lines, in the order of the rows
   * @throws IOException if the file cannot be read
   * @throws SheetFormatException if a cell, the header, the encoding or the size is not what is
   *     allowed, with every bad cell
   * @throws IllegalArgumentException if the mapping lacks the exercice, the amount, or both the
   *     group and the service or side
   */
  public static List<BudgetLine> readCsv(Path path, ColumnMapping mapping)
      throws IOException, SheetFormatException {
    return readCsv(path, mapping, CsvOptions.detect());
  }

  /**
   * Reads the budget lines of a CSV file of a declared dialect, UTF-8.
   *
   * @param path the file
   * @param mapping the columns; it must name the exercice, the amount, and the group or the
   *     service and the side
   * @param dialect the dialect of the file
   * @return the lines, in the order of the rows
   * @throws IOException if the file cannot be read
   * @throws SheetFormatException if a cell, the header, the encoding or the size is not what is
   *     allowed, with every bad cell
   */
  public static List<BudgetLine> readCsv(Path path, ColumnMapping mapping, CsvDialect dialect)
      throws IOException, SheetFormatException {
    return readCsv(path, mapping, CsvOptions.of(dialect));
  }

  /**
   * Reads the budget lines of a CSV file with the given options (dialect, encoding).
   *
   * @param path the file
   * @param mapping the columns; it must name the exercice, the amount, and the group or the
   *     service and the side
   * @param options the dialect (or detection) and the encoding
   * @return the lines, in the order of the rows
   * @throws IOException if the file cannot be read
   * @throws SheetFormatException if a cell, the header, the encoding or the size is not what is
   *     allowed, with every bad cell
   */
  public static List<BudgetLine> readCsv(Path path, ColumnMapping mapping, CsvOptions options)
      throws IOException, SheetFormatException {
    Objects.requireNonNull(path, "path");
    String source = String.valueOf(path.getFileName());
    return CsvReading.read(separator -> new CsvSource(
            CharInput.decoding(Files.newInputStream(path), options.charset()), separator,
            source, Limits.DEFAULT, options.charset().name()),
        source, mapping, options);
  }

  /**
   * Reads the budget lines of CSV text, detecting its dialect from the header row.
   *
   * @param csv the text
   * @param mapping the columns; it must name the exercice, the amount, and the group or the
   *     service and the side
   * @return the lines, in the order of the rows
   * @throws SheetFormatException if a cell, the header or the size is not what is allowed, with
   *     every bad cell (the source is {@code <string>})
   */
  public static List<BudgetLine> parseCsv(String csv, ColumnMapping mapping)
      throws SheetFormatException {
    return parseCsv(csv, mapping, CsvOptions.detect());
  }

  /**
   * Reads the budget lines of CSV text with the given options (the encoding is not used).
   *
   * @param csv the text
   * @param mapping the columns; it must name the exercice, the amount, and the group or the
   *     service and the side
   * @param options the dialect, or detection
   * @return the lines, in the order of the rows
   * @throws SheetFormatException if a cell, the header or the size is not what is allowed, with
   *     every bad cell (the source is {@code <string>})
   */
  public static List<BudgetLine> parseCsv(String csv, ColumnMapping mapping, CsvOptions options)
      throws SheetFormatException {
    return parseCsv(csv, mapping, options, Limits.DEFAULT);
  }

  static List<BudgetLine> parseCsv(String csv, ColumnMapping mapping, CsvOptions options,
      Limits limits) throws SheetFormatException {
    Objects.requireNonNull(csv, "csv");
    try {
      return CsvReading.read(separator -> new CsvSource(CharInput.of(csv), separator,
          STRING_SOURCE, limits, "UTF-16"), STRING_SOURCE, mapping, options);
    } catch (IOException e) {
      throw new AssertionError("reading a string cannot fail", e);
    }
  }

  /**
   * The lines as Belgian CSV with every column of {@link ColumnMapping#defaults()}.
   *
   * @param lines the budget lines
   * @return the CSV text (with a byte order mark, so that Excel reads it as UTF-8)
   */
  public static String toCsv(List<? extends BudgetLine> lines) {
    return toCsv(lines, ColumnMapping.defaults(), CsvDialect.BELGIAN);
  }

  /**
   * The lines as CSV: the header row, then one row a line, in the order of the mapping's
   * columns. Fields are quoted (RFC 4180) only when they hold the separator, a quote or a line
   * end; records end with CRLF; the text starts with a byte order mark, so that Excel reads it
   * as UTF-8. Amounts are written with the dialect's decimal mark and no thousands separator
   * ({@code 287500,00}), which Belgian Excel and LibreOffice read as numbers; exercices as
   * digits; groups as codes; the service and side as {@code ordinaire}, {@code dépenses}…; the
   * funding source as {@code Europe (FSE)}; the estimate as {@code oui} or {@code non}. An empty
   * label is written as an empty cell, and reads back as no label. Texts are written as they
   * are: a spreadsheet opening the CSV takes a text that starts with {@code =} for a formula
   * (an {@code .xlsx} keeps texts as texts), and may turn a code such as {@code 1.1} into a
   * date; {@link #readCsv(Path, ColumnMapping)} reads the file itself back exactly.
   *
   * @param lines the budget lines
   * @param mapping the columns to write; it must name every attribute the lines have
   * @param dialect the dialect
   * @return the CSV text
   * @throws IllegalArgumentException if a line has a value in a column the mapping does not
   *     name, or the mapping lacks the exercice, the amount, or both the group and the
   *     service or side
   */
  public static String toCsv(List<? extends BudgetLine> lines, ColumnMapping mapping,
      CsvDialect dialect) {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(dialect, "dialect");
    return CsvOut.text(List.of(LinesLayout.grid(lines, mapping)), dialect);
  }

  /**
   * Writes the lines as Belgian CSV with every column of {@link ColumnMapping#defaults()}.
   *
   * @param lines the budget lines
   * @param path the file to write (replaced if it exists)
   * @throws IOException if the file cannot be written
   */
  public static void writeCsv(List<? extends BudgetLine> lines, Path path) throws IOException {
    writeCsv(lines, path, ColumnMapping.defaults(), CsvDialect.BELGIAN);
  }

  /**
   * Writes the lines as CSV, as {@link #toCsv(List, ColumnMapping, CsvDialect)} gives them, in
   * UTF-8.
   *
   * @param lines the budget lines
   * @param path the file to write (replaced if it exists)
   * @param mapping the columns to write
   * @param dialect the dialect
   * @throws IOException if the file cannot be written
   */
  public static void writeCsv(List<? extends BudgetLine> lines, Path path, ColumnMapping mapping,
      CsvDialect dialect) throws IOException {
    Objects.requireNonNull(path, "path");
    Files.writeString(path, toCsv(lines, mapping, dialect), StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ xlsx

  /**
   * Reads the budget lines of the first sheet of an {@code .xlsx} workbook.
   *
   * @param path the workbook
   * @param mapping the columns; it must name the exercice, the amount, and the group or the
   *     service and the side
   * @return the lines, in the order of the rows
   * @throws IOException if the file cannot be read
   * @throws SheetFormatException if a cell, the header or the workbook is not what is allowed,
   *     with every bad cell
   */
  public static List<BudgetLine> readXlsx(Path path, ColumnMapping mapping)
      throws IOException, SheetFormatException {
    return readXlsx(path, mapping, null, Limits.DEFAULT);
  }

  /**
   * Reads the budget lines of a named sheet of an {@code .xlsx} workbook.
   *
   * @param path the workbook
   * @param mapping the columns; it must name the exercice, the amount, and the group or the
   *     service and the side
   * @param sheet the name of the sheet, ignoring case
   * @return the lines, in the order of the rows
   * @throws IOException if the file cannot be read
   * @throws SheetFormatException if the sheet does not exist (the message lists the sheets), or
   *     a cell, the header or the workbook is not what is allowed, with every bad cell
   */
  public static List<BudgetLine> readXlsx(Path path, ColumnMapping mapping, String sheet)
      throws IOException, SheetFormatException {
    return readXlsx(path, mapping, Objects.requireNonNull(sheet, "sheet"), Limits.DEFAULT);
  }

  static List<BudgetLine> readXlsx(Path path, ColumnMapping mapping, String sheet, Limits limits)
      throws IOException, SheetFormatException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(mapping, "mapping");
    mapping.requireComplete();
    String source = String.valueOf(path.getFileName());
    try (XlsxWorkbook workbook = XlsxWorkbook.open(path, source, limits);
        RowSource rows = workbook.sheet(sheet)) {
      LinesReader.Missing[] missing = new LinesReader.Missing[1];
      LinesReader.Header header = LinesReader.findHeader(rows, mapping, missing);
      if (header == null) {
        throw LinesReader.noHeader(source, rows.sheet(), mapping, missing[0]);
      }
      return LinesReader.readLines(rows, mapping, header, ',');
    } catch (RuntimeException e) {
      throw unreadable(source, e);
    }
  }

  /**
   * A workbook whose reading failed in a way no check foresaw (the JDK's zip and XML code may
   * throw unchecked exceptions on damaged input): still the documented exception.
   */
  private static SheetFormatException unreadable(String source, RuntimeException e) {
    return new SheetFormatException(SheetProblem.ofFile(source, null,
        "damaged .xlsx: " + e), e);
  }

  /**
   * The names of the sheets of an {@code .xlsx} workbook.
   *
   * @param path the workbook
   * @return the names, in the workbook's order
   * @throws IOException if the file cannot be read
   * @throws SheetFormatException if the file is not a readable workbook
   */
  public static List<String> sheetNames(Path path) throws IOException, SheetFormatException {
    Objects.requireNonNull(path, "path");
    String source = String.valueOf(path.getFileName());
    try (XlsxWorkbook workbook = XlsxWorkbook.open(path, source, Limits.DEFAULT)) {
      return workbook.sheetNames();
    } catch (RuntimeException e) {
      throw unreadable(source, e);
    }
  }

  /**
   * Writes the lines to an {@code .xlsx} workbook with every column of
   * {@link ColumnMapping#defaults()}.
   *
   * @param lines the budget lines
   * @param path the workbook to write (replaced if it exists)
   * @throws IOException if the file cannot be written
   * @throws IllegalStateException if {@code org.dhatim:fastexcel} is not on the class path
   */
  public static void writeXlsx(List<? extends BudgetLine> lines, Path path) throws IOException {
    writeXlsx(lines, path, ColumnMapping.defaults());
  }

  /**
   * Writes the lines to an {@code .xlsx} workbook: one sheet, "Budget", with a bold header row
   * that stays in view, then one row a line in the order of the mapping's columns; amounts are
   * numeric cells in the euro format ({@code 287.500,00 €}), exercices numeric cells, the other
   * values text cells as in {@link #toCsv(List, ColumnMapping, CsvDialect)}.
   *
   * @param lines the budget lines
   * @param path the workbook to write (replaced if it exists)
   * @param mapping the columns to write; it must name every attribute the lines have
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if a line has a value in a column the mapping does not
   *     name, or an amount has more than the 15 significant digits a spreadsheet cell keeps
   * @throws IllegalStateException if {@code org.dhatim:fastexcel} is not on the class path
   */
  public static void writeXlsx(List<? extends BudgetLine> lines, Path path,
      ColumnMapping mapping) throws IOException {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(mapping, "mapping");
    writeGrids(List.of(LinesLayout.grid(lines, mapping)), path);
  }

  /** Writes grids to a workbook, after checking that fastexcel is there. */
  static void writeGrids(List<Grid> grids, Path path) throws IOException {
    XlsxSupport.require();
    byte[] bytes;
    try (java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream()) {
      XlsxOut.write(grids, buffer);
      bytes = buffer.toByteArray();
    }
    try (OutputStream out = Files.newOutputStream(path)) {
      out.write(bytes);
    }
  }
}
