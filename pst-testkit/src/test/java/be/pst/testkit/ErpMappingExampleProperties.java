package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetTable;
import be.pst.budget.Budgets;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.plan.Plan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What an ERP team writes to guard its export: map its own budget records onto our budget lines,
 * then check that the totals it computes its own way equal the totals pst consolidates.
 */
class ErpMappingExampleProperties {

  /** The ERP's own record: an amount booked for an action, a year and an economic group. */
  record ErpBudgetEntry(String actionRef, int year, String groupCode, BigDecimal amount) {}

  /** A plan and the ERP records booked on its actions. */
  record ErpExport(Plan plan, List<ErpBudgetEntry> entries) {}

  /** The mapping under test: one ERP record, one budget line of the action it names. */
  static BudgetLine toBudgetLine(ErpBudgetEntry entry) {
    return BudgetLine.builder()
        .elementCode(entry.actionRef())
        .exercice(entry.year())
        .group(EconomicGroup.ofCode(entry.groupCode()))
        .amount(EuroAmount.of(entry.amount()))
        .build();
  }

  @Property(tries = 100)
  void theirTotalsEqualOursAfterMapping(@ForAll("erpExports") ErpExport export) {
    List<BudgetLine> lines = export.entries().stream()
        .map(ErpMappingExampleProperties::toBudgetLine).collect(Collectors.toList());
    BudgetedPlan budgeted = BudgetedPlan.of(export.plan(), lines);
    BudgetTable ours = Budgets.consolidate(budgeted);

    // The ERP's totals, computed its own way: BigDecimal sums per year and group code.
    Map<Integer, Map<String, BigDecimal>> theirs = new TreeMap<>();
    Map<Integer, BigDecimal> theirNetCost = new TreeMap<>();
    for (ErpBudgetEntry e : export.entries()) {
      theirs.computeIfAbsent(e.year(), y -> new TreeMap<>())
          .merge(e.groupCode(), e.amount(), BigDecimal::add);
      boolean expense = e.groupCode().startsWith("7") || e.groupCode().startsWith("9");
      theirNetCost.merge(e.year(), expense ? e.amount() : e.amount().negate(), BigDecimal::add);
    }

    assertThat(budgeted.validateBudget().errors()).isEmpty();
    theirs.forEach((year, byGroup) -> byGroup.forEach((group, total) ->
        assertThat(ours.amount(year, EconomicGroup.ofCode(group)).toBigDecimal())
            .as("%s %s", year, group).isEqualByComparingTo(total)));
    theirNetCost.forEach((year, net) ->
        assertThat(ours.netCost(year).toBigDecimal()).as("%s", year).isEqualByComparingTo(net));
  }

  @Provide
  Arbitrary<ErpExport> erpExports() {
    return PstArbitraries.plans().withActionsPerObjective(1, 4).flatMap(plan -> {
      List<String> actionRefs =
          plan.actions().stream().map(Action::code).collect(Collectors.toList());
      Arbitrary<ErpBudgetEntry> entries = Combinators.combine(
              Arbitraries.of(actionRefs),
              Arbitraries.integers().between(plan.legislature().firstExercice(),
                  plan.legislature().lastExercice()),
              PstArbitraries.economicGroups().map(EconomicGroup::code),
              PstArbitraries.amounts().map(EuroAmount::toBigDecimal))
          .as(ErpBudgetEntry::new);
      return entries.list().ofMaxSize(40).map(list -> new ErpExport(plan, list));
    });
  }
}
