package be.pst.io.sheet;

/**
 * The bounds every spreadsheet reading checks before it allocates (limites de lecture), so that
 * a hostile or broken file fails fast with a {@link SheetFormatException} instead of exhausting
 * memory or time. They lie well beyond any budget a commune or CPAS keeps in a spreadsheet, and
 * at or below what Excel itself allows.
 *
 * <p>This class only holds constants.
 */
public final class SheetLimits {

  /** Rows of a sheet or records of a CSV file, header included: 1.000.000 (Excel: 1.048.576). */
  public static final int MAX_ROWS = 1_000_000;

  /** Columns of a row: 16.384, Excel's last column {@code XFD}. */
  public static final int MAX_COLUMNS = 16_384;

  /** Characters of one cell: 32.767, as in Excel. */
  public static final int MAX_CELL_CHARS = 32_767;

  /** Characters of one CSV record, every field and separator included: 1 Mi (1.048.576). */
  public static final int MAX_ROW_CHARS = 1 << 20;

  /** Rows searched for the header row from the top of the sheet: 20. */
  public static final int HEADER_SEARCH_ROWS = 20;

  /** Size of an {@code .xlsx} file: 64 MiB. */
  public static final long MAX_XLSX_BYTES = 64L << 20;

  /** Entries of an {@code .xlsx} archive: 10.000. */
  public static final int MAX_XLSX_ENTRIES = 10_000;

  /** Uncompressed size of one part (entry) of an {@code .xlsx} read: 256 MiB. */
  public static final long MAX_PART_BYTES = 256L << 20;

  /**
   * Compression ratio of a part beyond its first {@link #RATIO_GRACE_BYTES}: 100 (a part that
   * inflates more than 100 times its compressed size is taken for a zip bomb; sheets written by
   * Excel or LibreOffice compress 5 to 30 times).
   */
  public static final int MAX_COMPRESSION_RATIO = 100;

  /** Uncompressed bytes of a part before its compression ratio is checked: 1 MiB. */
  public static final long RATIO_GRACE_BYTES = 1L << 20;

  /** Nesting depth of the XML of an {@code .xlsx} part: 32 (a sheet needs 5). */
  public static final int MAX_XML_DEPTH = 32;

  /** Strings of the shared strings table of an {@code .xlsx}: 1.000.000. */
  public static final int MAX_SHARED_STRINGS = 1_000_000;

  /** Problems reported by one {@link SheetFormatException} before the reading stops: 100. */
  public static final int MAX_PROBLEMS = 100;

  private SheetLimits() {}
}
