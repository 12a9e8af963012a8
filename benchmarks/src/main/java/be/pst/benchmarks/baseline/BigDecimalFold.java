package be.pst.benchmarks.baseline;

import be.pst.budget.line.BudgetLine;
import java.math.BigDecimal;
import java.util.List;

/**
 * The {@link BigDecimal} implementation (implémentation en décimaux): each line's amount is a
 * {@code BigDecimal} of euros at cent scale (see {@link NaiveAmounts#decimals}) and each cell a
 * {@code BigDecimal}, summed with {@link BigDecimal#add}. Exact, without Moneta's currency checks
 * and wrapper objects; reported for information.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class BigDecimalFold {

  private BigDecimalFold() {}

  /**
   * Folds the lines into cells of decimals.
   *
   * @param lines the lines, for their exercice and group
   * @param amounts the lines' amounts, in the same order
   * @return the cells, {@code null} where no line
   */
  public static BigDecimal[] consolidate(List<BudgetLine> lines, BigDecimal[] amounts) {
    if (amounts.length != lines.size()) {
      throw new IllegalArgumentException(
          lines.size() + " lines but " + amounts.length + " amounts");
    }
    int first = Integer.MIN_VALUE;
    int years = 0;
    BigDecimal[] cells = new BigDecimal[0];
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
      BigDecimal sum = cells[cell];
      cells[cell] = sum == null ? amounts[i] : sum.add(amounts[i]);
    }
    return cells;
  }
}
