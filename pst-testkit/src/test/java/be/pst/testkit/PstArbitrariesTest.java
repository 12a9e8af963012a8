package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.BudgetedPlan;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PstArbitrariesTest {

  @Test
  void amountsRejectBoundsInTheWrongOrder() {
    assertThatThrownBy(() -> PstArbitraries.amounts().between("10.00", "9.99"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10,00")
        .hasMessageContaining("9,99");
  }

  @Test
  void amountsRejectAFractionOfACent() {
    assertThatThrownBy(() -> PstArbitraries.amounts().between("0.001", "1.00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.001");
  }

  @Test
  void aMinimumAboveTheMaximumLeavesOnlyTheMinimum() {
    assertThat(
            PstArbitraries.amounts()
                .greaterOrEqual(EuroAmount.of("2000000.00"))
                .sampleStream()
                .limit(50))
        .allSatisfy(a -> assertThat(EuroAmount.from(a).cents()).isEqualTo(200_000_000L));
  }

  @Test
  void contradictoryGroupConstraintsAreRejectedWithTheGroupsInTheMessage() {
    assertThatThrownBy(() -> PstArbitraries.budgetLines().ordinaryOnly().extraordinaryOnly())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no economic group is left")
        .hasMessageContaining("extraordinaire");
  }

  @Test
  void linesNeedAtLeastOneElementCode() {
    assertThatThrownBy(() -> PstArbitraries.budgetLines().forElements(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("elementCodes");
    assertThatThrownBy(() -> PstArbitraries.budgetLines().forElements(List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void legislaturesMustBeFourDigitYearsInOrder() {
    assertThatThrownBy(() -> PstArbitraries.budgetLines().inLegislature(2024, 2019))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024")
        .hasMessageContaining("2019");
    assertThatThrownBy(() -> PstArbitraries.plans().inLegislature(19, 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("four-digit");
  }

  @Test
  void sizesMustBeRanges() {
    assertThatThrownBy(() -> PstArbitraries.plans().withActionsPerObjective(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actions");
    assertThatThrownBy(() -> PstArbitraries.budgetedPlans().withLinesPerAction(-1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lines per action");
    assertThatThrownBy(() -> PstArbitraries.sharesSummingTo100(0, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void configurationMethodsReturnNewArbitrariesAndLeaveTheOriginalAlone() {
    BudgetLineArbitrary all = PstArbitraries.budgetLines();
    BudgetLineArbitrary staff = all.inGroups(EconomicGroup.ORDINARY_EXPENSES_STAFF);
    assertThat(staff).isNotSameAs(all);
    assertThat(staff.sampleStream().limit(30))
        .allSatisfy(
            l -> {
              assertThat(l.group()).isIn(
                  Optional.of(EconomicGroup.ORDINARY_EXPENSES_STAFF), Optional.empty());
              assertThat(l.service()).isEqualTo(Service.ORDINARY);
              assertThat(l.side()).isEqualTo(Side.EXPENSES);
            });
    assertThat(all.sampleStream().limit(300).map(BudgetLine::group).distinct().count())
        .isGreaterThan(1);
  }

  @Test
  void aPlanOfFixedSizeHasExactlyThatSize() {
    Plan plan =
        PstArbitraries.plans()
            .withStrategicObjectives(2, 2)
            .withOperationalObjectivesPerStrategic(3, 3)
            .withActionsPerObjective(2, 2)
            .withSubActionsPerAction(1, 1)
            .inLegislature(Legislature.of(2025, 2030))
            .sample();
    assertThat(plan.strategicObjectives()).hasSize(2);
    assertThat(plan.operationalObjectives()).hasSize(6);
    assertThat(plan.actions()).hasSize(24);
    assertThat(plan.legislature()).isEqualTo(Legislature.of(2025, 2030));
  }

  @Test
  void budgetedPlansGiveEachActionItsConfiguredNumberOfLines() {
    BudgetedPlan budgeted =
        PstArbitraries.budgetedPlans()
            .withPlans(PstArbitraries.plans().withActionsPerObjective(1, 2))
            .withLinesPerAction(2, 2)
            .withPlanLevelLines(1, 1)
            .withLines(BudgetLineArbitrary::expensesOnly)
            .sample();
    assertThat(budgeted.planLevelLines()).hasSize(1);
    budgeted.plan().actions().forEach(a -> assertThat(budgeted.linesOf(a.code())).hasSize(2));
    assertThat(budgeted.lines()).allSatisfy(l -> assertThat(l.side() == be.pst.budget.group.Side.RECEIPTS).isFalse());
  }
}
