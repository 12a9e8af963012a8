package be.pst.budget.financing;

import be.pst.budget.money.EuroAmount;
import be.pst.core.style.PstStyle;
import org.immutables.value.Value;

/**
 * One year of a loan's repayment schedule (annuité d'emprunt): the interest and capital paid in
 * an exercice, their sum (the debt charge booked in group 7X) and the capital still owed after.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class LoanInstalment implements WithLoanInstalment {

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
  public abstract EuroAmount interest();

  /**
   * The capital repaid, in cents.
   *
   * @return the capital
   */
  public abstract EuroAmount capital();

  /**
   * The capital still owed after this payment, in cents.
   *
   * @return the outstanding balance; zero after the last payment
   */
  public abstract EuroAmount outstanding();




  /**
   * The charge of the year (charge de la dette): interest plus capital.
   *
   * @return the charge in euros
   */
  public EuroAmount charge() {
    return interest().add(capital());
  }


  /** Builds {@link LoanInstalment}s. */
  public static final class Builder extends ImmutableLoanInstalment.Builder {
    Builder() {}
  }
}
