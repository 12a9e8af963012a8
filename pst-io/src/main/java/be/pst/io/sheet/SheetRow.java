package be.pst.io.sheet;

/** One row of a sheet or one record of a CSV file, its cells by 0-based column index. */
interface SheetRow {

  /** The 1-based row number, as a spreadsheet shows it. */
  int number();

  /** One past the index of the last cell the row has. */
  int width();

  /** The cell at a 0-based column index; {@link RawCell#EMPTY} past the row's width. */
  RawCell cell(int index);

  /** Whether every cell is blank. */
  default boolean isBlank() {
    for (int i = 0; i < width(); i++) {
      if (!cell(i).isBlank()) {
        return false;
      }
    }
    return true;
  }
}
