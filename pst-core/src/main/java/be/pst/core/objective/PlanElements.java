package be.pst.core.objective;

/** Checks shared by the elements of this package. */
final class PlanElements {

  private PlanElements() {}

  static void requireText(String value, String name) {
    if (value == null) {
      throw new NullPointerException(name);
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
