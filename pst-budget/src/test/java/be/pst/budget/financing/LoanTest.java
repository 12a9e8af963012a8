package be.pst.budget.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.budget.BudgetTable;
import be.pst.budget.Budgets;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LoanTest {

  private static Loan.Builder loan(RepaymentMethod method) {
    return loan(method, new BigDecimal("0.02"), 4);
  }

  private static Loan.Builder loan(RepaymentMethod method, BigDecimal rate, int years) {
    return Loan.builder()
        .principal(EuroAmount.of("100000"))
        .years(years)
        .annualRate(rate)
        .method(method)
        .firstExercice(2020)
        .rounding(RoundingMode.HALF_EVEN);
  }

  private static List<String> charges(LoanSchedule schedule) {
    return schedule.instalments().stream()
        .map(i -> i.exercice() + " " + EuroAmount.from(i.interest()).formatPlain() + " + "
            + EuroAmount.from(i.capital()).formatPlain() + " = " + EuroAmount.from(i.charge()).formatPlain() + " reste "
            + EuroAmount.from(i.outstanding()).formatPlain())
        .collect(Collectors.toList());
  }

  @Test
  void linearLoanRepaysTheSameCapitalEveryYear() {
    LoanSchedule schedule = loan(RepaymentMethod.LINEAR).build().schedule();

    assertThat(charges(schedule)).containsExactly(
        "2020 2.000,00 + 25.000,00 = 27.000,00 reste 75.000,00",
        "2021 1.500,00 + 25.000,00 = 26.500,00 reste 50.000,00",
        "2022 1.000,00 + 25.000,00 = 26.000,00 reste 25.000,00",
        "2023 500,00 + 25.000,00 = 25.500,00 reste 0,00");
    assertThat(schedule.totalInterest()).isEqualTo(EuroAmount.of("5000"));
  }

  @Test
  void annuityLoanPaysTheSameChargeEveryYearButTheLast() {
    LoanSchedule schedule = loan(RepaymentMethod.ANNUITY).build().schedule();

    // annuity 100.000 × 0,02 / (1 − 1,02^−4) = 26.262,3753… → 26.262,38
    assertThat(charges(schedule)).containsExactly(
        "2020 2.000,00 + 24.262,38 = 26.262,38 reste 75.737,62",
        "2021 1.514,75 + 24.747,63 = 26.262,38 reste 50.989,99",
        "2022 1.019,80 + 25.242,58 = 26.262,38 reste 25.747,41",
        "2023 514,95 + 25.747,41 = 26.262,36 reste 0,00");
    assertThat(schedule.totalCapital()).isEqualTo(EuroAmount.of("100000"));
    assertThat(schedule.totalCharges()).isEqualTo(EuroAmount.of("105049.50"));
  }

  @Test
  void thirdsOfACentGoToTheLastYear() {
    LoanSchedule schedule = Loan.builder().principal(EuroAmount.of("100")).years(3)
        .annualRate(BigDecimal.ZERO).method(RepaymentMethod.LINEAR).firstExercice(2021)
        .rounding(RoundingMode.DOWN).build().schedule();
    assertThat(schedule.instalments()).extracting(i -> i.capital().cents())
        .containsExactly(3333L, 3333L, 3334L);
  }

  @Test
  void loanBecomesAnExtraordinaryReceiptAndOrdinaryCharges() {
    Loan loan = loan(RepaymentMethod.LINEAR).elementCode("A9").label("Travaux espace bureaux").build();
    List<BudgetLine> lines = loan.toBudgetLines();

    assertThat(lines).hasSize(5);
    assertThat(lines.get(0).group()).hasValue(EconomicGroup.EXTRAORDINARY_RECEIPTS_DEBT);
    assertThat(lines.get(0).exercice()).isEqualTo(2020);
    assertThat(lines.get(0).amount()).isEqualTo(EuroAmount.of("100000"));
    assertThat(lines).allSatisfy(l -> assertThat(l.elementCode()).hasValue("A9"));
    assertThat(lines.subList(1, 5)).allSatisfy(
        l -> assertThat(l.group()).hasValue(EconomicGroup.ORDINARY_EXPENSES_DEBT));
    BudgetTable table = Budgets.consolidate(lines);
    assertThat(table.exercices()).containsExactly(2020, 2021, 2022, 2023);
    assertThat(table.amount(2021, EconomicGroup.ORDINARY_EXPENSES_DEBT)).isEqualTo(EuroAmount.of("26500"));
    // the loan costs its interest over its life
    assertThat(table.totalNetCost()).isEqualTo(EuroAmount.of("5000"));
  }

  @Test
  void investmentYearMayPrecedeTheFirstCharge() {
    Loan loan = loan(RepaymentMethod.ANNUITY).investmentExercice(2019).build();
    assertThat(loan.toBudgetLines().get(0).exercice()).isEqualTo(2019);
    assertThat(loan.toBudgetLines().get(1).exercice()).isEqualTo(2020);
  }

  @Test
  void nonsenseLoansAreRejected() {
    assertThatThrownBy(() -> loan(RepaymentMethod.LINEAR, new BigDecimal("2"), 4).build())
        .hasMessageContaining("0.02").hasMessageContaining("2");
    assertThatThrownBy(() -> loan(RepaymentMethod.LINEAR, BigDecimal.ZERO, 0).build())
        .hasMessageContaining("0");
    assertThatThrownBy(() -> Loan.builder().principal(EuroAmount.zero()).years(1).annualRate(BigDecimal.ZERO)
        .method(RepaymentMethod.LINEAR).firstExercice(2020).rounding(RoundingMode.UP).build())
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> Loan.builder().principal(EuroAmount.ofCents(1)).years(1).annualRate(BigDecimal.ZERO)
        .method(RepaymentMethod.LINEAR).firstExercice(2020).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("rounding");
  }

  @Test
  void sizesBeyondWhatALoanCanBeAreRejectedBeforeAnythingIsComputed() {
    assertThatThrownBy(() -> loan(RepaymentMethod.ANNUITY, new BigDecimal("0.02"), Integer.MAX_VALUE)
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
    assertThatThrownBy(() -> Loan.builder().principal(EuroAmount.ofCents(Long.MAX_VALUE)).years(5)
        .annualRate(new BigDecimal("0.5")).method(RepaymentMethod.ANNUITY).firstExercice(2020)
        .rounding(RoundingMode.HALF_EVEN).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("principal");
    assertThatThrownBy(() -> loan(RepaymentMethod.LINEAR, BigDecimal.ZERO, 60).firstExercice(9980)
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("four-digit");
  }

  @Test
  void theLargestLoanAtTheHighestRateStillComputesExactly() {
    LoanSchedule schedule = Loan.builder().principal(Loan.MAX_PRINCIPAL).years(Loan.MAX_YEARS)
        .annualRate(new BigDecimal("0.99")).method(RepaymentMethod.ANNUITY).firstExercice(2020)
        .rounding(RoundingMode.HALF_EVEN).build().schedule();
    assertThat(schedule.totalCapital()).isEqualTo(Loan.MAX_PRINCIPAL);
    assertThat(schedule.totalCharges())
        .isEqualTo(Loan.MAX_PRINCIPAL.add(schedule.totalInterest()));
  }

  @Test
  void reserveWithdrawalIsAnExtraordinaryReceipt() {
    BudgetLine line = ReserveWithdrawal.builder().exercice(2022).amount(EuroAmount.of("22000"))
        .elementCode("A36").build().toBudgetLine();
    assertThat(line.group()).hasValue(EconomicGroup.EXTRAORDINARY_RECEIPTS_WITHDRAWALS);
    assertThat(line.group().orElseThrow().code()).isEqualTo("88");
    assertThat(line.amount()).isEqualTo(EuroAmount.of("22000"));
    assertThat(line.elementCode()).hasValue("A36");
    assertThat(ReserveWithdrawal.of(2020, EuroAmount.of("5")).toBudgetLine().isPlanLevel()).isTrue();
  }

  @Test
  void repaymentMethodsParseFrenchWords() {
    assertThat(RepaymentMethod.parse("Annuités constantes")).isEqualTo(RepaymentMethod.ANNUITY);
    assertThat(RepaymentMethod.parse("lineaire")).isEqualTo(RepaymentMethod.LINEAR);
  }
}
