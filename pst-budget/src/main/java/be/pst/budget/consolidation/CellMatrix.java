package be.pst.budget.consolidation;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.line.LineColumns;
import java.math.BigInteger;

/**
 * The mutable accumulator behind {@link BudgetTable}: {@code long} cents in one flat array
 * indexed by {@code (exercice - first) * GROUPS + group.ordinal()}, an exact {@link BigInteger}
 * carry per cell only when that cell overflows, and a bit mask of the groups seen. Not
 * thread-safe; used locally by {@link Budgets}.
 */
final class CellMatrix {

  static final int GROUPS = EconomicGroup.values().length;

  private int first;
  private int count;
  private long[] cells;
  private BigInteger[] carries;
  private int groupMask;

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
    this.cells = new long[count * GROUPS];
  }

  /** A matrix holding a copy of the contents of {@code table}. */
  CellMatrix(BudgetTable table) {
    this.first = table.first();
    this.count = table.count();
    this.cells = table.cells().clone();
    this.carries = table.carries() == null ? null : table.carries().clone();
    this.groupMask = table.groupMask();
  }

  /** Adds every line: the hot loop of consolidation over line objects. */
  void addAll(Iterable<? extends BudgetLine> lines) {
    for (BudgetLine line : lines) {
      addCents(line.exercice(), line.group().ordinal(), line.amountCents());
    }
  }

  /** Adds every line of the columns: the hot loop of consolidation over a budgeted plan. */
  void addAll(LineColumns lines) {
    for (int i = 0, n = lines.size(); i < n; i++) {
      addCents(lines.exercice(i), lines.groupOrdinal(i), lines.cents(i));
    }
  }

  /** Adds one amount of cents. */
  void add(int exercice, EconomicGroup group, long cents) {
    addCents(exercice, group.ordinal(), cents);
  }

  /**
   * Adds {@code cents} to the cell of an exercice and a group ordinal. The overflow test {@code
   * ((old ^ sum) & (cents ^ sum)) < 0} is the one of {@link Math#addExact}, without the cost of
   * an exception.
   */
  private void addCents(int exercice, int g, long cents) {
    int offset = exercice - first;
    if (offset < 0 || offset >= count) {
      cover(exercice);
      offset = exercice - first;
    }
    int index = offset * GROUPS + g;
    long old = cells[index];
    long sum = old + cents;
    if (((old ^ sum) & (cents ^ sum)) < 0) {
      carry(index, old, cents);
    } else {
      cells[index] = sum;
    }
    groupMask |= 1 << g;
  }

  /** Adds another matrix, cell by cell. */
  void addAll(CellMatrix other) {
    if (other.count == 0) {
      groupMask |= other.groupMask;
      return;
    }
    cover(other.first);
    cover(other.first + other.count - 1);
    for (int e = 0; e < other.count; e++) {
      int exercice = other.first + e;
      for (int g = 0; g < GROUPS; g++) {
        int from = e * GROUPS + g;
        int to = (exercice - first) * GROUPS + g;
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
    groupMask |= other.groupMask;
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
      cells = new long[GROUPS];
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
    long[] newCells = new long[newCount * GROUPS];
    System.arraycopy(cells, 0, newCells, (first - newFirst) * GROUPS, cells.length);
    if (carries != null) {
      BigInteger[] newCarries = new BigInteger[newCells.length];
      System.arraycopy(carries, 0, newCarries, (first - newFirst) * GROUPS, carries.length);
      carries = newCarries;
    }
    cells = newCells;
    first = newFirst;
    count = newCount;
  }

  /** An immutable table of the current contents. */
  BudgetTable toTable() {
    return new BudgetTable(
        first, count, cells.clone(), carries == null ? null : carries.clone(), groupMask);
  }
}
