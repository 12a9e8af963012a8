package be.pst.budget.financing;

import be.pst.budget.money.Euros;
import be.pst.core.style.PstStyle;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One year of a loan's repayment schedule (annuité d'emprunt): the interest and capital paid in
 * an exercice, their sum (the debt charge booked in group 7X) and the capital still owed after.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class LoanInstalment {

  LoanInstalment() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The exercice of the payment.
   *
   * @return the budget year
   */
  public abstract int exercice();

  /**
   * The interest paid, in cents.
   *
   * @return the interest
   */
  public abstract long interestCents();

  /**
   * The capital repaid, in cents.
   *
   * @return the capital
   */
  public abstract long capitalCents();

  /**
   * The capital still owed after this payment, in cents.
   *
   * @return the outstanding balance; zero after the last payment
   */
  public abstract long outstandingCents();

  /**
   * The charge of the year, interest plus capital, in cents.
   *
   * @return the charge
   */
  public long chargeCents() {
    return Math.addExact(interestCents(), capitalCents());
  }

  /**
   * The interest paid.
   *
   * @return the interest in euros
   */
  public MonetaryAmount interest() {
    return Euros.ofCents(interestCents());
  }

  /**
   * The capital repaid.
   *
   * @return the capital in euros
   */
  public MonetaryAmount capital() {
    return Euros.ofCents(capitalCents());
  }

  /**
   * The charge of the year (charge de la dette): interest plus capital.
   *
   * @return the charge in euros
   */
  public MonetaryAmount charge() {
    return Euros.ofCents(chargeCents());
  }

  /**
   * The capital still owed after this payment.
   *
   * @return the outstanding balance in euros
   */
  public MonetaryAmount outstanding() {
    return Euros.ofCents(outstandingCents());
  }

  /** Builds {@link LoanInstalment}s. */
  public static final class Builder extends ImmutableLoanInstalment.Builder {
    Builder() {}
  }
}
