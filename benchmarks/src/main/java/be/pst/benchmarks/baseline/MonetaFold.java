package be.pst.benchmarks.baseline;

import be.pst.budget.line.BudgetLine;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The naive money-safe implementation (implémentation naïve): each cell is a Moneta {@link Money}
 * and each line's {@link BudgetLine#amount()} is added with {@link MonetaryAmount#add}, as code
 * written straight against the JSR 354 API would do.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class MonetaFold {

  private MonetaFold() {}

  /**
   * Folds the lines into cells of Moneta amounts.
   *
   * @param lines the lines
   * @return the cells, one Moneta amount per exercice × group, {@code null} where no line
   */
  public static MonetaryAmount[] consolidate(Iterable<BudgetLine> lines) {
    Accumulator accumulator = new Accumulator();
    accumulator.addAll(lines);
    return accumulator.cells;
  }

  /**
   * Folds the lines of several sources (the plans of a region) into one set of cells.
   *
   * @param sources the lines of each plan
   * @return the cells
   */
  public static MonetaryAmount[] consolidateAll(Iterable<? extends Iterable<BudgetLine>> sources) {
    Accumulator accumulator = new Accumulator();
    for (Iterable<BudgetLine> lines : sources) {
      accumulator.addAll(lines);
    }
    return accumulator.cells;
  }

  /**
   * The cells as cents, to compare with the floor.
   *
   * @param lines the lines
   * @return the cells
   */
  public static CentTable consolidateToCents(Iterable<BudgetLine> lines) {
    Accumulator accumulator = new Accumulator();
    accumulator.addAll(lines);
    return accumulator.table();
  }

  private static final class Accumulator {
    private int first = Integer.MIN_VALUE;
    private int years;
    private MonetaryAmount[] cells = new MonetaryAmount[0];

    void addAll(Iterable<BudgetLine> lines) {
      for (BudgetLine line : lines) {
        int year = line.exercice() - first;
        if (year < 0 || year >= years) {
          int exercice = line.exercice();
          int newFirst = Cells.newFirst(first, years, exercice);
          int newYears = Cells.newYears(first, years, exercice);
          cells = Cells.grow(cells, first, years, newFirst, newYears);
          first = newFirst;
          years = newYears;
          year = exercice - first;
        }
        int cell = year * Cells.GROUPS + line.group().ordinal();
        MonetaryAmount sum = cells[cell];
        cells[cell] = sum == null ? line.amount() : sum.add(line.amount());
      }
    }

    CentTable table() {
      long[] cents = new long[cells.length];
      for (int i = 0; i < cells.length; i++) {
        if (cells[i] != null) {
          cents[i] = cells[i].getNumber().numberValue(BigDecimal.class)
              .movePointRight(2).longValueExact();
        }
      }
      return new CentTable(first, years, cents);
    }
  }
}
