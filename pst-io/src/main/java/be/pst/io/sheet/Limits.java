package be.pst.io.sheet;

/**
 * The limits one reading applies: {@link SheetLimits} by default, smaller in tests so that a
 * limit can be reached with a small file.
 */
final class Limits {

  static final Limits DEFAULT = new Limits(SheetLimits.MAX_ROWS, SheetLimits.MAX_COLUMNS,
      SheetLimits.MAX_CELL_CHARS, SheetLimits.MAX_ROW_CHARS, SheetLimits.MAX_XLSX_BYTES,
      SheetLimits.MAX_PART_BYTES);

  final int maxRows;
  final int maxColumns;
  final int maxCellChars;
  final int maxRowChars;
  final long maxXlsxBytes;
  final long maxPartBytes;

  Limits(int maxRows, int maxColumns, int maxCellChars, int maxRowChars, long maxXlsxBytes,
      long maxPartBytes) {
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
    this.maxCellChars = maxCellChars;
    this.maxRowChars = maxRowChars;
    this.maxXlsxBytes = maxXlsxBytes;
    this.maxPartBytes = maxPartBytes;
  }
}
