package be.pst.core.plan;

/** Checks of mandatory texts shared by the values of this package. */
final class Texts {

  private Texts() {}

  static void require(String value, String name) {
    if (value == null) {
      throw new NullPointerException(name);
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
