package be.pst.io.sheet;

import java.util.Arrays;

/** A row of a workbook: the cells it holds, at increasing column indices. */
final class SparseRow implements SheetRow {

  private final int number;
  private final int[] columns;
  private final RawCell[] cells;
  private final int size;

  SparseRow(int number, int[] columns, RawCell[] cells, int size) {
    this.number = number;
    this.columns = Arrays.copyOf(columns, size);
    this.cells = Arrays.copyOf(cells, size);
    this.size = size;
  }

  @Override
  public int number() {
    return number;
  }

  @Override
  public int width() {
    return size == 0 ? 0 : columns[size - 1] + 1;
  }

  @Override
  public RawCell cell(int index) {
    int at = Arrays.binarySearch(columns, 0, size, index);
    return at >= 0 ? cells[at] : RawCell.EMPTY;
  }

  @Override
  public boolean isBlank() {
    for (int i = 0; i < size; i++) {
      if (!cells[i].isBlank()) {
        return false;
      }
    }
    return true;
  }
}
