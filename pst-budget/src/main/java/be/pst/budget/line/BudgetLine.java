package be.pst.budget.line;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.money.EuroAmount;
import be.pst.core.funding.FundingSource;
import be.pst.core.style.PstStyle;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One line of the PST budget (ligne budgétaire): an amount of one exercice, in one service and
 * side, usually in one economic group, for the plan itself or for one of its elements (an OS, an
 * OO or an action).
 *
 * <p>The {@linkplain #group() economic group} gives the service and the side; a line whose group
 * is not known (an eComptes article whose economic code cannot be classified) still has them, and
 * consolidation counts it in a row "non classé" of its service and side. Amounts are signed as
 * entered: a receipt and an expense are both positive, and the side tells them apart.
 *
 * <p>{@link #figure()} says which figure of the budget cycle the line gives: the PST projection
 * (the default), an adopted budget, or the account (engaged, charged).
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
public abstract class BudgetLine implements WithBudgetLine {

  BudgetLine() {}

  /**
   * A new builder.
   *
   * @return an empty builder; {@code exercice}, {@code amount} and a group (or a service and a
   *     side) are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A projection line of the plan itself.
   *
   * @param exercice the budget year
   * @param group the economic group
   * @param amount the amount in euros, to the cent
   * @return the line
   * @throws IllegalArgumentException if {@code amount} has a fraction of a cent or is beyond the
   *     range of euro amounts
   * @throws be.pst.budget.money.CurrencyMismatchException if {@code amount} is not in euros
   */
  public static BudgetLine of(int exercice, EconomicGroup group, MonetaryAmount amount) {
    return builder().exercice(exercice).group(group).amount(amount).build();
  }

  /**
   * A projection line of an element of the plan.
   *
   * @param elementCode the code of the OS, OO or action the line belongs to
   * @param exercice the budget year
   * @param group the economic group
   * @param amount the amount in euros, to the cent
   * @return the line
   * @throws IllegalArgumentException if {@code amount} has a fraction of a cent or is beyond the
   *     range of euro amounts, or {@code elementCode} is blank
   * @throws be.pst.budget.money.CurrencyMismatchException if {@code amount} is not in euros
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
   * The code of the element the line belongs to.
   *
   * @return the code of an OS, OO or action; empty for a line of the plan itself
   */
  public abstract Optional<String> elementCode();

  /**
   * The budget year (exercice).
   *
   * @return a four-digit year, e.g. 2020
   */
  public abstract int exercice();

  /**
   * The economic group, if known.
   *
   * @return the group; empty for a line whose group cannot be known (an unclassified article)
   */
  public abstract Optional<EconomicGroup> group();

  /**
   * The service: that of the group when there is one.
   *
   * @return ordinary or extraordinary
   */
  @Value.Default
  public Service service() {
    return group().map(EconomicGroup::service).orElseThrow(() -> new IllegalStateException(
        "a budget line needs an economic group, or a service and a side"));
  }

  /**
   * The side: that of the group when there is one.
   *
   * @return receipts or expenses
   */
  @Value.Default
  public Side side() {
    return group().map(EconomicGroup::side).orElseThrow(() -> new IllegalStateException(
        "a budget line needs an economic group, or a service and a side"));
  }

  /**
   * The amount.
   *
   * @return the amount in euros, to the cent, within the range of a {@code long} of cents
   */
  public abstract EuroAmount amount();

  /**
   * Which figure the line gives.
   *
   * @return the figure; {@link BudgetFigure#PROJECTION} unless set
   */
  @Value.Default
  public BudgetFigure figure() {
    return BudgetFigure.PROJECTION;
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
   * Whether the line belongs to the plan itself rather than to one of its elements.
   *
   * @return {@code elementCode().isEmpty()}
   */
  public boolean isPlanLevel() {
    return elementCode().isEmpty();
  }

  @Value.Check
  void check() {
    if (exercice() < 1000 || exercice() > 9999) {
      throw new IllegalArgumentException(
          "exercice of a budget line must be a four-digit year: " + exercice());
    }
    elementCode().ifPresent(code -> {
      if (code.isBlank()) {
        throw new IllegalArgumentException("elementCode of a budget line must not be blank");
      }
    });
    group().ifPresent(g -> {
      if (g.service() != service() || g.side() != side()) {
        throw new IllegalArgumentException("group " + g.code() + " is " + g.service().label()
            + " " + g.side().label() + ", not " + service().label() + " " + side().label());
      }
    });
    try {
      amount().cents();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "the amount of a budget line must be within ±92.233.720.368.547.758,07 €: " + amount());
    }
  }

  /**
   * A short text for logs and the shell: element, exercice, group (or service and side), amount,
   * and the figure when it is not a projection.
   *
   * @return e.g. {@code "A1 2020 70 Personnel 133.000,00 €"}
   */
  @Override
  public String toString() {
    return elementCode().orElse("plan") + " " + exercice() + " "
        + group().map(EconomicGroup::displayName)
            .orElse(service().label() + " " + side().label() + " non classé")
        + " " + amount().format()
        + (figure() == BudgetFigure.PROJECTION ? "" : " (" + figure().label() + ")")
        + (estimate() ? " (estimation)" : "")
        + label().map(l -> " " + l).orElse("");
  }

  /** Builds {@link BudgetLine}s; {@code exercice}, {@code amount} and a group are required. */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    Builder() {}

    /**
     * Sets the amount from any euro amount.
     *
     * @param amount the amount in euros, to the cent
     * @return this builder
     * @throws IllegalArgumentException if {@code amount} has a fraction of a cent or is beyond the
     *     range of euro amounts
     * @throws be.pst.budget.money.CurrencyMismatchException if {@code amount} is not in euros
     */
    public Builder amount(MonetaryAmount amount) {
      return amount(EuroAmount.from(amount));
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
      return amount(EuroAmount.of(amount));
    }
  }
}
