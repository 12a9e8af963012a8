package be.pst.budget.consolidation;

import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_EXPENSES_INVESTMENTS;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_OPERATING;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_STAFF;
import static be.pst.budget.group.EconomicGroup.ORDINARY_RECEIPTS_TRANSFERS;
import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.allocation.RemainderPolicy;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.Euros;
import be.pst.budget.plan.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.funding.Funder;
import be.pst.core.funding.FundingSource;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.objective.Volet;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Consolidation of plans in the shape of seed 003 (Anderlues): numeric codes, transversal actions. */
class BudgetsTest {

  /** OS 100 (externe) with OO 101 and 102; OS 200 (interne) with OO 201; action 1011 serves 101, 102 and 201. */
  private static Plan plan() {
    Action transversal = Action.builder().code("1011").title("Guichet social unique")
        .addObjectiveShares(ObjectiveShare.of("101", new BigDecimal("33.33")),
            ObjectiveShare.of("102", new BigDecimal("33.33")),
            ObjectiveShare.of("201", new BigDecimal("33.34")))
        .addSubActions(Action.of("1011.1", "Formation des agents"))
        .build();
    Action local = Action.builder().code("1021").title("Épicerie sociale").volet(Volet.COMMON).build();
    Action internal = Action.of("2011", "Plan de formation");
    return Plan.builder()
        .authority(Authority.of(AuthorityKind.CPAS, "CPAS d'Anderlues", "56001"))
        .title("PST 2019-2024")
        .legislature(Legislature.of(2019, 2024))
        .addStrategicObjectives(
            StrategicObjective.builder().code("100").title("Être un CPAS accessible")
                .volet(Volet.EXTERNAL)
                .addOperationalObjectives(
                    OperationalObjective.builder().code("101").title("Accueillir").addActions(transversal).build(),
                    OperationalObjective.builder().code("102").title("Aider").addActions(local).build())
                .build(),
            StrategicObjective.builder().code("200").title("Être un CPAS bien géré")
                .volet(Volet.INTERNAL)
                .addOperationalObjectives(
                    OperationalObjective.builder().code("201").title("Former").addActions(internal).build())
                .build())
        .build();
  }

  private static BudgetLine line(String element, int year, String group, String amount) {
    return BudgetLine.of(element, year, be.pst.budget.group.EconomicGroup.ofCode(group), Euros.of(amount));
  }

  private static BudgetedPlan budget() {
    return BudgetedPlan.of(plan(), List.of(
        line("1011", 2020, "70", "100.00"),
        line("1011.1", 2021, "71", "0.10"),
        line("1021", 2020, "71", "5000.00"),
        BudgetLine.builder().elementCode("2011").exercice(2022).group(ORDINARY_RECEIPTS_TRANSFERS)
            .amount(Euros.of("3000")).funding(FundingSource.of(Funder.EUROPE, "FSE")).build(),
        line("100", 2020, "91", "20000.00"),
        line("201", 2020, "71", "1.00"),
        BudgetLine.of(2019, ORDINARY_EXPENSES_STAFF, Euros.of("7")),
        line("X9", 2020, "70", "9.00")));
  }

  @Test
  void transversalActionSplitsItsLinesByShareWithoutLosingACent() {
    Map<String, BudgetTable> byOo = Budgets.byOperationalObjective(budget(), RemainderPolicy.LARGEST_REMAINDER);

    assertThat(byOo.keySet()).containsExactly("101", "102", "201");
    assertThat(byOo.get("101").amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(Euros.of("33.33"));
    assertThat(byOo.get("102").amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(Euros.of("33.33"));
    assertThat(byOo.get("201").amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(Euros.of("33.34"));
    // the sub-action follows its parent's home OO only: it has no shares of its own
    assertThat(byOo.get("101").amount(2021, ORDINARY_EXPENSES_OPERATING)).isEqualTo(Euros.of("0.10"));
    assertThat(byOo.get("102").amount(2020, ORDINARY_EXPENSES_OPERATING)).isEqualTo(Euros.of("5000"));
    assertThat(byOo.get("201").amount(2020, ORDINARY_EXPENSES_OPERATING)).isEqualTo(Euros.of("1"));
  }

  @Test
  void remainderPolicyDecidesWhereTheLastCentGoes() {
    BudgetedPlan plan = BudgetedPlan.of(plan(), List.of(line("1011", 2020, "70", "0.01")));

    Map<String, BudgetTable> first = Budgets.byOperationalObjective(plan, RemainderPolicy.FIRST);
    Map<String, BudgetTable> last = Budgets.byOperationalObjective(plan, RemainderPolicy.LAST);
    Map<String, BudgetTable> largest =
        Budgets.byOperationalObjective(plan, RemainderPolicy.LARGEST_REMAINDER);

    assertThat(first.get("101").amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(Euros.of("0.01"));
    assertThat(last.get("201").amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(Euros.of("0.01"));
    assertThat(largest.get("201").amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(Euros.of("0.01"));
    assertThat(largest.get("101").amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(Euros.zero());
  }

  @Test
  void strategicRollUpMergesTheSharesOfItsObjectives() {
    Map<String, BudgetTable> byOs = Budgets.byStrategicObjective(budget(), RemainderPolicy.LARGEST_REMAINDER);

    assertThat(byOs.keySet()).containsExactly("100", "200");
    assertThat(byOs.get("100").amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(Euros.of("66.66"));
    assertThat(byOs.get("200").amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(Euros.of("33.34"));
    assertThat(byOs.get("100").amount(2020, EXTRAORDINARY_EXPENSES_INVESTMENTS)).isEqualTo(Euros.of("20000"));
    // plan-level lines and unknown elements are in no objective
    BudgetTable objectives = byOs.get("100").plus(byOs.get("200"));
    assertThat(objectives.totalExpenses(2019)).isEqualTo(Euros.zero());
    assertThat(Budgets.consolidate(budget()).totalExpenses(2020)
        .subtract(objectives.totalExpenses(2020))).isEqualTo(Euros.of("9"));
  }

  @Test
  void voletRollUpUsesTheNearestDeclaredVolet() {
    Map<Optional<Volet>, BudgetTable> byVolet = Budgets.byVolet(budget());

    assertThat(byVolet.keySet()).containsExactly(
        Optional.of(Volet.INTERNAL), Optional.of(Volet.EXTERNAL), Optional.of(Volet.COMMON), Optional.empty());
    assertThat(byVolet.get(Optional.of(Volet.EXTERNAL)).totalExpenses())
        .isEqualTo(Euros.of("20100.10"));
    assertThat(byVolet.get(Optional.of(Volet.COMMON)).totalExpenses()).isEqualTo(Euros.of("5000"));
    assertThat(byVolet.get(Optional.of(Volet.INTERNAL)).totalReceipts()).isEqualTo(Euros.of("3000"));
    assertThat(byVolet.get(Optional.empty()).totalExpenses()).isEqualTo(Euros.of("16"));
  }

  @Test
  void fundingSourceRollUpGroupsLinesByFunder() {
    Map<Optional<FundingSource>, BudgetTable> byFunding = Budgets.byFundingSource(budget());

    assertThat(byFunding).containsKey(Optional.of(FundingSource.of(Funder.EUROPE, "FSE")));
    assertThat(byFunding.get(Optional.of(FundingSource.of(Funder.EUROPE, "FSE")))
        .amount(2022, ORDINARY_RECEIPTS_TRANSFERS)).isEqualTo(Euros.of("3000"));
    assertThat(byFunding.get(Optional.<FundingSource>empty()).totalReceipts()).isEqualTo(Euros.zero());
  }

  @Test
  void cpasAndCommuneConsolidateOverBothLegislatures() {
    BudgetedPlan cpas = budget();
    Plan communePlan = Plan.builder()
        .authority(Authority.of(AuthorityKind.COMMUNE, "Commune d'Anderlues", "56001"))
        .title("PST communal").legislature(Legislature.of(2019, 2025)).build();
    BudgetedPlan commune = BudgetedPlan.of(communePlan,
        List.of(BudgetLine.of(2025, ORDINARY_EXPENSES_STAFF, Euros.of("1000"))));

    BudgetTable both = Budgets.consolidate(cpas, commune);

    assertThat(both.exercices()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025);
    assertThat(both).isEqualTo(Budgets.consolidate(cpas).plus(Budgets.consolidate(commune)));
    assertThat(both).isEqualTo(Budgets.consolidate(commune, cpas));
    assertThat(both.amount(2025, ORDINARY_EXPENSES_STAFF)).isEqualTo(Euros.of("1000"));
  }

  @Test
  void emptyPlanHasTheLegislatureAsColumns() {
    BudgetTable table = Budgets.consolidate(BudgetedPlan.of(plan()));
    assertThat(table.exercices()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024);
    assertThat(table.groups()).isEmpty();
    assertThat(table.totalNetCost()).isEqualTo(Euros.zero());
    assertThat(table.toString()).contains("Coût total PST 2019-2024  0,00");
    assertThat(Budgets.consolidate(List.<BudgetLine>of()).exercices()).isEmpty();
    assertThat(Budgets.consolidate(List.<BudgetLine>of()).toString()).contains("Coût total PST  0,00");
  }

  @Test
  void cellsBeyondALongOfCentsStayExact() {
    List<BudgetLine> lines = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      lines.add(BudgetLine.builder().exercice(2020).group(ORDINARY_EXPENSES_STAFF)
          .amountCents(Long.MAX_VALUE).build());
    }
    lines.add(BudgetLine.builder().exercice(2020).group(ORDINARY_RECEIPTS_TRANSFERS)
        .amountCents(Long.MIN_VALUE).build());

    BudgetTable table = Budgets.consolidate(lines);

    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    assertThat(table.amount(2020, ORDINARY_EXPENSES_STAFF))
        .isEqualTo(Euros.ofCents(max.multiply(BigInteger.valueOf(3))));
    assertThat(table.netCost(2020)).isEqualTo(
        Euros.ofCents(max.multiply(BigInteger.valueOf(3)).subtract(BigInteger.valueOf(Long.MIN_VALUE))));
    assertThat(table).isEqualTo(Budgets.consolidate(List.of(lines.get(3), lines.get(2), lines.get(1), lines.get(0))));
    assertThat(table.plus(table).amount(2020, ORDINARY_EXPENSES_STAFF))
        .isEqualTo(Euros.ofCents(max.multiply(BigInteger.valueOf(6))));
  }

  @Test
  void columnsWidenToLinesOutsideTheLegislature() {
    BudgetedPlan plan = BudgetedPlan.of(plan(), List.of(line("1021", 2030, "7X", "10")));
    BudgetTable table = Budgets.consolidate(plan);
    assertThat(table.exercices()).first().isEqualTo(2019);
    assertThat(table.exercices()).last().isEqualTo(2030);
    assertThat(table.amount(2030, be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_DEBT))
        .isEqualTo(Euros.of("10"));
    assertThat(table.amount(1990, ORDINARY_EXPENSES_STAFF)).isEqualTo(Euros.zero());
  }
}
