package be.pst.budget;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.testdata.BudgetArbitraries;
import be.pst.core.action.Action;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ConsolidationProperties {

  @Provide
  Arbitrary<List<BudgetLine>> lines() {
    return BudgetArbitraries.lineLists();
  }

  private static BudgetedPlan plan(String name, int first, int last, List<BudgetLine> lines) {
    Plan plan = Plan.builder()
        .authority(Authority.of(AuthorityKind.CPAS, name, "25121"))
        .title("PST " + name)
        .legislature(Legislature.of(first, last))
        .build();
    return BudgetedPlan.of(plan, lines);
  }

  @Provide
  Arbitrary<List<BigDecimal>> shares() {
    return net.jqwik.api.Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("100"))
        .ofScale(2).list().ofSize(3);
  }

  @Property
  void objectiveRollUpsLoseNoCentOfATransversalAction(
      @ForAll("lines") List<BudgetLine> lines, @ForAll("shares") List<BigDecimal> shares,
      @ForAll RemainderPolicy policy) {
    Action action = Action.builder().code("A1").title("Action transversale")
        .addObjectiveShares(ObjectiveShare.of("OO1", shares.get(0)),
            ObjectiveShare.of("OO2", shares.get(1)), ObjectiveShare.of("OO3", shares.get(2)))
        .build();
    Plan plan = Plan.builder()
        .authority(Authority.of(AuthorityKind.CPAS, "CPAS", "25121"))
        .title("PST").legislature(Legislature.of(2019, 2024))
        .addStrategicObjectives(
            StrategicObjective.builder().code("OS1").title("OS1").addOperationalObjectives(
                OperationalObjective.builder().code("OO1").title("OO1").addActions(action).build(),
                OperationalObjective.builder().code("OO2").title("OO2").build()).build(),
            StrategicObjective.builder().code("OS2").title("OS2").addOperationalObjectives(
                OperationalObjective.builder().code("OO3").title("OO3").build()).build())
        .build();
    List<BudgetLine> actionLines = new ArrayList<>();
    for (BudgetLine line : lines) {
      actionLines.add(line.withElementCode("A1"));
    }
    BudgetedPlan budget = BudgetedPlan.of(plan, actionLines);
    BudgetTable whole = Budgets.consolidate(budget);

    RollUp<String> byOo = Budgets.byOperationalObjective(budget, policy);
    RollUp<String> byOs = Budgets.byStrategicObjective(budget, policy);
    assertThat(byOo.buckets().values().stream()
        .reduce(byOo.unallocated(), BudgetTable::plus)).isEqualTo(whole);
    assertThat(byOs.buckets().values().stream()
        .reduce(byOs.unallocated(), BudgetTable::plus)).isEqualTo(whole);
  }

  @Property
  void consolidationOfAUnionIsTheSumOfTheConsolidations(
      @ForAll("lines") List<BudgetLine> a, @ForAll("lines") List<BudgetLine> b) {
    List<BudgetLine> union = new ArrayList<>(a);
    union.addAll(b);

    assertThat(Budgets.consolidate(union))
        .isEqualTo(Budgets.consolidate(a).plus(Budgets.consolidate(b)));
  }

  @Property
  void orderOfLinesDoesNotMatter(@ForAll("lines") List<BudgetLine> lines, @ForAll long seed) {
    List<BudgetLine> shuffled = new ArrayList<>(lines);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(Budgets.consolidate(shuffled)).isEqualTo(Budgets.consolidate(lines));
  }

  @Property
  void orderOfPlansDoesNotMatter(
      @ForAll("lines") List<BudgetLine> a, @ForAll("lines") List<BudgetLine> b) {
    BudgetedPlan cpas = plan("CPAS", 2019, 2024, a);
    BudgetedPlan commune = plan("Commune", 2018, 2020, b);

    BudgetTable both = Budgets.consolidate(cpas, commune);

    assertThat(both).isEqualTo(Budgets.consolidate(commune, cpas));
    assertThat(both).isEqualTo(Budgets.consolidate(cpas).plus(Budgets.consolidate(commune)));
  }

  @Property
  void cellsAreTheExactSumsOfTheirLines(@ForAll("lines") List<BudgetLine> lines) {
    Map<String, BigInteger> expected = new HashMap<>();
    for (BudgetLine line : lines) {
      expected.merge(line.exercice() + line.group().orElseThrow().code(),
          BigInteger.valueOf(line.amount().cents()),
          BigInteger::add);
    }

    BudgetTable table = Budgets.consolidate(lines);

    for (int exercice : table.exercices()) {
      for (EconomicGroup group : EconomicGroup.values()) {
        assertThat(table.amount(exercice, group)).isEqualTo(EuroAmount.ofCents(
            expected.getOrDefault(exercice + group.code(), BigInteger.ZERO)));
      }
    }
  }

  @Property
  void netCostIsExpensesMinusReceipts(@ForAll("lines") List<BudgetLine> lines) {
    BudgetTable table = Budgets.consolidate(lines);

    BigInteger total = BigInteger.ZERO;
    for (int exercice : table.exercices()) {
      BigInteger expenses = BigInteger.ZERO;
      BigInteger receipts = BigInteger.ZERO;
      for (BudgetLine line : lines) {
        if (line.exercice() == exercice) {
          BigInteger cents = BigInteger.valueOf(line.amount().cents());
          if (line.side() == Side.EXPENSES) {
            expenses = expenses.add(cents);
          } else {
            receipts = receipts.add(cents);
          }
        }
      }
      assertThat(table.totalExpenses(exercice)).isEqualTo(EuroAmount.ofCents(expenses));
      assertThat(table.totalReceipts(exercice)).isEqualTo(EuroAmount.ofCents(receipts));
      assertThat(table.netCost(exercice))
          .isEqualByComparingTo(
              table.totalExpenses(exercice).subtract(table.totalReceipts(exercice)));
      total = total.add(expenses).subtract(receipts);
    }
    assertThat(table.totalNetCost()).isEqualTo(EuroAmount.ofCents(total));
    assertThat(table.totalNetCost())
        .isEqualByComparingTo(table.totalExpenses().subtract(table.totalReceipts()));
  }
}
