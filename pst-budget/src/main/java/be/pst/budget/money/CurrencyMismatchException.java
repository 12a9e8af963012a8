package be.pst.budget.money;

import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryException;

/**
 * Thrown when an amount in another currency than the euro reaches pst-budget (devise
 * inattendue). The message names both currencies.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CurrencyMismatchException extends MonetaryException {

  private static final long serialVersionUID = 1L;

  /** The ISO 4217 code of the currency that was required. */
  private final String expected;

  /** The ISO 4217 code of the currency that was received. */
  private final String actual;

  /**
   * Creates the exception for an amount in {@code actual} where {@code expected} was required.
   *
   * @param expected the currency pst-budget works in (EUR)
   * @param actual the currency of the amount received
   */
  public CurrencyMismatchException(CurrencyUnit expected, CurrencyUnit actual) {
    super("currency mismatch: expected " + Objects.requireNonNull(expected, "expected").getCurrencyCode()
        + " but got " + Objects.requireNonNull(actual, "actual").getCurrencyCode());
    this.expected = expected.getCurrencyCode();
    this.actual = actual.getCurrencyCode();
  }

  /**
   * The currency that was required.
   *
   * @return its ISO 4217 code, e.g. {@code EUR}
   */
  public String expectedCurrency() {
    return expected;
  }

  /**
   * The currency that was received.
   *
   * @return its ISO 4217 code, e.g. {@code USD}
   */
  public String actualCurrency() {
    return actual;
  }
}
