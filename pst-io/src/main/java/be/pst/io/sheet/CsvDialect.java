package be.pst.io.sheet;

import java.util.Objects;

/**
 * How a CSV file writes its fields and numbers (dialecte CSV): the field separator and the
 * decimal mark of amounts.
 *
 * <p>{@link #BELGIAN} is what a spreadsheet set to Belgian French or Dutch reads and writes:
 * fields separated by {@code ;} and a decimal comma ({@code 287500,00}). {@link #PLAIN} is the
 * international form: fields separated by {@code ,} and a decimal point ({@code 287500.00}).
 * Quoting follows RFC 4180 in both.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CsvDialect {

  /** {@code ;} between fields, {@code ,} before the decimals: Belgian spreadsheets. */
  public static final CsvDialect BELGIAN = new CsvDialect(';', ',');

  /** {@code ,} between fields, {@code .} before the decimals. */
  public static final CsvDialect PLAIN = new CsvDialect(',', '.');

  private final char separator;
  private final char decimalMark;

  private CsvDialect(char separator, char decimalMark) {
    this.separator = separator;
    this.decimalMark = decimalMark;
  }

  /**
   * A dialect, such as {@code of(';', '.')} for files with semicolons and a decimal point.
   *
   * @param separator the field separator: {@code ;}, {@code ,} or a tab
   * @param decimalMark the decimal mark of amounts: {@code ,} or {@code .}, not the separator
   * @return the dialect
   * @throws IllegalArgumentException if a character is not one of those, or both are the same
   */
  public static CsvDialect of(char separator, char decimalMark) {
    if (separator != ';' && separator != ',' && separator != '\t') {
      throw new IllegalArgumentException(
          "CSV separator must be ';', ',' or a tab, not '" + separator + "'");
    }
    if (decimalMark != ',' && decimalMark != '.') {
      throw new IllegalArgumentException(
          "decimal mark must be ',' or '.', not '" + decimalMark + "'");
    }
    if (separator == decimalMark) {
      throw new IllegalArgumentException(
          "the separator and the decimal mark must differ: '" + separator + "'");
    }
    if (separator == BELGIAN.separator && decimalMark == BELGIAN.decimalMark) {
      return BELGIAN;
    }
    if (separator == PLAIN.separator && decimalMark == PLAIN.decimalMark) {
      return PLAIN;
    }
    return new CsvDialect(separator, decimalMark);
  }

  /**
   * The field separator.
   *
   * @return {@code ;} for {@link #BELGIAN}, {@code ,} for {@link #PLAIN}
   */
  public char separator() {
    return separator;
  }

  /**
   * The decimal mark of amounts.
   *
   * @return {@code ,} for {@link #BELGIAN}, {@code .} for {@link #PLAIN}
   */
  public char decimalMark() {
    return decimalMark;
  }

  /**
   * Compares the separator and the decimal mark.
   *
   * @param other the object to compare with
   * @return whether {@code other} is the same dialect
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CsvDialect && ((CsvDialect) other).separator == separator
        && ((CsvDialect) other).decimalMark == decimalMark;
  }

  /**
   * Hashes the separator and the decimal mark.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(separator, decimalMark);
  }

  /**
   * The dialect, for the shell.
   *
   * @return {@code BELGIAN}, {@code PLAIN}, or e.g. {@code CsvDialect[';', '.']}
   */
  @Override
  public String toString() {
    if (equals(BELGIAN)) {
      return "BELGIAN";
    }
    if (equals(PLAIN)) {
      return "PLAIN";
    }
    return "CsvDialect['" + (separator == '\t' ? "\\t" : String.valueOf(separator)) + "', '"
        + decimalMark + "']";
  }
}
