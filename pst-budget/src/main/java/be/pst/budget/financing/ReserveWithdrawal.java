package be.pst.budget.financing;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.core.style.PstStyle;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A withdrawal from the extraordinary reserve fund (prélèvement sur le fonds de réserve
 * extraordinaire) to finance an investment.
 *
 * <p>As seed 003 (Anderlues) explains, "le prélèvement sur le fonds de réserve extraordinaire
 * s'illustre par une recette au service extraordinaire égale à la dépense (ou part de dépense si
 * subside)": {@link #toBudgetLine()} gives an extraordinary receipt in group 88 (Prélèvements),
 * with no charge in later years.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class ReserveWithdrawal implements WithReserveWithdrawal {

  ReserveWithdrawal() {}

  /**
   * A new builder.
   *
   * @return an empty builder; exercice and amount are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A withdrawal of the plan itself.
   *
   * @param exercice the budget year
   * @param amount the amount withdrawn, in euros to the cent
   * @return the withdrawal
   */
  public static ReserveWithdrawal of(int exercice, MonetaryAmount amount) {
    return builder().exercice(exercice).amount(amount).build();
  }

  /**
   * The exercice of the withdrawal.
   *
   * @return the budget year
   */
  public abstract int exercice();

  /**
   * The amount withdrawn, in cents.
   *
   * @return the cents
   */
  public abstract EuroAmount amount();


  /**
   * The element (usually an action) the withdrawal finances.
   *
   * @return its code; empty for the plan itself
   */
  public abstract Optional<String> elementCode();

  /**
   * A description, used as the label of the budget line.
   *
   * @return the label
   */
  public abstract Optional<String> label();

  /**
   * Whether the amount is only an estimate.
   *
   * @return {@code false} by default
   */
  @Value.Default
  public boolean estimate() {
    return false;
  }

  /**
   * The withdrawal as a budget line: an extraordinary receipt in group 88.
   *
   * @return the line, with the withdrawal's element code, label and estimate flag
   */
  public BudgetLine toBudgetLine() {
    BudgetLine.Builder b = BudgetLine.builder();
    b.exercice(exercice())
        .group(EconomicGroup.EXTRAORDINARY_RECEIPTS_WITHDRAWALS)
        .amount(amount())
        .label(label().orElse("Prélèvement sur le fonds de réserve extraordinaire"))
        .estimate(estimate());
    elementCode().ifPresent(b::elementCode);
    return b.build();
  }

  /** Builds {@link ReserveWithdrawal}s. */
  public static final class Builder extends ImmutableReserveWithdrawal.Builder {
    Builder() {}

    /**
     * Sets the amount.
     *
     * @param amount the amount withdrawn, in euros to the cent
     * @return this builder
     */
    public Builder amount(MonetaryAmount amount) {
      return amount(EuroAmount.from(amount));
    }
  }
}
