package be.pst.budget;

import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import java.util.Arrays;
import java.util.List;

/**
 * The budget lines of a plan column by column — exercices, table rows, cents and figures in flat
 * arrays — which consolidation walks instead of line objects scattered in the heap. Built once
 * per immutable {@link BudgetedPlan}. Immutable once built; package-private.
 */
final class LineColumns {

  private static final int FIGURES = BudgetFigure.values().length;

  private final int[] exercices;
  private final byte[] rows;
  private final byte[] figures;
  private final long[] cents;
  /** The first and last exercice of the lines of each figure, by ordinal; 0 and -1 if none. */
  private final int[] firstByFigure;
  private final int[] lastByFigure;

  private LineColumns(int[] exercices, byte[] rows, byte[] figures, long[] cents,
      int[] firstByFigure, int[] lastByFigure) {
    this.exercices = exercices;
    this.rows = rows;
    this.figures = figures;
    this.cents = cents;
    this.firstByFigure = firstByFigure;
    this.lastByFigure = lastByFigure;
  }

  static LineColumns of(List<BudgetLine> lines) {
    int size = lines.size();
    int[] exercices = new int[size];
    byte[] rows = new byte[size];
    byte[] figures = new byte[size];
    long[] cents = new long[size];
    int[] firstByFigure = new int[FIGURES];
    int[] lastByFigure = new int[FIGURES];
    Arrays.fill(lastByFigure, -1);
    for (int i = 0; i < size; i++) {
      BudgetLine line = lines.get(i);
      int exercice = line.exercice();
      int figure = line.figure().ordinal();
      exercices[i] = exercice;
      rows[i] = (byte) row(line);
      figures[i] = (byte) figure;
      cents[i] = line.amount().cents();
      if (lastByFigure[figure] < firstByFigure[figure]) {
        firstByFigure[figure] = exercice;
        lastByFigure[figure] = exercice;
      } else {
        firstByFigure[figure] = Math.min(firstByFigure[figure], exercice);
        lastByFigure[figure] = Math.max(lastByFigure[figure], exercice);
      }
    }
    return new LineColumns(exercices, rows, figures, cents, firstByFigure, lastByFigure);
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

  /**
   * Adds the lines of one figure to a matrix and counts the lines of every other figure, by
   * ordinal, into {@code others}: the hot loop of consolidation, one pass. The matrix is widened
   * once, to the figure's exercices, before the loop.
   */
  void addTo(CellMatrix matrix, BudgetFigure figure, int[] others) {
    int f = figure.ordinal();
    if (lastByFigure[f] >= firstByFigure[f]) {
      matrix.cover(firstByFigure[f]);
      matrix.cover(lastByFigure[f]);
    }
    matrix.addColumns(exercices, rows, figures, cents, (byte) f, others);
  }

  /** Widens a matrix to the exercices of every line, whatever its figure. */
  void cover(CellMatrix matrix) {
    for (int f = 0; f < FIGURES; f++) {
      if (lastByFigure[f] >= firstByFigure[f]) {
        matrix.cover(firstByFigure[f]);
        matrix.cover(lastByFigure[f]);
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
