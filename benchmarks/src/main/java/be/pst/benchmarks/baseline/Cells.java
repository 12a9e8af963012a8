package be.pst.benchmarks.baseline;

import be.pst.budget.group.EconomicGroup;
import java.util.Arrays;

/**
 * Where a baseline puts its sums: one cell per exercice and economic group, laid out flat as
 * {@code (exercice - firstExercice) * groups + group.ordinal()}, for the exercices seen so far.
 * Shared by the baselines so that they all pay the same bookkeeping.
 */
final class Cells {

  static final int GROUPS = EconomicGroup.values().length;

  private Cells() {}

  /**
   * The new first exercice when {@code exercice} falls outside {@code [first, first + years)}.
   *
   * @param first the current first exercice, {@link Integer#MIN_VALUE} before any line
   * @param years the current number of exercices
   * @param exercice the exercice of the line
   * @return the first exercice of a window that holds both
   */
  static int newFirst(int first, int years, int exercice) {
    return years == 0 ? exercice : Math.min(first, exercice);
  }

  /**
   * The new number of exercices when {@code exercice} falls outside the window.
   *
   * @param first the current first exercice
   * @param years the current number of exercices
   * @param exercice the exercice of the line
   * @return the number of exercices of a window that holds both
   */
  static int newYears(int first, int years, int exercice) {
    if (years == 0) {
      return 1;
    }
    int newFirst = Math.min(first, exercice);
    int newLast = Math.max(first + years - 1, exercice);
    return newLast - newFirst + 1;
  }

  static long[] grow(long[] cells, int first, int years, int newFirst, int newYears) {
    long[] grown = new long[newYears * GROUPS];
    if (years == 0) {
      return grown;
    }
    System.arraycopy(cells, 0, grown, (first - newFirst) * GROUPS, years * GROUPS);
    return grown;
  }

  static <T> T[] grow(T[] cells, int first, int years, int newFirst, int newYears) {
    T[] grown = Arrays.copyOf(cells, newYears * GROUPS);
    Arrays.fill(grown, null);
    if (years == 0) {
      return grown;
    }
    System.arraycopy(cells, 0, grown, (first - newFirst) * GROUPS, years * GROUPS);
    return grown;
  }
}
