package be.pst.budget.financing;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.core.style.PstStyle;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A loan taken to finance an investment (emprunt), and how it weighs on the budget.
 *
 * <p>As seed 003 (Anderlues) explains, "le recours à l'emprunt se traduit par une recette égale
 * à la dépense (ou part de dépense si subside) au service extraordinaire et une dépense ordinaire
 * égale aux charges annuelles de remboursement du capital et des intérêts durant le temps de
 * l'emprunt": {@link #toBudgetLines()} gives an extraordinary receipt in group 82 (Dettes) in the
 * {@linkplain #investmentExercice() investment exercice}, and an ordinary expense in group 7X
 * (Dettes) every year of the {@linkplain #schedule() schedule}, from {@link #firstExercice()}.
 *
 * <p><b>Schedule and rounding</b> (every amount is to the cent, rounded with {@link
 * #rounding()}):
 *
 * <ul>
 *   <li>Interest of a year = outstanding balance × {@link #annualRate()}, rounded each year.
 *   <li>{@link RepaymentMethod#LINEAR}: capital of each year but the last = principal ÷ years,
 *       rounded; charges decrease.
 *   <li>{@link RepaymentMethod#ANNUITY}: the constant annuity {@code P·r / (1 − (1 + r)^−n)} is
 *       computed with 34 significant digits and rounded; the capital of each year but the last is
 *       the annuity minus that year's interest.
 *   <li>The capital of a year never exceeds the balance, and the last year's capital is the
 *       remaining balance: capital always sums exactly to the principal, and charges sum exactly
 *       to the principal plus the total interest.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Loan implements WithLoan {

  private static final MathContext PRECISION = MathContext.DECIMAL128;

  Loan() {}

  /**
   * A new builder.
   *
   * @return an empty builder; principal, years, annual rate, method, first exercice and rounding
   *     are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The largest principal of a loan: 1.000.000.000.000,00 €. */
  public static final EuroAmount MAX_PRINCIPAL = EuroAmount.ofCents(100_000_000_000_000L);

  /** The longest loan, in years. */
  public static final int MAX_YEARS = 100;

  /**
   * The principal borrowed.
   *
   * @return a positive amount, at most {@link #MAX_PRINCIPAL}
   */
  public abstract EuroAmount principal();

  /**
   * The duration of the loan in years: the number of annual charges.
   *
   * @return 1 to {@value #MAX_YEARS}
   */
  public abstract int years();

  /**
   * The annual interest rate, as a fraction: {@code 0.02} for 2 %.
   *
   * @return a rate in {@code [0, 1)}
   */
  public abstract BigDecimal annualRate();

  /**
   * How the loan is repaid.
   *
   * @return linear or constant annuities
   */
  public abstract RepaymentMethod method();

  /**
   * The exercice of the first annual charge.
   *
   * @return the budget year of the first instalment
   */
  public abstract int firstExercice();

  /**
   * The exercice in which the loan is taken: the year of its extraordinary receipt (82). By
   * default the first exercice, as the annex of seed 000 books the loan and its first charge in
   * the same year.
   *
   * @return the budget year of the investment
   */
  @Value.Default
  public int investmentExercice() {
    return firstExercice();
  }

  /**
   * How interest and capital are rounded to the cent.
   *
   * @return the rounding mode; {@link RoundingMode#UNNECESSARY} fails unless every amount is exact
   */
  public abstract RoundingMode rounding();

  /**
   * The element (usually an action) the loan finances.
   *
   * @return its code; empty for the plan itself
   */
  public abstract Optional<String> elementCode();

  /**
   * A description of the loan, used as the label of its budget lines.
   *
   * @return e.g. "Emprunt travaux Chaussée de La Croix"
   */
  public abstract Optional<String> label();

  /**
   * Whether the amounts are only estimates; carried over to the budget lines.
   *
   * @return {@code false} by default
   */
  @Value.Default
  public boolean estimate() {
    return false;
  }

  @Value.Check
  void check() {
    Objects.requireNonNull(annualRate(), "annualRate");
    Objects.requireNonNull(method(), "method");
    Objects.requireNonNull(rounding(), "rounding");
    if (principal().signum() <= 0 || principal().isGreaterThan(MAX_PRINCIPAL)) {
      throw new IllegalArgumentException("principal of a loan must be positive and at most "
          + MAX_PRINCIPAL + ": " + principal());
    }
    if (years() < 1 || years() > MAX_YEARS) {
      throw new IllegalArgumentException(
          "a loan lasts 1 to " + MAX_YEARS + " years, not " + years());
    }
    if (firstExercice() < 1000 || firstExercice() + years() - 1 > 9999
        || investmentExercice() < 1000 || investmentExercice() > 9999) {
      throw new IllegalArgumentException("the exercices of a loan must be four-digit years: "
          + firstExercice() + " + " + years() + " years, investment " + investmentExercice());
    }
    if (annualRate().signum() < 0 || annualRate().compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException(
          "annual rate of a loan must be a fraction in [0, 1), such as 0.02 for 2 %: "
              + annualRate().toPlainString());
    }
  }

  /**
   * The repayment schedule, one instalment per year from {@link #firstExercice()}.
   *
   * @return the schedule
   * @throws ArithmeticException if {@link #rounding()} is {@code UNNECESSARY} and an amount has
   *     a fraction of a cent
   */
  @Value.Lazy
  public LoanSchedule schedule() {
    BigDecimal rate = annualRate();
    long balance = principal().cents();
    int n = years();
    long fixed = method() == RepaymentMethod.LINEAR ? linearCapital() : annuity();
    List<LoanInstalment> instalments = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      long interest = BigDecimal.valueOf(balance).multiply(rate)
          .setScale(0, rounding()).longValueExact();
      long capital;
      if (k == n - 1) {
        capital = balance;
      } else {
        capital = method() == RepaymentMethod.LINEAR ? fixed : Math.max(0, fixed - interest);
        capital = Math.min(capital, balance);
      }
      balance -= capital;
      instalments.add(LoanInstalment.builder()
          .exercice(firstExercice() + k)
          .interest(EuroAmount.ofCents(interest))
          .capital(EuroAmount.ofCents(capital))
          .outstanding(EuroAmount.ofCents(balance))
          .build());
    }
    return LoanSchedule.builder().addAllInstalments(instalments).build();
  }

  private long linearCapital() {
    return BigDecimal.valueOf(principal().cents())
        .divide(BigDecimal.valueOf(years()), 0, rounding()).longValueExact();
  }

  private long annuity() {
    BigDecimal p = BigDecimal.valueOf(principal().cents());
    BigDecimal r = annualRate();
    if (r.signum() == 0) {
      return p.divide(BigDecimal.valueOf(years()), 0, rounding()).longValueExact();
    }
    BigDecimal growth = BigDecimal.ONE.add(r).pow(years(), PRECISION);
    BigDecimal annuity = p.multiply(r).multiply(growth)
        .divide(growth.subtract(BigDecimal.ONE), PRECISION);
    return annuity.setScale(0, rounding()).longValueExact();
  }

  /**
   * The loan as budget lines: the extraordinary receipt of the principal (group 82) in the
   * investment exercice, then one ordinary debt charge (group 7X, interest plus capital) per
   * year of the schedule. Lines carry the loan's element code, label and estimate flag.
   *
   * @return the lines, receipt first, then charges in exercice order
   */
  public List<BudgetLine> toBudgetLines() {
    List<BudgetLine> lines = new ArrayList<>(years() + 1);
    lines.add(line(investmentExercice(), EconomicGroup.EXTRAORDINARY_RECEIPTS_DEBT,
        principal(), label().orElse("Emprunt")));
    for (LoanInstalment i : schedule().instalments()) {
      lines.add(line(i.exercice(), EconomicGroup.ORDINARY_EXPENSES_DEBT, i.charge(),
          label().map(l -> "Charges d'emprunt : " + l).orElse("Charges d'emprunt")));
    }
    return Collections.unmodifiableList(lines);
  }

  private BudgetLine line(int exercice, EconomicGroup group, EuroAmount amount, String label) {
    BudgetLine.Builder b = BudgetLine.builder();
    b.exercice(exercice).group(group).amount(amount).label(label).estimate(estimate());
    elementCode().ifPresent(b::elementCode);
    return b.build();
  }

  /** Builds {@link Loan}s. */
  public static final class Builder extends ImmutableLoan.Builder {
    Builder() {}

    /**
     * Sets the principal.
     *
     * @param principal the amount borrowed, in euros to the cent
     * @return this builder
     */
    public Builder principal(MonetaryAmount principal) {
      return principal(EuroAmount.from(principal));
    }
  }
}
