package be.pst.budget.financing;

import be.pst.budget.money.CentSum;
import be.pst.core.style.PstStyle;
import java.util.List;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The repayment schedule of a loan (tableau d'amortissement): one instalment per year.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class LoanSchedule {

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
  public MonetaryAmount totalInterest() {
    CentSum sum = new CentSum();
    instalments().forEach(i -> sum.add(i.interestCents()));
    return sum.toMoney();
  }

  /**
   * The capital repaid over the whole loan; equal to the principal.
   *
   * @return the sum of the instalments' capital
   */
  public MonetaryAmount totalCapital() {
    CentSum sum = new CentSum();
    instalments().forEach(i -> sum.add(i.capitalCents()));
    return sum.toMoney();
  }

  /**
   * The charges paid over the whole loan: principal plus total interest.
   *
   * @return the sum of the instalments' charges
   */
  public MonetaryAmount totalCharges() {
    CentSum sum = new CentSum();
    instalments().forEach(i -> sum.add(i.interestCents()).add(i.capitalCents()));
    return sum.toMoney();
  }

  /** Builds {@link LoanSchedule}s. */
  public static final class Builder extends ImmutableLoanSchedule.Builder {
    Builder() {}
  }
}
