package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.plan.Plan;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.Shrinkable;

/**
 * Failing examples shrink to small, readable values: the arbitraries are built from jqwik
 * combinators, so every shrinking step still gives a consistent plan.
 */
class ShrinkingProperties {

  @Example
  void aPlanWithAnActionShrinksToOneObjectiveAndOneAction() {
    Plan plan = shrink(PstArbitraries.plans(), p -> !p.actions().isEmpty());
    assertThat(plan.strategicObjectives()).hasSize(1);
    assertThat(plan.operationalObjectives()).hasSize(1);
    assertThat(plan.actions()).hasSize(1);
    assertThat(plan.actions().get(0).subActions()).isEmpty();
    assertThat(plan.actions().get(0).indicators()).isEmpty();
    assertThat(plan.actions().get(0).objectiveShares()).isEmpty();
  }

  @Example
  void shrinkingKeepsTheConfiguredMinimumSizes() {
    Plan plan =
        shrink(
            PstArbitraries.plans().withStrategicObjectives(2, 4).withActionsPerObjective(2, 5),
            p -> !p.actions().isEmpty());
    assertThat(plan.strategicObjectives())
        .hasSize(2)
        .allSatisfy(os -> assertThat(os.operationalObjectives()).hasSize(1));
    assertThat(plan.actions()).hasSize(4);
  }

  @Example
  void aLargeLineShrinksToTheSmallestLargeAmountInTheFirstExercice() {
    BudgetLine line =
        shrink(PstArbitraries.budgetLines(), l -> l.amount().cents() >= 50_000_00L);
    assertThat(line.amount()).isEqualTo(EuroAmount.of("50000.00"));
    assertThat(line.exercice()).isEqualTo(2019);
    assertThat(line.article()).isEmpty();
    assertThat(line.funding()).isEmpty();
  }

  @Example
  void aBudgetWithAReceiptShrinksToOneLine() {
    BudgetedPlan budgeted =
        shrink(
            PstArbitraries.budgetedPlans()
                .withPlans(PstArbitraries.plans().withStrategicObjectives(1, 2))
                .withPlanLevelLines(0, 5),
            b -> b.lines().stream().anyMatch(l -> l.side() == be.pst.budget.group.Side.RECEIPTS));
    assertThat(budgeted.lines()).hasSize(1);
  }

  @Example
  void anActionWithAFundedAmountShrinksToOneActionWithOneFundingAndNoOtherAttribute() {
    Plan plan =
        shrink(
            PstArbitraries.plans(),
            p -> p.actions().stream()
                .anyMatch(a -> a.funding().stream().anyMatch(f -> f.amount().isPresent())));
    assertThat(plan.strategicObjectives()).hasSize(1);
    assertThat(plan.actions()).hasSize(1);
    Action action = plan.actions().get(0);
    assertThat(action.funding()).hasSize(1);
    assertThat(action.description()).isEmpty();
    assertThat(action.status()).isEmpty();
    assertThat(action.schedule()).isEmpty();
    assertThat(action.indicators()).isEmpty();
    assertThat(action.steps()).isEmpty();
    assertThat(action.links()).isEmpty();
    assertThat(action.budgetItems()).isEmpty();
    assertThat(action.subActions()).isEmpty();
    assertThat(plan.voletSections()).isEmpty();
    assertThat(plan.projects()).isEmpty();
  }

  @Example
  void aBudgetWithALineWithoutGroupShrinksToThatLineAloneInTheSmallestPlan() {
    BudgetedPlan budgeted =
        shrink(
            PstArbitraries.budgetedPlans(),
            b -> b.lines().stream().anyMatch(l -> l.group().isEmpty()));
    assertThat(budgeted.lines()).hasSize(1);
    BudgetLine line = budgeted.lines().get(0);
    assertThat(line.group()).isEmpty();
    assertThat(line.amount()).isEqualTo(EuroAmount.zero());
    assertThat(line.exercice()).isEqualTo(2019);
    assertThat(budgeted.plan().actions()).hasSizeLessThanOrEqualTo(1);
    assertThat(budgeted.plan().operationalObjectives()).hasSize(1);
  }

  /** Greedy shrinking with jqwik's own shrinkables, as the engine does for a failing property. */
  private static <T> T shrink(Arbitrary<T> arbitrary, Predicate<T> failing) {
    Random random = new Random(20191203L);
    Shrinkable<T> current =
        arbitrary
            .generator(1000)
            .stream(random)
            .filter(s -> failing.test(s.value()))
            .findFirst()
            .orElseThrow();
    for (int step = 0; step < 10_000; step++) {
      Optional<Shrinkable<T>> smaller =
          current.shrink().filter(s -> failing.test(s.value())).findFirst();
      if (smaller.isEmpty()) {
        break;
      }
      current = smaller.get();
    }
    return current.value();
  }
}
