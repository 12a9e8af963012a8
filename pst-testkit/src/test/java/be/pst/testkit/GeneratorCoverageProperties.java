package be.pst.testkit;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.action.Action;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.element.PlanElement;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The arbitraries reach the shapes real plans have: a generator that never produced a transversal
 * action or a month-precise schedule would let bugs there pass every property unseen.
 */
class GeneratorCoverageProperties {

  @Property(tries = 300)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void plansCoverTransversalActionsSubActionsMonthsAndBothCodeStyles(
      @ForAll("plans") Plan plan) {
    collect("transversal action", plan.actions().stream().anyMatch(Action::isTransversal));
    collect("sub-action", plan.actions().stream().anyMatch(a -> !a.subActions().isEmpty()));
    collect(
        "month schedule",
        plan.actions().stream()
            .map(Action::schedule)
            .flatMap(Optional::stream)
            .map(Schedule::end)
            .flatMap(Optional::stream)
            .anyMatch(end -> end.precision() == PartialDate.Precision.MONTH));
    collect("hyphenated codes", plan.elements().stream().anyMatch(e -> e.code().contains("-")));
    collect("numeric codes", plan.elements().stream().anyMatch(e -> e.code().matches("[0-9.]+")));
    collect("project", !plan.projects().isEmpty());
    collect("measured indicator",
        plan.elements().stream()
            .map(PlanElement::indicators)
            .anyMatch(list -> list.stream().anyMatch(i -> i.attainment().isPresent())));
  }

  private static void collect(String label, boolean present) {
    Statistics.label(label).collect(present);
    Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p >= 5.0));
  }

  @Property(tries = 300)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void indicatorsOfEveryKindAreGenerated(@ForAll("plans") Plan plan) {
    plan.elements().stream()
        .flatMap(e -> e.indicators().stream())
        .forEach(i -> Statistics.label("kind").collect(i.kind()));
    Statistics.label("kind")
        .coverage(
            c -> {
              for (IndicatorKind kind : IndicatorKind.values()) {
                c.check(kind).count(n -> n > 0);
              }
            });
  }

  @Property(tries = 500)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void linesFallInEveryEconomicGroupAndFigureAndSomeOnlyInAServiceAndSide(
      @ForAll("lines") BudgetLine line) {
    Statistics.label("group").collect(line.group().map(EconomicGroup::code).orElse("none"));
    Statistics.label("figure").collect(line.figure());
    Statistics.label("group")
        .coverage(
            c -> {
              for (EconomicGroup group : EconomicGroup.values()) {
                c.check(group.code()).count(n -> n > 0);
              }
              c.check("none").count(n -> n > 0);
            });
    Statistics.label("figure")
        .coverage(
            c -> {
              for (BudgetFigure figure : BudgetFigure.values()) {
                c.check(figure).count(n -> n > 0);
              }
              c.check(BudgetFigure.PROJECTION).percentage(p -> p >= 50.0);
            });
  }

  @Property(tries = 200)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void dirtyBudgetedPlansHoldDuplicateCodesAndDanglingLines(
      @ForAll("dirtyBudgetedPlans") BudgetedPlan budgeted) {
    Plan plan = budgeted.plan();
    List<String> codes =
        plan.elements().stream().map(PlanElement::code).collect(Collectors.toList());
    collect("duplicate code", codes.size() != new HashSet<>(codes).size());
    collect(
        "dangling line",
        budgeted.lines().stream()
            .anyMatch(l -> l.elementCode().isPresent()
                && plan.find(l.elementCode().get()).isEmpty()));
    collect(
        "line outside the legislature",
        budgeted.lines().stream().anyMatch(l -> !plan.legislature().contains(l.exercice())));
  }

  @Provide
  Arbitrary<BudgetedPlan> dirtyBudgetedPlans() {
    return PstArbitraries.budgetedPlans().dirty();
  }

  @Provide
  Arbitrary<Plan> plans() {
    return PstArbitraries.plans();
  }

  @Provide
  Arbitrary<BudgetLine> lines() {
    return PstArbitraries.budgetLines();
  }
}
