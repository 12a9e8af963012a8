package be.pst.io.sheet;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a CSV file (options de lecture CSV): its {@link CsvDialect}, declared or detected,
 * and its character encoding.
 *
 * <p><b>Dialect.</b> Unless declared, it is detected from the header row: the separator is the
 * one ({@code ;} first, then {@code ,}) under which a row among the first
 * {@link SheetLimits#HEADER_SEARCH_ROWS} holds every mapped header, and amounts then use the
 * decimal mark of {@link CsvDialect#BELGIAN} or {@link CsvDialect#PLAIN} respectively. Declare
 * {@code CsvDialect.of(';', '.')} for a file with semicolons and a decimal point.
 *
 * <p><b>Encoding.</b> UTF-8 by default, with or without a byte order mark. A file that is not
 * valid UTF-8 — typically one saved by Excel as "CSV (séparateur : point-virgule)", which is
 * Windows-1252 — fails with a {@link SheetFormatException} naming the row and the byte, and
 * saying to declare {@link #windows1252()} or to save the file as "CSV UTF-8". Nothing is
 * guessed: a declared encoding is the only one tried.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CsvOptions {

  private static final CsvOptions DETECT = new CsvOptions(null, StandardCharsets.UTF_8);

  private final CsvDialect dialect;
  private final Charset charset;

  private CsvOptions(CsvDialect dialect, Charset charset) {
    this.dialect = dialect;
    this.charset = charset;
  }

  /**
   * Detect the dialect; UTF-8.
   *
   * @return the default options
   */
  public static CsvOptions detect() {
    return DETECT;
  }

  /**
   * The options with a declared dialect; UTF-8.
   *
   * @param dialect the dialect of the file
   * @return the options
   */
  public static CsvOptions of(CsvDialect dialect) {
    return DETECT.withDialect(dialect);
  }

  /**
   * These options with a declared dialect.
   *
   * @param dialect the dialect of the file
   * @return the new options
   */
  public CsvOptions withDialect(CsvDialect dialect) {
    return new CsvOptions(Objects.requireNonNull(dialect, "dialect"), charset);
  }

  /**
   * These options with a declared encoding.
   *
   * @param charset the encoding of the file, e.g. {@code StandardCharsets.ISO_8859_1}
   * @return the new options
   */
  public CsvOptions withCharset(Charset charset) {
    return new CsvOptions(dialect, Objects.requireNonNull(charset, "charset"));
  }

  /**
   * These options for a file in Windows-1252, the encoding of Excel's "CSV (séparateur :
   * point-virgule)" on a Belgian Windows.
   *
   * @return the new options
   */
  public CsvOptions windows1252() {
    return withCharset(Charset.forName("windows-1252"));
  }

  /**
   * The declared dialect.
   *
   * @return the dialect; empty to detect it
   */
  public Optional<CsvDialect> dialect() {
    return Optional.ofNullable(dialect);
  }

  /**
   * The encoding of the file.
   *
   * @return UTF-8 unless declared otherwise
   */
  public Charset charset() {
    return charset;
  }

  /**
   * The options, for the shell.
   *
   * @return e.g. {@code CsvOptions[dialect=detect, charset=UTF-8]}
   */
  @Override
  public String toString() {
    return "CsvOptions[dialect=" + (dialect == null ? "detect" : dialect) + ", charset="
        + charset + "]";
  }
}
