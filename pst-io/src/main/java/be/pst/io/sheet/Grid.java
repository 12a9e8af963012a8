package be.pst.io.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sheet to write, before it is CSV or {@code .xlsx}: its name, its rows of cells, and how
 * many rows at the top stay in view when scrolling.
 */
final class Grid {

  final String name;
  final List<OutCell[]> rows = new ArrayList<>();
  int frozenRows;

  Grid(String name) {
    this.name = name;
  }

  Grid row(OutCell... cells) {
    rows.add(cells.clone());
    return this;
  }

  Grid row(List<OutCell> cells) {
    rows.add(cells.toArray(new OutCell[0]));
    return this;
  }

  int width() {
    int width = 0;
    for (OutCell[] row : rows) {
      width = Math.max(width, row.length);
    }
    return width;
  }

  /** Characters each column needs on screen, between 8 and 60. */
  int[] columnWidths() {
    int[] widths = new int[width()];
    Arrays.fill(widths, 8);
    for (OutCell[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        if (row.length > 1 || row[c].kind != OutCell.Kind.TEXT) {
          widths[c] = Math.min(60, Math.max(widths[c], row[c].displayWidth() + 2));
        }
      }
    }
    return widths;
  }
}
