package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetTable;
import be.pst.budget.Budgets;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.RemainderPolicy;
import be.pst.budget.RollUp;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.money.EuroAmount;
import be.pst.io.json.PstJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every roll-up of every example plan adds up: its buckets and its "Non attribué" bucket sum,
 * cell by cell, to its total, which is the plan's consolidated table.
 */
class ExampleRollUpsTest {

  private static final Path EXAMPLES =
      Path.of(System.getProperty("pst.repo.root", "..")).normalize().resolve("examples");

  static Stream<Path> examplePlans() throws Exception {
    try (Stream<Path> folders = Files.list(EXAMPLES)) {
      return folders.map(f -> f.resolve("pst.json")).filter(Files::exists).sorted().toList()
          .stream();
    }
  }

  private static List<RollUp<?>> rollUpsOf(BudgetedPlan pst) {
    return List.of(
        Budgets.byStrategicObjective(pst, RemainderPolicy.LARGEST_REMAINDER),
        Budgets.byOperationalObjective(pst, RemainderPolicy.LARGEST_REMAINDER),
        Budgets.byStrategicObjective(pst, RemainderPolicy.FIRST),
        Budgets.byVolet(pst),
        Budgets.byFundingSource(pst),
        Budgets.byElement(pst));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examplePlans")
  void theBucketsOfEveryRollUpSumToThePlansTable(Path json) throws Exception {
    BudgetedPlan pst = PstJson.read(json);
    BudgetTable plan = Budgets.consolidate(pst);

    for (RollUp<?> rollUp : rollUpsOf(pst)) {
      assertThat(rollUp.total()).as(rollUp.title()).isEqualTo(plan);
      List<BudgetTable> parts = new ArrayList<>(rollUp.buckets().values());
      parts.add(rollUp.unallocated());
      for (int exercice : plan.exercices()) {
        for (EconomicGroup group : EconomicGroup.values()) {
          EuroAmount sum = EuroAmount.sum(parts.stream()
              .map(t -> t.amount(exercice, group)).toList());
          assertThat(sum).as("%s, %s %d", rollUp.title(), group, exercice)
              .isEqualTo(plan.amount(exercice, group));
        }
        EuroAmount net = EuroAmount.sum(parts.stream().map(t -> t.netCost(exercice)).toList());
        assertThat(net).as("%s, net cost %d", rollUp.title(), exercice)
            .isEqualTo(plan.netCost(exercice));
      }
    }
  }
}
