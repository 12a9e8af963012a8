package be.pst.testkit;

/** Checks of exercice ranges shared by the arbitraries. */
final class Years {

  private Years() {}

  static void requireExercices(int firstExercice, int lastExercice) {
    if (firstExercice < 1000 || lastExercice > 9999) {
      throw new IllegalArgumentException(
          "exercices must be four-digit years: " + firstExercice + "–" + lastExercice);
    }
    if (firstExercice > lastExercice) {
      throw new IllegalArgumentException(
          "the first exercice "
              + firstExercice
              + " must not be after the last exercice "
              + lastExercice);
    }
  }

  static void requireRange(int min, int max, String what) {
    if (min < 0 || min > max) {
      throw new IllegalArgumentException(
          "the number of " + what + " must be a range 0 ≤ min ≤ max, not " + min + ".." + max);
    }
  }
}
