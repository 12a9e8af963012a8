package be.pst.budget;

import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import java.util.List;

/**
 * The budget lines of a plan column by column — exercices, table rows, cents and figures in flat
 * arrays — which consolidation walks instead of line objects scattered in the heap. Built once
 * per immutable {@link BudgetedPlan}. Immutable once built; package-private.
 */
final class LineColumns {

  private final int[] exercices;
  private final byte[] rows;
  private final byte[] figures;
  private final long[] cents;

  private LineColumns(int[] exercices, byte[] rows, byte[] figures, long[] cents) {
    this.exercices = exercices;
    this.rows = rows;
    this.figures = figures;
    this.cents = cents;
  }

  static LineColumns of(List<BudgetLine> lines) {
    int size = lines.size();
    int[] exercices = new int[size];
    byte[] rows = new byte[size];
    byte[] figures = new byte[size];
    long[] cents = new long[size];
    for (int i = 0; i < size; i++) {
      BudgetLine line = lines.get(i);
      exercices[i] = line.exercice();
      rows[i] = (byte) row(line);
      figures[i] = (byte) line.figure().ordinal();
      cents[i] = line.amount().cents();
    }
    return new LineColumns(exercices, rows, figures, cents);
  }

  /** The row of a line in a {@link BudgetTable}: its group, or the unclassified row. */
  static int row(BudgetLine line) {
    return line.group().isPresent()
        ? line.group().get().ordinal()
        : unclassifiedRow(line.service(), line.side());
  }

  /** The row of the lines of a service and side whose group is not known. */
  static int unclassifiedRow(Service service, Side side) {
    return CellMatrix.GROUPS + service.ordinal() * 2 + side.ordinal();
  }

  int size() {
    return cents.length;
  }

  /** Adds the lines of one figure to a matrix: the hot loop of consolidation. */
  void addTo(CellMatrix matrix, BudgetFigure figure) {
    byte f = (byte) figure.ordinal();
    for (int i = 0, n = cents.length; i < n; i++) {
      if (figures[i] == f) {
        matrix.add(exercices[i], rows[i], cents[i]);
      }
    }
  }

  int exercice(int i) {
    return exercices[i];
  }

  int row(int i) {
    return rows[i];
  }

  long cents(int i) {
    return cents[i];
  }

  boolean is(int i, BudgetFigure figure) {
    return figures[i] == figure.ordinal();
  }
}
