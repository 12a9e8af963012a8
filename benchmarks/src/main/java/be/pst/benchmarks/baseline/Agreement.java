package be.pst.benchmarks.baseline;

import be.pst.budget.BudgetTable;
import be.pst.budget.group.EconomicGroup;

/**
 * Checks, before anything is timed, that our consolidation and a baseline computed the same cells
 * (concordance): a benchmark comparing different results would measure nothing.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class Agreement {

  private Agreement() {}

  /**
   * Fails unless two cent tables hold the same cells.
   *
   * @param expected the floor's cells
   * @param actual a baseline's cells
   * @param what what {@code actual} is, for the message
   * @throws IllegalStateException showing both tables
   */
  public static void check(CentTable expected, CentTable actual, String what) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(what + " disagrees with the long-cents floor: " + expected
          + " versus " + actual);
    }
  }

  /**
   * Fails unless our table holds the floor's cells.
   *
   * @param expected the floor's cells
   * @param actual the table of {@code Budgets.consolidate}
   * @throws IllegalStateException naming the first cell that differs
   */
  public static void check(CentTable expected, BudgetTable actual) {
    for (int year = 0; year < expected.exercices(); year++) {
      int exercice = expected.firstExercice() + year;
      for (EconomicGroup group : EconomicGroup.values()) {
        long want = expected.cents(exercice, group);
        long got = actual.amount(exercice, group).cents();
        if (want != got) {
          throw new IllegalStateException("Budgets.consolidate disagrees with the long-cents floor"
              + " in " + exercice + " " + group.code() + ": " + got + " cents instead of " + want);
        }
      }
    }
    if (!actual.exercices().isEmpty()
        && (actual.exercices().get(0) != expected.firstExercice()
            || actual.exercices().size() != expected.exercices())) {
      throw new IllegalStateException("Budgets.consolidate spans exercices "
          + actual.exercices() + ", the lines span " + expected.exercices() + " from "
          + expected.firstExercice());
    }
  }
}
