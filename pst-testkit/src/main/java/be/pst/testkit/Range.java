package be.pst.testkit;

/**
 * A range of counts {@code min..max}, both included, such as the number of actions under an
 * operational objective.
 *
 * @param min the smallest count, at least 0
 * @param max the largest count, at least {@code min}
 */
record Range(int min, int max) {

  /**
   * The range {@code min..max} of {@code what}.
   *
   * @param min the smallest count
   * @param max the largest count
   * @param what what is counted, for the message
   * @return the range
   * @throws IllegalArgumentException if {@code min} is negative or greater than {@code max}
   */
  static Range of(int min, int max, String what) {
    Years.requireRange(min, max, what);
    return new Range(min, max);
  }

  @Override
  public String toString() {
    return min + ".." + max;
  }
}
