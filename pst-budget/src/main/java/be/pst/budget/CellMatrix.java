package be.pst.budget;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import java.math.BigInteger;

/**
 * The mutable accumulator behind {@link BudgetTable}: {@code long} cents in one flat array
 * indexed by {@code (exercice - first) * ROWS + row}, where a row is an economic group's ordinal
 * or one of the four "unclassified" rows (service × side) of lines without a group; an exact
 * {@link BigInteger} carry per cell only when that cell overflows; and a bit mask of the rows
 * seen. Not thread-safe; used locally by {@link Budgets}.
 */
final class CellMatrix {

  /** The number of economic groups. */
  static final int GROUPS = EconomicGroup.values().length;

  /** The number of rows: the groups, then the unclassified rows of each service and side. */
  static final int ROWS = GROUPS + 4;

  private int first;
  private int count;
  private long[] cells;
  private BigInteger[] carries;
  private int rowMask;

  /** An empty matrix: no exercice yet; the first line sets the range. */
  CellMatrix() {
    this.cells = new long[0];
  }

  /** A matrix whose columns cover at least {@code firstExercice…lastExercice}. */
  CellMatrix(int firstExercice, int lastExercice) {
    if (lastExercice < firstExercice) {
      throw new IllegalArgumentException(
          "last exercice " + lastExercice + " is before first exercice " + firstExercice);
    }
    this.first = firstExercice;
    this.count = lastExercice - firstExercice + 1;
    this.cells = new long[count * ROWS];
  }

  /** A matrix holding a copy of the contents of {@code table}. */
  CellMatrix(BudgetTable table) {
    this.first = table.first();
    this.count = table.count();
    this.cells = table.cells().clone();
    this.carries = table.carries() == null ? null : table.carries().clone();
    this.rowMask = table.rowMask();
  }

  /** A matrix with the columns of {@code table} and nothing in them. */
  static CellMatrix sameColumns(BudgetTable table) {
    return table.count() == 0 ? new CellMatrix()
        : new CellMatrix(table.first(), table.first() + table.count() - 1);
  }

  /** Adds the lines of one figure. */
  void addAll(Iterable<? extends BudgetLine> lines, BudgetFigure figure) {
    for (BudgetLine line : lines) {
      if (line.figure() == figure) {
        add(line.exercice(), LineColumns.row(line), line.amount().cents());
      }
    }
  }

  /**
   * Adds {@code cents} to the cell of an exercice and a group ordinal. The overflow test {@code
   * ((old ^ sum) & (cents ^ sum)) < 0} is the one of {@link Math#addExact}, without the cost of
   * an exception.
   */
  void add(int exercice, int g, long cents) {
    int offset = exercice - first;
    if (offset < 0 || offset >= count) {
      cover(exercice);
      offset = exercice - first;
    }
    int index = offset * ROWS + g;
    long old = cells[index];
    long sum = old + cents;
    if (((old ^ sum) & (cents ^ sum)) < 0) {
      carry(index, old, cents);
    } else {
      cells[index] = sum;
    }
    rowMask |= 1 << g;
  }

  /**
   * Adds the lines of figure {@code figure} given as columns, whose exercices the matrix already
   * covers, and counts the lines of every other figure, by ordinal, into {@code others}: the hot
   * loop of consolidation, with the matrix's fields in locals.
   */
  void addColumns(int[] exercices, byte[] rows, byte[] figures, long[] cents, byte figure,
      int[] others) {
    long[] cells = this.cells;
    int first = this.first;
    int mask = 0;
    for (int i = 0, n = cents.length; i < n; i++) {
      byte f = figures[i];
      if (f != figure) {
        others[f]++;
        continue;
      }
      int row = rows[i];
      int index = (exercices[i] - first) * ROWS + row;
      long c = cents[i];
      long old = cells[index];
      long sum = old + c;
      if (((old ^ sum) & (c ^ sum)) < 0) {
        carry(index, old, c);
      } else {
        cells[index] = sum;
      }
      mask |= 1 << row;
    }
    rowMask |= mask;
  }

  /** Adds another matrix, cell by cell. */
  void addAll(CellMatrix other) {
    if (other.count == 0) {
      rowMask |= other.rowMask;
      return;
    }
    cover(other.first);
    cover(other.first + other.count - 1);
    for (int e = 0; e < other.count; e++) {
      int exercice = other.first + e;
      for (int g = 0; g < ROWS; g++) {
        int from = e * ROWS + g;
        int to = (exercice - first) * ROWS + g;
        long cents = other.cells[from];
        long old = cells[to];
        long sum = old + cents;
        if (((old ^ sum) & (cents ^ sum)) < 0) {
          carry(to, old, cents);
        } else {
          cells[to] = sum;
        }
        if (other.carries != null && other.carries[from] != null) {
          ensureCarries();
          carries[to] = carries[to] == null ? other.carries[from] : carries[to].add(other.carries[from]);
        }
      }
    }
    rowMask |= other.rowMask;
  }

  private void carry(int index, long old, long cents) {
    ensureCarries();
    BigInteger carried = BigInteger.valueOf(old);
    carries[index] = carries[index] == null ? carried : carries[index].add(carried);
    cells[index] = cents;
  }

  private void ensureCarries() {
    if (carries == null) {
      carries = new BigInteger[cells.length];
    }
  }

  /** Widens the columns, exactly, so that they include {@code exercice}. */
  void cover(int exercice) {
    if (count == 0) {
      first = exercice;
      count = 1;
      cells = new long[ROWS];
      carries = null;
      return;
    }
    int last = first + count - 1;
    if (exercice >= first && exercice <= last) {
      return;
    }
    int newFirst = Math.min(first, exercice);
    int newLast = Math.max(last, exercice);
    int newCount = newLast - newFirst + 1;
    long[] newCells = new long[newCount * ROWS];
    System.arraycopy(cells, 0, newCells, (first - newFirst) * ROWS, cells.length);
    if (carries != null) {
      BigInteger[] newCarries = new BigInteger[newCells.length];
      System.arraycopy(carries, 0, newCarries, (first - newFirst) * ROWS, carries.length);
      carries = newCarries;
    }
    cells = newCells;
    first = newFirst;
    count = newCount;
  }

  /** An immutable table of the current contents. */
  BudgetTable toTable(BudgetFigure figure, String title) {
    return new BudgetTable(figure, title,
        first, count, cells.clone(), carries == null ? null : carries.clone(), rowMask);
  }
}
