package be.pst.io.sheet;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a spreadsheet (problème de cellule): where it is — the file, the sheet of
 * a workbook, the row and the column (its header and its letter, as a spreadsheet shows them) —,
 * the text found there and what was expected.
 *
 * <p>Rows and columns are numbered as a spreadsheet numbers them: row 1 is the first row (for
 * CSV, the first record, which is the row a spreadsheet shows it on even when a quoted field
 * spans several lines), column 1 is {@code A}. A problem of the whole file has row and column
 * 0; a problem of a whole row has column 0.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SheetProblem {

  /** Texts found longer than this are cut in messages (not in {@link #found()}). */
  private static final int SHOWN_CHARS = 80;

  private final String source;
  private final String sheet;
  private final int row;
  private final int column;
  private final String header;
  private final String found;
  private final String expected;

  SheetProblem(
      String source, String sheet, int row, int column, String header, String found,
      String expected) {
    this.source = Objects.requireNonNull(source, "source");
    this.sheet = sheet;
    this.row = row;
    this.column = column;
    this.header = header;
    this.found = found;
    this.expected = Objects.requireNonNull(expected, "expected");
  }

  /** A problem of the whole file. */
  static SheetProblem ofFile(String source, String sheet, String expected) {
    return new SheetProblem(source, sheet, 0, 0, null, null, expected);
  }

  /**
   * The name of the file.
   *
   * @return e.g. {@code budget.xlsx}, or {@code <string>} for text read from a string
   */
  public String source() {
    return source;
  }

  /**
   * The sheet of the workbook the problem is in.
   *
   * @return the sheet name; empty for CSV and for problems of the workbook itself
   */
  public Optional<String> sheet() {
    return Optional.ofNullable(sheet);
  }

  /**
   * The 1-based row, as the spreadsheet shows it.
   *
   * @return the row, or 0 for a problem of the whole file
   */
  public int row() {
    return row;
  }

  /**
   * The 1-based column ({@code 1} is {@code A}).
   *
   * @return the column, or 0 for a problem of a whole row or of the whole file
   */
  public int column() {
    return column;
  }

  /**
   * The letters of the column, as a spreadsheet shows them.
   *
   * @return e.g. {@code "B"}, {@code "AA"}; empty when {@link #column()} is 0
   */
  public Optional<String> columnLetters() {
    return column > 0 ? Optional.of(columnLetters(column)) : Optional.empty();
  }

  /**
   * The reference of the cell, as a spreadsheet shows it.
   *
   * @return e.g. {@code "B7"}; empty unless both the row and the column are known
   */
  public Optional<String> cell() {
    return column > 0 && row > 0 ? Optional.of(columnLetters(column) + row) : Optional.empty();
  }

  /**
   * The header of the column, as the mapping declares it.
   *
   * @return e.g. {@code "Montant"}; empty for a problem that is not in a mapped column
   */
  public Optional<String> header() {
    return Optional.ofNullable(header);
  }

  /**
   * The text found in the cell.
   *
   * @return the text as read (a number of a workbook as the workbook stores it); empty when the
   *     problem is not about a cell's text
   */
  public Optional<String> found() {
    return Optional.ofNullable(found);
  }

  /**
   * What was expected there, or what is wrong, in English.
   *
   * @return e.g. {@code "an amount in euros to the cent, such as 287.500,00"}
   */
  public String expected() {
    return expected;
  }

  /**
   * The problem in one line: {@code budget.xlsx [Budget] B7 (Montant): found "12,345":
   * expected an amount in euros to the cent…}.
   *
   * @return the readable problem
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(source);
    if (sheet != null) {
      out.append(" [").append(sheet).append(']');
    }
    if (row > 0 && column > 0) {
      out.append(' ').append(columnLetters(column)).append(row);
    } else if (row > 0) {
      out.append(" row ").append(row);
    } else if (column > 0) {
      out.append(" column ").append(columnLetters(column));
    }
    if (header != null) {
      out.append(" (").append(header).append(')');
    }
    out.append(": ");
    if (found != null) {
      out.append("found ").append(quoted(found)).append(": ");
    }
    return out.append(expected).toString();
  }

  /**
   * Compares every part of the problem.
   *
   * @param other the object to compare with
   * @return whether {@code other} is the same problem at the same place
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SheetProblem)) {
      return false;
    }
    SheetProblem that = (SheetProblem) other;
    return source.equals(that.source) && Objects.equals(sheet, that.sheet) && row == that.row
        && column == that.column && Objects.equals(header, that.header)
        && Objects.equals(found, that.found) && expected.equals(that.expected);
  }

  /**
   * Hashes every part of the problem.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(source, sheet, row, column, header, found, expected);
  }

  /** {@code "12,345"}, cut with an ellipsis past {@link #SHOWN_CHARS}, line ends shown. */
  static String quoted(String text) {
    String shown = text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "…" : text;
    shown = shown.replace("\r", "\\r").replace("\n", "\\n");
    return '"' + shown + '"' + (text.length() > SHOWN_CHARS ? " (" + text.length() + " chars)" : "");
  }

  /** {@code 1 → "A"}, {@code 27 → "AA"}, {@code 16384 → "XFD"}. */
  static String columnLetters(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      letters.append((char) ('A' + (c - 1) % 26));
    }
    return letters.reverse().toString();
  }
}
