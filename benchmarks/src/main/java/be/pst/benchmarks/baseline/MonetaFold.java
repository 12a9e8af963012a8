package be.pst.benchmarks.baseline;

import be.pst.budget.line.BudgetLine;
import java.math.BigDecimal;
import java.util.List;
import org.javamoney.moneta.Money;

/**
 * The naive money-safe implementation (implémentation naïve): each line's amount is a Moneta
 * {@link Money} (see {@link NaiveAmounts#moneta}) and each exercice × group cell a {@code Money},
 * summed with {@link Money#add}, as code written straight against Moneta would do.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class MonetaFold {

  private MonetaFold() {}

  /**
   * Folds the lines into cells of Moneta amounts.
   *
   * @param lines the lines, for their exercice and group
   * @param amounts the lines' amounts, in the same order
   * @return the cells, one Moneta amount per exercice × group, {@code null} where no line
   */
  public static Money[] consolidate(List<BudgetLine> lines, Money[] amounts) {
    Accumulator accumulator = new Accumulator();
    accumulator.addAll(lines, amounts);
    return accumulator.cells;
  }

  /**
   * Folds the lines of several sources (the plans of a region) into one set of cells.
   *
   * @param lines the lines of each plan
   * @param amounts the amounts of each plan's lines, in the same order
   * @return the cells
   */
  public static Money[] consolidateAll(List<List<BudgetLine>> lines, List<Money[]> amounts) {
    Accumulator accumulator = new Accumulator();
    for (int i = 0; i < lines.size(); i++) {
      accumulator.addAll(lines.get(i), amounts.get(i));
    }
    return accumulator.cells;
  }

  /**
   * The cells as cents, to compare with the floor.
   *
   * @param lines the lines
   * @param amounts the lines' amounts, in the same order
   * @return the cells
   */
  public static CentTable consolidateToCents(List<BudgetLine> lines, Money[] amounts) {
    Accumulator accumulator = new Accumulator();
    accumulator.addAll(lines, amounts);
    return accumulator.table();
  }

  private static final class Accumulator {
    private int first = Integer.MIN_VALUE;
    private int years;
    private Money[] cells = new Money[0];

    void addAll(List<BudgetLine> lines, Money[] amounts) {
      if (amounts.length != lines.size()) {
        throw new IllegalArgumentException(
            lines.size() + " lines but " + amounts.length + " amounts");
      }
      for (int i = 0; i < amounts.length; i++) {
        BudgetLine line = lines.get(i);
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
        int cell = year * Cells.GROUPS + line.group().orElseThrow().ordinal();
        Money sum = cells[cell];
        cells[cell] = sum == null ? amounts[i] : sum.add(amounts[i]);
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
