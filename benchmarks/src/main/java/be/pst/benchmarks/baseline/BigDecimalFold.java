package be.pst.benchmarks.baseline;

import be.pst.budget.line.BudgetLine;
import java.math.BigDecimal;

/**
 * The {@link BigDecimal} implementation (implémentation en décimaux): each cell is a {@code
 * BigDecimal} of euros and each line's amount, as a {@code BigDecimal} at cent scale, is added with
 * {@link BigDecimal#add}. Exact, without Moneta's currency checks and wrapper objects; reported for
 * information.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class BigDecimalFold {

  private BigDecimalFold() {}

  /**
   * Folds the lines into cells of decimals.
   *
   * @param lines the lines
   * @return the cells
   */
  public static BigDecimal[] consolidate(Iterable<BudgetLine> lines) {
    int first = Integer.MIN_VALUE;
    int years = 0;
    BigDecimal[] cells = new BigDecimal[0];
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
      BigDecimal amount = BigDecimal.valueOf(line.amountCents(), 2);
      BigDecimal sum = cells[cell];
      cells[cell] = sum == null ? amount : sum.add(amount);
    }
    return cells;
  }
}
