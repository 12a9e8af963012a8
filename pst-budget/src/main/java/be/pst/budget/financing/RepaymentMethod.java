package be.pst.budget.financing;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * How a loan is repaid (mode de remboursement).
 *
 * <p>Instances are immutable and thread-safe.
 */
public enum RepaymentMethod {
  /**
   * Linear repayment (amortissement linéaire, capital constant): the same capital every year,
   * interest on the outstanding balance, so charges decrease.
   */
  LINEAR("linéaire"),
  /**
   * Constant annuities (annuités constantes): the same charge every year (give or take the
   * rounding of the last one), interest decreasing and capital increasing.
   */
  ANNUITY("annuités constantes");

  private final String label;

  RepaymentMethod(String label) {
    this.label = label;
  }

  /**
   * The French name of the method.
   *
   * @return e.g. {@code "annuités constantes"}
   */
  public String label() {
    return label;
  }

  /**
   * The method named by {@code text}: its French name ("linéaire", "annuités constantes",
   * "annuité"), or its constant name, accent- and case-insensitively.
   *
   * @param text the word to read
   * @return the method
   * @throws IllegalArgumentException if {@code text} names no method, listing the accepted words
   */
  public static RepaymentMethod parse(String text) {
    return Labels.parse(RepaymentMethod.class, text, m -> m == LINEAR
        ? List.of(m.label, "capital constant", "amortissement linéaire")
        : List.of(m.label, "annuité", "annuités", "annuité constante"));
  }
}
