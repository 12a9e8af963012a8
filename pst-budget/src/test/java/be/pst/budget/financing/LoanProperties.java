package be.pst.budget.financing;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.money.EuroAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LoanProperties {

  @Provide
  Arbitrary<BigDecimal> rates() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.15")).ofScale(5);
  }

  @Provide
  Arbitrary<RoundingMode> roundings() {
    return Arbitraries.of(RoundingMode.class).filter(m -> m != RoundingMode.UNNECESSARY);
  }

  private static Loan loan(long principal, int years, BigDecimal rate, RepaymentMethod method,
      RoundingMode rounding) {
    return Loan.builder().principal(EuroAmount.ofCents(principal)).years(years).annualRate(rate).method(method)
        .firstExercice(2020).rounding(rounding).build();
  }

  @Property
  void capitalSumsToThePrincipalAndChargesToPrincipalPlusInterest(
      @ForAll @LongRange(min = 1, max = 10_000_000_000L) long principal,
      @ForAll @IntRange(min = 1, max = 40) int years,
      @ForAll("rates") BigDecimal rate,
      @ForAll RepaymentMethod method,
      @ForAll("roundings") RoundingMode rounding) {
    LoanSchedule schedule = loan(principal, years, rate, method, rounding).schedule();

    assertThat(schedule.instalments()).hasSize(years);
    assertThat(schedule.totalCapital()).isEqualTo(EuroAmount.ofCents(principal));
    assertThat(schedule.totalCharges())
        .isEqualTo(EuroAmount.ofCents(principal).add(schedule.totalInterest()));
    assertThat(schedule.instalments().get(years - 1).outstanding().signum()).isZero();
    assertThat(schedule.instalments()).allSatisfy(i -> {
      assertThat(i.capital().signum()).isNotNegative();
      assertThat(i.interest().signum()).isNotNegative();
    });
  }

  @Property
  void budgetLinesOfALoanCostExactlyItsInterest(
      @ForAll @LongRange(min = 1, max = 10_000_000_000L) long principal,
      @ForAll @IntRange(min = 1, max = 30) int years,
      @ForAll("rates") BigDecimal rate,
      @ForAll RepaymentMethod method) {
    Loan loan = loan(principal, years, rate, method, RoundingMode.HALF_EVEN);

    assertThat(be.pst.budget.Budgets.consolidate(loan.toBudgetLines()).totalNetCost())
        .isEqualTo(loan.schedule().totalInterest());
  }
}
