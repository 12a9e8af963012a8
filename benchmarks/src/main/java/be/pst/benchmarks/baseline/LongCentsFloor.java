package be.pst.benchmarks.baseline;

import be.pst.budget.line.BudgetLine;

/**
 * The floor (plancher): a hand-written loop adding each line's {@code long} cents into its
 * exercice × group cell with a plain {@code +=}, without overflow checks, roll-ups or any object
 * per cell. No implementation that reads the same lines can be much faster.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class LongCentsFloor {

  private LongCentsFloor() {}

  /**
   * Sums the lines into cells.
   *
   * @param lines the lines
   * @return the cells
   */
  public static CentTable consolidate(Iterable<BudgetLine> lines) {
    Accumulator accumulator = new Accumulator();
    accumulator.addAll(lines);
    return accumulator.table();
  }

  /**
   * Sums the lines of several sources (the plans of a region) into one set of cells.
   *
   * @param sources the lines of each plan
   * @return the cells
   */
  public static CentTable consolidateAll(Iterable<? extends Iterable<BudgetLine>> sources) {
    Accumulator accumulator = new Accumulator();
    for (Iterable<BudgetLine> lines : sources) {
      accumulator.addAll(lines);
    }
    return accumulator.table();
  }

  private static final class Accumulator {
    private int first = Integer.MIN_VALUE;
    private int years;
    private long[] cells = new long[0];

    void addAll(Iterable<BudgetLine> lines) {
      long[] cells = this.cells;
      int first = this.first;
      int years = this.years;
      for (BudgetLine line : lines) {
        int exercice = line.exercice();
        int year = exercice - first;
        if (year < 0 || year >= years) {
          int newFirst = Cells.newFirst(first, years, exercice);
          int newYears = Cells.newYears(first, years, exercice);
          cells = Cells.grow(cells, first, years, newFirst, newYears);
          first = newFirst;
          years = newYears;
          year = exercice - first;
        }
        cells[year * Cells.GROUPS + line.group().orElseThrow().ordinal()] += line.amount().cents();
      }
      this.cells = cells;
      this.first = first;
      this.years = years;
    }

    CentTable table() {
      return new CentTable(first, years, cells);
    }
  }
}
