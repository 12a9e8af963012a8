package be.pst.testkit;

import static be.pst.budget.line.BudgetFigure.PROJECTION;
import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.Allocation;
import be.pst.budget.RemainderPolicy;
import be.pst.budget.BudgetTable;
import be.pst.budget.Budgets;
import be.pst.budget.RollUp;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.BudgetedPlan;
import be.pst.core.element.PlanElement;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Legislature;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The properties that guard the totals of a budgeted plan, on generated plans and lines. */
class BudgetTotalsProperties {

  @Property(tries = 100)
  void theTablesOfEachElementAndOfThePlanItselfAddUpToThePlanTable(
      @ForAll("budgetedPlans") BudgetedPlan budgeted) {
    BudgetTable parts = projection(budgeted, budgeted.planLevelLines());
    for (PlanElement element : budgeted.plan().elements()) {
      parts = parts.plus(Budgets.consolidate(budgeted.linesOf(element.code()), PROJECTION));
    }
    assertThat(parts).isEqualTo(Budgets.consolidate(budgeted));
  }

  @Property(tries = 100)
  void objectiveRollUpsLoseAndCreateNoCent(
      @ForAll("budgetedPlans") BudgetedPlan budgeted, @ForAll RemainderPolicy policy) {
    BudgetTable whole = Budgets.consolidate(budgeted);
    List<BudgetLine> ofStrategicObjectives = new ArrayList<>();
    for (StrategicObjective os : budgeted.plan().strategicObjectives()) {
      ofStrategicObjectives.addAll(budgeted.linesOf(os.code()));
    }
    BudgetTable planLevel = projection(budgeted, budgeted.planLevelLines());
    BudgetTable aboveOperational = planLevel.plus(projection(budgeted, ofStrategicObjectives));
    RollUp<String> byOo = Budgets.byOperationalObjective(budgeted, policy);
    RollUp<String> byOs = Budgets.byStrategicObjective(budgeted, policy);
    assertThat(byOo.unallocated()).isEqualTo(aboveOperational);
    assertThat(byOs.unallocated()).isEqualTo(planLevel);
    assertThat(sum(byOo.unallocated(), byOo.buckets().values())).isEqualTo(whole);
    assertThat(sum(byOs.unallocated(), byOs.buckets().values())).isEqualTo(whole);
  }

  /** The projection table of {@code lines}, over the plan's legislature. */
  private static BudgetTable projection(BudgetedPlan budgeted, List<BudgetLine> lines) {
    Legislature legislature = budgeted.plan().legislature();
    return BudgetTable.empty(PROJECTION, legislature.firstExercice(), legislature.lastExercice())
        .plus(Budgets.consolidate(lines, PROJECTION));
  }

  private static BudgetTable sum(BudgetTable start, Iterable<BudgetTable> tables) {
    BudgetTable total = start;
    for (BudgetTable table : tables) {
      total = total.plus(table);
    }
    return total;
  }

  @Property(tries = 100)
  void shuffledLinesGiveTheSameTable(
      @ForAll("plansWithShuffledLines") Tuple2<BudgetedPlan, List<BudgetLine>> shuffled) {
    BudgetedPlan budgeted = shuffled.get1();
    BudgetedPlan reordered = budgeted.withLines(shuffled.get2());
    assertThat(Budgets.consolidate(reordered)).isEqualTo(Budgets.consolidate(budgeted));
    assertThat(Budgets.byOperationalObjective(reordered, RemainderPolicy.LARGEST_REMAINDER))
        .isEqualTo(Budgets.byOperationalObjective(budgeted, RemainderPolicy.LARGEST_REMAINDER));
  }

  @Provide
  Arbitrary<Tuple2<BudgetedPlan, List<BudgetLine>>> plansWithShuffledLines() {
    return PstArbitraries.budgetedPlans()
        .flatMap(p -> Arbitraries.shuffle(p.lines()).map(lines -> Tuple.of(p, lines)));
  }

  @Property(tries = 50)
  void theOrderOfPlansDoesNotChangeTheirConsolidation(
      @ForAll("smallBudgetedPlans") BudgetedPlan a,
      @ForAll("smallBudgetedPlans") BudgetedPlan b,
      @ForAll("smallBudgetedPlans") BudgetedPlan c) {
    BudgetTable abc = Budgets.consolidate(a, b, c);
    assertThat(Budgets.consolidate(c, a, b)).isEqualTo(abc);
    assertThat(Budgets.consolidateAll(List.of(b, c, a), PROJECTION)).isEqualTo(abc);
    assertThat(cents(abc.totalNetCost()))
        .isEqualTo(
            cents(Budgets.consolidate(a).totalNetCost())
                + cents(Budgets.consolidate(b).totalNetCost())
                + cents(Budgets.consolidate(c).totalNetCost()));
  }

  @Property(tries = 200)
  void splittingAnyAmountOverAnySharesIsExact(
      @ForAll("signedAmounts") EuroAmount total,
      @ForAll("shares") List<BigDecimal> shares,
      @ForAll RemainderPolicy policy) {
    List<? extends MonetaryAmount> parts = Allocation.split(total, shares, policy);
    assertThat(parts).hasSameSizeAs(shares);
    assertThat(parts.stream().mapToLong(a -> EuroAmount.from(a).cents()).sum()).isEqualTo(EuroAmount.from(total).cents());
    for (int i = 0; i < shares.size(); i++) {
      BigDecimal exact =
          BigDecimal.valueOf(EuroAmount.from(total).cents()).multiply(shares.get(i)).movePointLeft(2);
      BigDecimal error = BigDecimal.valueOf(EuroAmount.from(parts.get(i)).cents()).subtract(exact).abs();
      assertThat(error).isLessThanOrEqualTo(BigDecimal.valueOf(shares.size()));
    }
  }

  @Property(tries = 200)
  void sharingAnAmountBetweenObjectivesIsExact(
      @ForAll("signedAmounts") EuroAmount total,
      @ForAll("shares") List<BigDecimal> shares,
      @ForAll RemainderPolicy policy) {
    Map<String, BigDecimal> byObjective = new LinkedHashMap<>();
    for (int i = 0; i < shares.size(); i++) {
      byObjective.put("OO1." + (i + 1), shares.get(i));
    }
    Map<String, ? extends MonetaryAmount> parts = Allocation.byShares(total, byObjective, policy);
    assertThat(parts.keySet()).containsExactlyElementsOf(byObjective.keySet());
    assertThat(parts.values().stream().mapToLong(a -> EuroAmount.from(a).cents()).sum())
        .isEqualTo(EuroAmount.from(total).cents());
  }

  @Property(tries = 200)
  void spreadingOverYearsIsExactAndEven(
      @ForAll("signedAmounts") EuroAmount total,
      @ForAll @IntRange(min = 2019, max = 2030) int first,
      @ForAll @IntRange(min = 0, max = 11) int extraYears,
      @ForAll RemainderPolicy policy) {
    SortedMap<Integer, ? extends MonetaryAmount> years =
        Allocation.overYears(total, first, first + extraYears, policy);
    assertThat(years.keySet()).hasSize(extraYears + 1).startsWith(first);
    long[] cents = years.values().stream().mapToLong(a -> EuroAmount.from(a).cents()).toArray();
    assertThat(java.util.Arrays.stream(cents).sum()).isEqualTo(EuroAmount.from(total).cents());
    long max = java.util.Arrays.stream(cents).max().orElseThrow();
    long min = java.util.Arrays.stream(cents).min().orElseThrow();
    // LARGEST_REMAINDER hands the left-over cents out one by one; FIRST and LAST give them all
    // to one year, which is never more than (years - 1) cents.
    long spread = policy == RemainderPolicy.LARGEST_REMAINDER ? 1L : cents.length - 1L;
    assertThat(max - min).isLessThanOrEqualTo(spread);
  }

  @Property(tries = 100)
  void netCostIsExpensesMinusReceiptsOfEveryGroupAndUnclassifiedLineEachYearAndInTotal(
      @ForAll("budgetedPlans") BudgetedPlan budgeted) {
    BudgetTable table = Budgets.consolidate(budgeted);
    long netCosts = 0;
    for (int exercice : table.exercices()) {
      long receipts = 0;
      long expenses = 0;
      for (EconomicGroup group : EconomicGroup.values()) {
        long cell = table.amount(exercice, group).cents();
        if (group.side() == Side.RECEIPTS) {
          receipts += cell;
        } else {
          expenses += cell;
        }
      }
      for (Service service : Service.values()) {
        receipts += table.unclassified(exercice, service, Side.RECEIPTS).cents();
        expenses += table.unclassified(exercice, service, Side.EXPENSES).cents();
      }
      assertThat(cents(table.totalReceipts(exercice))).isEqualTo(receipts);
      assertThat(cents(table.totalExpenses(exercice))).isEqualTo(expenses);
      assertThat(cents(table.netCost(exercice))).isEqualTo(expenses - receipts);
      netCosts += expenses - receipts;
    }
    assertThat(cents(table.totalNetCost())).isEqualTo(netCosts);
    assertThat(cents(table.totalNetCost()))
        .isEqualTo(cents(table.totalExpenses()) - cents(table.totalReceipts()));
    long lineNet =
        budgeted.lines().stream()
            .filter(l -> l.figure() == PROJECTION)
            .mapToLong(l -> l.side() == Side.EXPENSES ? l.amount().cents() : -l.amount().cents())
            .sum();
    assertThat(cents(table.totalNetCost())).isEqualTo(lineNet);
  }

  @Property(tries = 50)
  void amountsOfAnySizeAddUpExactly(
      @ForAll @Size(max = 40) List<@From("hugeLines") BudgetLine> lines) {
    BudgetTable table = Budgets.consolidate(lines);
    java.math.BigInteger expected = java.math.BigInteger.ZERO;
    for (BudgetLine line : lines) {
      java.math.BigInteger cents = java.math.BigInteger.valueOf(line.amount().cents());
      expected = line.side() == Side.EXPENSES ? expected.add(cents)
          : expected.subtract(cents);
    }
    assertThat(EuroAmount.from(table.totalNetCost()).toBigDecimal().movePointRight(2).toBigIntegerExact())
        .isEqualTo(expected);
  }

  @Provide
  Arbitrary<BudgetLine> hugeLines() {
    return PstArbitraries.budgetLines()
        .withAmounts(PstArbitraries.amounts().betweenCents(0, Long.MAX_VALUE))
        .withFigures(PROJECTION)
        .withoutDetails();
  }

  @Provide
  Arbitrary<EuroAmount> signedAmounts() {
    return PstArbitraries.amounts().between("-1000000.00", "1000000.00");
  }

  @Provide
  Arbitrary<List<BigDecimal>> shares() {
    return PstArbitraries.sharesSummingTo100(1, 7);
  }

  @Provide
  Arbitrary<BudgetedPlan> budgetedPlans() {
    return PstArbitraries.budgetedPlans();
  }

  @Provide
  Arbitrary<BudgetedPlan> smallBudgetedPlans() {
    return PstArbitraries.budgetedPlans()
        .withPlans(
            PstArbitraries.plans()
                .withStrategicObjectives(1, 2)
                .withOperationalObjectivesPerStrategic(1, 2)
                .withActionsPerObjective(0, 3)
                .inLegislature(2019, 2024))
        .withPlanLevelLines(0, 2);
  }

  private static long cents(MonetaryAmount amount) {
    return EuroAmount.from(amount).cents();
  }
}
