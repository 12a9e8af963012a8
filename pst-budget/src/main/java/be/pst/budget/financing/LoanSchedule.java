package be.pst.budget.financing;

import be.pst.budget.money.EuroAmount;
import be.pst.core.style.PstStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The repayment schedule of a loan (tableau d'amortissement): one instalment per year.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class LoanSchedule implements WithLoanSchedule {

  LoanSchedule() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The instalments, in exercice order.
   *
   * @return one instalment per year of the loan
   */
  public abstract List<LoanInstalment> instalments();

  /**
   * The interest paid over the whole loan.
   *
   * @return the sum of the instalments' interest
   */
  public EuroAmount totalInterest() {
    return EuroAmount.sum(instalments().stream().map(LoanInstalment::interest).toList());
  }

  /**
   * The capital repaid over the whole loan; equal to the principal.
   *
   * @return the sum of the instalments' capital
   */
  public EuroAmount totalCapital() {
    return EuroAmount.sum(instalments().stream().map(LoanInstalment::capital).toList());
  }

  /**
   * The charges paid over the whole loan: principal plus total interest.
   *
   * @return the sum of the instalments' charges
   */
  public EuroAmount totalCharges() {
    return EuroAmount.sum(instalments().stream().map(LoanInstalment::charge).toList());
  }

  /** Builds {@link LoanSchedule}s. */
  public static final class Builder extends ImmutableLoanSchedule.Builder {
    Builder() {}
  }
}
