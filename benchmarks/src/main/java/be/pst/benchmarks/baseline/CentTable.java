package be.pst.benchmarks.baseline;

import be.pst.budget.group.EconomicGroup;
import java.util.Arrays;
import java.util.Objects;

/**
 * The result of a baseline: the total in cents of each exercice × economic group cell (tableau de
 * consolidation réduit à ses cellules). Used to check that our code and the baselines compute the
 * same thing before they are timed.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CentTable {

  private final int firstExercice;
  private final int exercices;
  private final long[] cells;

  CentTable(int firstExercice, int exercices, long[] cells) {
    this.firstExercice = firstExercice;
    this.exercices = exercices;
    this.cells = cells;
  }

  /**
   * The first exercice with a line.
   *
   * @return e.g. 2019; meaningless when {@link #exercices()} is 0
   */
  public int firstExercice() {
    return firstExercice;
  }

  /**
   * How many exercices the table spans.
   *
   * @return from the first to the last exercice with a line, 0 for no line
   */
  public int exercices() {
    return exercices;
  }

  /**
   * The total of one cell.
   *
   * @param exercice the budget year
   * @param group the economic group
   * @return the sum of the cents of the lines of that exercice and group, 0 if none
   */
  public long cents(int exercice, EconomicGroup group) {
    Objects.requireNonNull(group, "group");
    int year = exercice - firstExercice;
    if (year < 0 || year >= exercices) {
      return 0;
    }
    return cells[year * Cells.GROUPS + group.ordinal()];
  }

  /**
   * The total of every cell.
   *
   * @return the sum of all cells, in cents
   */
  public long totalCents() {
    long total = 0;
    for (long cell : cells) {
      total = Math.addExact(total, cell);
    }
    return total;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CentTable
        && firstExercice == ((CentTable) other).firstExercice
        && exercices == ((CentTable) other).exercices
        && Arrays.equals(cells, ((CentTable) other).cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstExercice, exercices, Arrays.hashCode(cells));
  }

  @Override
  public String toString() {
    return "CentTable[" + firstExercice + "+" + exercices + " exercices, total "
        + totalCents() + " cents]";
  }
}
