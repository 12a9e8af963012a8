package be.pst.budget.line;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.money.Euros;
import be.pst.core.funding.FundingSource;
import be.pst.core.style.PstStyle;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One line of the PST budget (ligne budgétaire): an amount of one exercice in one economic group,
 * for the plan itself or for one of its elements (an OS, an OO or an action).
 *
 * <p>The amount is stored as a {@code long} number of cents ({@link #amountCents()}), so that
 * millions of lines stay small and sum fast; {@link #amount()} gives it as a euro
 * {@link MonetaryAmount}. Amounts are signed as entered: a receipt and an expense are both
 * positive, and the {@linkplain EconomicGroup#side() side} of the group tells them apart.
 *
 * <p>An empty {@link #elementCode()} means a line of the plan itself (as the totals table of an
 * annex); otherwise the code names the element the line belongs to. Whether that element exists,
 * and whether the exercice lies in the legislature, is checked by
 * {@code BudgetedPlan.validate()}, not here.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class BudgetLine {

  BudgetLine() {}

  /**
   * A new builder.
   *
   * @return an empty builder; {@code exercice}, {@code group} and an amount are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A line of the plan itself.
   *
   * @param exercice the budget year
   * @param group the economic group
   * @param amount the amount in euros, to the cent
   * @return the line
   */
  public static BudgetLine of(int exercice, EconomicGroup group, MonetaryAmount amount) {
    return builder().exercice(exercice).group(group).amount(amount).build();
  }

  /**
   * A line of an element of the plan.
   *
   * @param elementCode the code of the OS, OO or action the line belongs to
   * @param exercice the budget year
   * @param group the economic group
   * @param amount the amount in euros, to the cent
   * @return the line
   */
  public static BudgetLine of(
      String elementCode, int exercice, EconomicGroup group, MonetaryAmount amount) {
    return builder()
        .elementCode(elementCode)
        .exercice(exercice)
        .group(group)
        .amount(amount)
        .build();
  }

  /**
   * The budget year (exercice).
   *
   * @return a four-digit year, e.g. 2020
   */
  public abstract int exercice();

  /**
   * The economic group, which also gives the service and the side.
   *
   * @return the group
   */
  public abstract EconomicGroup group();

  /**
   * The amount in cents.
   *
   * @return e.g. {@code 28_750_000} for 287.500,00 €
   */
  public abstract long amountCents();

  /**
   * The amount.
   *
   * @return the amount in euros, at cent scale
   */
  public MonetaryAmount amount() {
    return Euros.ofCents(amountCents());
  }

  /**
   * The budget article the line is booked on, if known.
   *
   * @return e.g. {@code 104/123-48}
   */
  public abstract Optional<BudgetArticle> article();

  /**
   * Who funds the line (a subsidy, own funds…), if known.
   *
   * @return the funding source
   */
  public abstract Optional<FundingSource> funding();

  /**
   * A free description of the line, e.g. "Affiches et folders".
   *
   * @return the label
   */
  public abstract Optional<String> label();

  /**
   * Whether the amount is only an estimate (estimation).
   *
   * @return {@code true} for an estimate; {@code false} by default
   */
  @Value.Default
  public boolean estimate() {
    return false;
  }

  /**
   * The code of the element the line belongs to.
   *
   * @return the code of an OS, OO or action; empty for a line of the plan itself
   */
  public abstract Optional<String> elementCode();

  /**
   * Whether the line belongs to the plan itself rather than to one of its elements.
   *
   * @return {@code elementCode().isEmpty()}
   */
  public boolean isPlanLevel() {
    return elementCode().isEmpty();
  }

  /**
   * A copy with another amount.
   *
   * @param amount the new amount in euros, to the cent
   * @return the copy
   */
  public BudgetLine withAmount(MonetaryAmount amount) {
    return ImmutableBudgetLine.copyOf(this).withAmountCents(Euros.toCents(amount));
  }

  /**
   * A copy with another amount in cents.
   *
   * @param cents the new amount in cents
   * @return the copy
   */
  public BudgetLine withAmountCents(long cents) {
    return ImmutableBudgetLine.copyOf(this).withAmountCents(cents);
  }

  /**
   * A copy for another exercice.
   *
   * @param exercice the new budget year
   * @return the copy
   */
  public BudgetLine withExercice(int exercice) {
    return ImmutableBudgetLine.copyOf(this).withExercice(exercice);
  }

  /**
   * A copy in another economic group.
   *
   * @param group the new group
   * @return the copy
   */
  public BudgetLine withGroup(EconomicGroup group) {
    return ImmutableBudgetLine.copyOf(this).withGroup(group);
  }

  /**
   * A copy belonging to another element.
   *
   * @param elementCode the code of the OS, OO or action
   * @return the copy
   */
  public BudgetLine withElementCode(String elementCode) {
    return ImmutableBudgetLine.copyOf(this).withElementCode(elementCode);
  }

  /**
   * A copy belonging to the plan itself.
   *
   * @return the copy, with no element code
   */
  public BudgetLine withoutElementCode() {
    return withElementCode(Optional.<String>empty());
  }

  /**
   * A copy belonging to another element, or to the plan itself.
   *
   * @param elementCode the code of the OS, OO or action; empty for the plan itself
   * @return the copy
   */
  public BudgetLine withElementCode(Optional<String> elementCode) {
    return ImmutableBudgetLine.copyOf(this).withElementCode(elementCode);
  }

  /**
   * A copy with another funding source.
   *
   * @param funding the funding source
   * @return the copy
   */
  public BudgetLine withFunding(FundingSource funding) {
    return ImmutableBudgetLine.copyOf(this).withFunding(funding);
  }

  /**
   * A copy with another estimate flag.
   *
   * @param estimate whether the amount is an estimate
   * @return the copy
   */
  public BudgetLine withEstimate(boolean estimate) {
    return ImmutableBudgetLine.copyOf(this).withEstimate(estimate);
  }

  @Value.Check
  void check() {
    Objects.requireNonNull(group(), "group");
    if (exercice() < 1000 || exercice() > 9999) {
      throw new IllegalStateException(
          "exercice of a budget line must be a four-digit year: " + exercice());
    }
    elementCode().ifPresent(code -> {
      if (code.isBlank()) {
        throw new IllegalStateException("elementCode of a budget line must not be blank");
      }
    });
  }

  /**
   * A short text for logs: element, exercice, group and amount.
   *
   * @return e.g. {@code "A1 2020 70 Personnel 133.000,00 €"}
   */
  @Override
  public String toString() {
    return elementCode().orElse("plan") + " " + exercice() + " " + group().displayName() + " "
        + Euros.formatCents(amountCents()) + (estimate() ? " (estimation)" : "")
        + label().map(l -> " " + l).orElse("");
  }

  /** Builds {@link BudgetLine}s; {@code exercice}, {@code group} and an amount are required. */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    Builder() {}

    /**
     * Sets the amount.
     *
     * @param amount the amount in euros, to the cent
     * @return this builder
     * @throws IllegalArgumentException if {@code amount} has a fraction of a cent
     * @throws be.pst.budget.money.CurrencyMismatchException if {@code amount} is not in euros
     */
    public Builder amount(MonetaryAmount amount) {
      return amountCents(Euros.toCents(amount));
    }

    /**
     * Sets the amount from a plain decimal such as {@code "287500.00"}.
     *
     * @param amount the amount in euros, to the cent
     * @return this builder
     * @throws IllegalArgumentException if {@code amount} is not a decimal or has a fraction of a
     *     cent
     */
    public Builder amount(String amount) {
      return amount(Euros.of(amount));
    }
  }
}
