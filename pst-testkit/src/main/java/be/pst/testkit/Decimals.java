package be.pst.testkit;

import java.math.BigDecimal;

/** Canonical decimals: no trailing zeros, never a negative scale ({@code 100}, {@code 12.5}). */
final class Decimals {

  private Decimals() {}

  static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
