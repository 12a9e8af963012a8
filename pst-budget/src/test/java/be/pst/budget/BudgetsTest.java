package be.pst.budget;

import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_EXPENSES_INVESTMENTS;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_OPERATING;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_STAFF;
import static be.pst.budget.group.EconomicGroup.ORDINARY_RECEIPTS_TRANSFERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.funding.Funder;
import be.pst.core.funding.FundingSource;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.element.Volet;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
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
    return BudgetLine.of(element, year, be.pst.budget.group.EconomicGroup.ofCode(group), EuroAmount.of(amount));
  }

  private static BudgetedPlan budget() {
    return BudgetedPlan.of(plan(), List.of(
        line("1011", 2020, "70", "100.00"),
        line("1011.1", 2021, "71", "0.10"),
        line("1021", 2020, "71", "5000.00"),
        BudgetLine.builder().elementCode("2011").exercice(2022).group(ORDINARY_RECEIPTS_TRANSFERS)
            .amount(EuroAmount.of("3000")).funding(FundingSource.of(Funder.EUROPE, "FSE")).build(),
        line("100", 2020, "91", "20000.00"),
        line("201", 2020, "71", "1.00"),
        BudgetLine.of(2019, ORDINARY_EXPENSES_STAFF, EuroAmount.of("7")),
        line("X9", 2020, "70", "9.00")));
  }

  @Test
  void transversalActionSplitsItsLinesByShareWithoutLosingACent() {
    RollUp<String> byOo = Budgets.byOperationalObjective(budget(), RemainderPolicy.LARGEST_REMAINDER);

    assertThat(byOo.keys()).containsExactly("101", "102", "201");
    assertThat(byOo.get("101").orElseThrow().amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(EuroAmount.of("33.33"));
    assertThat(byOo.get("102").orElseThrow().amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(EuroAmount.of("33.33"));
    assertThat(byOo.get("201").orElseThrow().amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(EuroAmount.of("33.34"));
    // the sub-action follows its parent's home OO only: it has no shares of its own
    assertThat(byOo.get("101").orElseThrow().amount(2021, ORDINARY_EXPENSES_OPERATING)).isEqualTo(EuroAmount.of("0.10"));
    assertThat(byOo.get("102").orElseThrow().amount(2020, ORDINARY_EXPENSES_OPERATING)).isEqualTo(EuroAmount.of("5000"));
    assertThat(byOo.get("201").orElseThrow().amount(2020, ORDINARY_EXPENSES_OPERATING)).isEqualTo(EuroAmount.of("1"));
  }

  @Test
  void remainderPolicyDecidesWhereTheLastCentGoes() {
    BudgetedPlan plan = BudgetedPlan.of(plan(), List.of(line("1011", 2020, "70", "0.01")));

    RollUp<String> first = Budgets.byOperationalObjective(plan, RemainderPolicy.FIRST);
    RollUp<String> last = Budgets.byOperationalObjective(plan, RemainderPolicy.LAST);
    RollUp<String> largest =
        Budgets.byOperationalObjective(plan, RemainderPolicy.LARGEST_REMAINDER);

    assertThat(first.get("101").orElseThrow().amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(EuroAmount.of("0.01"));
    assertThat(last.get("201").orElseThrow().amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(EuroAmount.of("0.01"));
    assertThat(largest.get("201").orElseThrow().amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(EuroAmount.of("0.01"));
    assertThat(largest.get("101").orElseThrow().amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(EuroAmount.zero());
  }

  @Test
  void strategicRollUpMergesTheSharesOfItsObjectives() {
    RollUp<String> byOs = Budgets.byStrategicObjective(budget(), RemainderPolicy.LARGEST_REMAINDER);

    assertThat(byOs.keys()).containsExactly("100", "200");
    assertThat(byOs.get("100").orElseThrow().amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(EuroAmount.of("66.66"));
    assertThat(byOs.get("200").orElseThrow().amount(2020, ORDINARY_EXPENSES_STAFF)).isEqualTo(EuroAmount.of("33.34"));
    assertThat(byOs.get("100").orElseThrow().amount(2020, EXTRAORDINARY_EXPENSES_INVESTMENTS)).isEqualTo(EuroAmount.of("20000"));
    // plan-level lines and unknown elements are in no objective: they are unallocated
    BudgetTable objectives = byOs.get("100").orElseThrow().plus(byOs.get("200").orElseThrow());
    assertThat(objectives.totalExpenses(2019)).isEqualTo(EuroAmount.zero());
    assertThat(byOs.unallocated().totalExpenses(2019)).isEqualTo(EuroAmount.of("7"));
    assertThat(byOs.unallocated().totalExpenses(2020)).isEqualTo(EuroAmount.of("9"));
    assertThat(objectives.plus(byOs.unallocated())).isEqualTo(Budgets.consolidate(budget()));
    assertThat(byOs.total()).isEqualTo(Budgets.consolidate(budget()));
  }

  @Test
  void voletRollUpUsesTheNearestDeclaredVolet() {
    RollUp<Volet> byVolet = Budgets.byVolet(budget());

    assertThat(byVolet.keys()).containsExactly(Volet.INTERNAL, Volet.EXTERNAL, Volet.COMMON);
    assertThat(byVolet.get(Volet.EXTERNAL).orElseThrow().totalExpenses())
        .isEqualTo(EuroAmount.of("20100.10"));
    assertThat(byVolet.get(Volet.COMMON).orElseThrow().totalExpenses()).isEqualTo(EuroAmount.of("5000"));
    assertThat(byVolet.get(Volet.INTERNAL).orElseThrow().totalReceipts()).isEqualTo(EuroAmount.of("3000"));
    assertThat(byVolet.unallocated().totalExpenses()).isEqualTo(EuroAmount.of("16"));
  }

  @Test
  void fundingSourceRollUpGroupsLinesByFunder() {
    RollUp<FundingSource> byFunding = Budgets.byFundingSource(budget());

    assertThat(byFunding.keys()).containsExactly(FundingSource.of(Funder.EUROPE, "FSE"));
    assertThat(byFunding.get(FundingSource.of(Funder.EUROPE, "FSE")).orElseThrow()
        .amount(2022, ORDINARY_RECEIPTS_TRANSFERS)).isEqualTo(EuroAmount.of("3000"));
    assertThat(byFunding.unallocated().totalReceipts()).isEqualTo(EuroAmount.zero());
    assertThat(byFunding.unallocated().totalExpenses())
        .isEqualTo(Budgets.consolidate(budget()).totalExpenses());
  }

  @Test
  void cpasAndCommuneConsolidateOverBothLegislatures() {
    BudgetedPlan cpas = budget();
    Plan communePlan = Plan.builder()
        .authority(Authority.of(AuthorityKind.COMMUNE, "Commune d'Anderlues", "56001"))
        .title("PST communal").legislature(Legislature.of(2019, 2025)).build();
    BudgetedPlan commune = BudgetedPlan.of(communePlan,
        List.of(BudgetLine.of(2025, ORDINARY_EXPENSES_STAFF, EuroAmount.of("1000"))));

    BudgetTable both = Budgets.consolidate(cpas, commune);

    assertThat(both.exercices()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025);
    assertThat(both).isEqualTo(Budgets.consolidate(cpas).plus(Budgets.consolidate(commune)));
    assertThat(both).isEqualTo(Budgets.consolidate(commune, cpas));
    assertThat(both.amount(2025, ORDINARY_EXPENSES_STAFF)).isEqualTo(EuroAmount.of("1000"));
  }

  @Test
  void emptyPlanHasTheLegislatureAsColumns() {
    BudgetTable table = Budgets.consolidate(BudgetedPlan.of(plan()));
    assertThat(table.exercices()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024);
    assertThat(table.groups()).isEmpty();
    assertThat(table.totalNetCost()).isEqualTo(EuroAmount.zero());
    assertThat(table.toString()).contains("Coût total 2019-2024 (dépenses − recettes)  0,00");
    assertThat(Budgets.consolidate(List.<BudgetLine>of()).exercices()).isEmpty();
    assertThat(Budgets.consolidate(List.<BudgetLine>of()).toString())
        .contains("Coût total (dépenses − recettes)  0,00");
  }

  @Test
  void cellsBeyondALongOfCentsStayExact() {
    List<BudgetLine> lines = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      lines.add(BudgetLine.builder().exercice(2020).group(ORDINARY_EXPENSES_STAFF)
          .amount(EuroAmount.ofCents(Long.MAX_VALUE)).build());
    }
    lines.add(BudgetLine.builder().exercice(2020).group(ORDINARY_RECEIPTS_TRANSFERS)
        .amount(EuroAmount.ofCents(Long.MIN_VALUE)).build());

    BudgetTable table = Budgets.consolidate(lines);

    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    assertThat(table.amount(2020, ORDINARY_EXPENSES_STAFF))
        .isEqualTo(EuroAmount.ofCents(max.multiply(BigInteger.valueOf(3))));
    assertThat(table.netCost(2020)).isEqualTo(
        EuroAmount.ofCents(max.multiply(BigInteger.valueOf(3)).subtract(BigInteger.valueOf(Long.MIN_VALUE))));
    assertThat(table).isEqualTo(Budgets.consolidate(List.of(lines.get(3), lines.get(2), lines.get(1), lines.get(0))));
    assertThat(table.plus(table).amount(2020, ORDINARY_EXPENSES_STAFF))
        .isEqualTo(EuroAmount.ofCents(max.multiply(BigInteger.valueOf(6))));
  }

  @Test
  void columnsWidenToLinesOutsideTheLegislature() {
    BudgetedPlan plan = BudgetedPlan.of(plan(), List.of(line("1021", 2030, "7X", "10")));
    BudgetTable table = Budgets.consolidate(plan);
    assertThat(table.exercices()).first().isEqualTo(2019);
    assertThat(table.exercices()).last().isEqualTo(2030);
    assertThat(table.amount(2030, be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_DEBT))
        .isEqualTo(EuroAmount.of("10"));
    assertThatThrownBy(() -> table.amount(1990, ORDINARY_EXPENSES_STAFF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2019–2030");
  }

  @Test
  void everyRollUpHasBucketsThatAddUpToThePlan() {
    BudgetedPlan plan = budget();
    BudgetTable whole = Budgets.consolidate(plan);
    for (RollUp<?> rollUp : List.of(
        Budgets.byStrategicObjective(plan, RemainderPolicy.LARGEST_REMAINDER),
        Budgets.byOperationalObjective(plan, RemainderPolicy.FIRST),
        Budgets.byVolet(plan), Budgets.byFundingSource(plan), Budgets.byElement(plan))) {
      BudgetTable sum = rollUp.unallocated();
      for (BudgetTable bucket : rollUp.buckets().values()) {
        sum = sum.plus(bucket);
      }
      assertThat(sum).as(rollUp.title()).isEqualTo(whole);
      assertThat(rollUp.sumOfNetCosts()).isEqualTo(whole.totalNetCost());
      assertThat(rollUp.toString()).contains(RollUp.UNALLOCATED).contains("Total");
    }
  }

  @Test
  void rollUpPrintsEachBucketsNetCostAndTheUnallocatedOne() {
    String text = Budgets.byStrategicObjective(budget(), RemainderPolicy.LARGEST_REMAINDER)
        .toString();

    assertThat(text).startsWith("Par objectif stratégique\n")
        .contains("100 - Être un CPAS accessible")
        .containsPattern("Non attribué\\s+7,00\\s+9,00");
  }

  @Test
  void askingForAnExerciceOutsideTheTableSaysSo() {
    BudgetTable table = Budgets.consolidate(budget());

    assertThatThrownBy(() -> table.netCost(2030))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exercice 2030 is not in this table (2019–2024)");
    assertThat(table.covers(2030)).isFalse();
    assertThat(table.covers(2024)).isTrue();
  }

  @Test
  void linesWithoutAGroupAreCountedInAnUnclassifiedRowOfTheirServiceAndSide() {
    BudgetLine article = BudgetLine.builder().elementCode("1021").exercice(2020)
        .service(be.pst.budget.group.Service.ORDINARY).side(be.pst.budget.group.Side.EXPENSES)
        .amount(EuroAmount.of("12.34")).build();
    BudgetedPlan plan = budget().plusLines(List.of(article));

    BudgetTable table = Budgets.consolidate(plan);

    assertThat(table.hasUnclassified()).isTrue();
    assertThat(table.unclassified(2020, be.pst.budget.group.Service.ORDINARY,
        be.pst.budget.group.Side.EXPENSES)).isEqualTo(EuroAmount.of("12.34"));
    assertThat(table.totalExpenses(2020))
        .isEqualTo(Budgets.consolidate(budget()).totalExpenses(2020).add(EuroAmount.of("12.34")));
    assertThat(table.toString()).contains("Non classé");
    assertThat(table.rows()).anySatisfy(row -> assertThat(row.kind())
        .isEqualTo(BudgetTable.RowKind.UNCLASSIFIED));
  }

  @Test
  void figuresAreNeverAddedTogether() {
    BudgetLine charged = BudgetLine.builder().elementCode("1021").exercice(2020)
        .group(ORDINARY_EXPENSES_OPERATING).amount(EuroAmount.of("4000"))
        .figure(be.pst.budget.line.BudgetFigure.CHARGED).build();
    BudgetedPlan plan = budget().plusLines(List.of(charged));

    BudgetTable projection = Budgets.consolidate(plan);
    BudgetTable realised = Budgets.consolidate(plan, be.pst.budget.line.BudgetFigure.CHARGED);

    assertThat(projection).isEqualTo(Budgets.consolidate(budget()));
    assertThat(projection.note()).hasValueSatisfying(n -> assertThat(n).contains("1 ligne(s) « Imputé »"));
    assertThat(projection.toString()).contains("Non repris ici : 1 ligne(s) « Imputé »");
    assertThat(realised.totalExpenses()).isEqualTo(EuroAmount.of("4000"));
    assertThat(realised.toString()).startsWith("Total par groupe économique — Imputé\n");
    assertThatThrownBy(() -> projection.plus(realised)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Budgets.consolidate(plan.lines()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("several figures");
  }
}
