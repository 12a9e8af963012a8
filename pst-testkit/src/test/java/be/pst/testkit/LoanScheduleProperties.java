package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetTable;
import be.pst.budget.Budgets;
import be.pst.budget.financing.Loan;
import be.pst.budget.financing.LoanInstalment;
import be.pst.budget.financing.LoanSchedule;
import be.pst.budget.financing.RepaymentMethod;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The loan schedule totals, on generated loans: nothing is created or lost to rounding. */
class LoanScheduleProperties {

  private static final List<RoundingMode> MODES =
      List.of(RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.UP);

  @Property(tries = 300)
  void capitalRepaymentsSumExactlyToThePrincipal(
      @ForAll("principals") EuroAmount principal,
      @ForAll @IntRange(min = 1, max = 40) int years,
      @ForAll("rates") BigDecimal rate,
      @ForAll RepaymentMethod method,
      @ForAll("modes") RoundingMode rounding) {
    LoanSchedule schedule = loan(principal, years, rate, method, rounding).schedule();

    assertThat(schedule.instalments()).hasSize(years);
    assertThat(schedule.totalCapital()).isEqualTo(principal);
    assertThat(schedule.instalments().get(years - 1).outstanding().signum()).isZero();
  }

  @Property(tries = 300)
  void chargesSumToPrincipalPlusInterest(
      @ForAll("principals") EuroAmount principal,
      @ForAll @IntRange(min = 1, max = 40) int years,
      @ForAll("rates") BigDecimal rate,
      @ForAll RepaymentMethod method,
      @ForAll("modes") RoundingMode rounding) {
    LoanSchedule schedule = loan(principal, years, rate, method, rounding).schedule();

    long charges = schedule.instalments().stream().mapToLong(i -> i.charge().cents()).sum();
    assertThat(EuroAmount.ofCents(charges)).isEqualTo(schedule.totalCharges());
    assertThat(schedule.totalCharges()).isEqualTo(principal.add(schedule.totalInterest()));
  }

  @Property(tries = 200)
  void budgetLinesBookThePrincipalAsReceiptAndCostExactlyTheInterest(
      @ForAll("principals") EuroAmount principal,
      @ForAll @IntRange(min = 1, max = 30) int years,
      @ForAll("rates") BigDecimal rate,
      @ForAll RepaymentMethod method,
      @ForAll("modes") RoundingMode rounding) {
    Loan loan = loan(principal, years, rate, method, rounding);
    List<BudgetLine> lines = loan.toBudgetLines();
    BudgetTable table = Budgets.consolidate(lines);

    assertThat(table.total(EconomicGroup.ofCode("82"))).isEqualTo(principal);
    assertThat(table.total(EconomicGroup.ofCode("7X"))).isEqualTo(loan.schedule().totalCharges());
    assertThat(table.totalNetCost()).isEqualTo(loan.schedule().totalInterest());
  }

  private static Loan loan(
      MonetaryAmount principal, int years, BigDecimal rate, RepaymentMethod method,
      RoundingMode rounding) {
    return Loan.builder()
        .principal(principal)
        .years(years)
        .annualRate(rate)
        .method(method)
        .firstExercice(2020)
        .rounding(rounding)
        .build();
  }

  @Provide
  Arbitrary<EuroAmount> principals() {
    return PstArbitraries.amounts().between("0.01", "50000000.00");
  }

  @Provide
  Arbitrary<BigDecimal> rates() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.12")).ofScale(5);
  }

  @Provide
  Arbitrary<RoundingMode> modes() {
    return Arbitraries.of(MODES);
  }
}
