package be.pst.testkit;

import be.pst.budget.line.BudgetLine;
import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The {@link BudgetedPlanArbitrary} behind {@link PstArbitraries#budgetedPlans()}. */
final class DefaultBudgetedPlanArbitrary extends ArbitraryDecorator<BudgetedPlan>
    implements BudgetedPlanArbitrary {

  private final Arbitrary<Plan> plans;
  private final int minPerAction;
  private final int maxPerAction;
  private final int minPlanLevel;
  private final int maxPlanLevel;
  private final UnaryOperator<BudgetLineArbitrary> lines;

  DefaultBudgetedPlanArbitrary() {
    this(new DefaultPlanArbitrary(), 0, 3, 0, 3, UnaryOperator.identity());
  }

  private DefaultBudgetedPlanArbitrary(
      Arbitrary<Plan> plans,
      int minPerAction,
      int maxPerAction,
      int minPlanLevel,
      int maxPlanLevel,
      UnaryOperator<BudgetLineArbitrary> lines) {
    this.plans = plans;
    this.minPerAction = minPerAction;
    this.maxPerAction = maxPerAction;
    this.minPlanLevel = minPlanLevel;
    this.maxPlanLevel = maxPlanLevel;
    this.lines = lines;
  }

  @Override
  protected Arbitrary<BudgetedPlan> arbitrary() {
    return plans.flatMap(plan -> linesFor(plan).map(l -> BudgetedPlan.of(plan, l)));
  }

  private Arbitrary<List<BudgetLine>> linesFor(Plan plan) {
    BudgetLineArbitrary configured =
        Objects.requireNonNull(lines.apply(new DefaultBudgetLineArbitrary()), "lines");
    List<Arbitrary<List<BudgetLine>>> parts = new ArrayList<>();
    parts.add(
        configured
            .inLegislature(plan.legislature())
            .map(l -> l.withElementCode(java.util.Optional.empty()))
            .list()
            .ofMinSize(minPlanLevel)
            .ofMaxSize(maxPlanLevel));
    for (Action action : plan.actions()) {
      parts.add(
          configured
              .inLegislature(plan.legislature())
              .map(line -> line.withElementCode(action.code()))
              .list()
              .ofMinSize(minPerAction)
              .ofMaxSize(maxPerAction));
    }
    return Combinators.combine(parts).as(PlanLines::flatten);
  }

  @Override
  public BudgetedPlanArbitrary withPlans(Arbitrary<Plan> plans) {
    return new DefaultBudgetedPlanArbitrary(
        Objects.requireNonNull(plans, "plans"), minPerAction, maxPerAction, minPlanLevel,
        maxPlanLevel, lines);
  }

  @Override
  public BudgetedPlanArbitrary withLinesPerAction(int min, int max) {
    Years.requireRange(min, max, "lines per action");
    return new DefaultBudgetedPlanArbitrary(plans, min, max, minPlanLevel, maxPlanLevel, lines);
  }

  @Override
  public BudgetedPlanArbitrary withPlanLevelLines(int min, int max) {
    Years.requireRange(min, max, "plan-level lines");
    return new DefaultBudgetedPlanArbitrary(plans, minPerAction, maxPerAction, min, max, lines);
  }

  @Override
  public BudgetedPlanArbitrary withLines(UnaryOperator<BudgetLineArbitrary> lines) {
    Objects.requireNonNull(lines, "lines");
    UnaryOperator<BudgetLineArbitrary> previous = this.lines;
    return new DefaultBudgetedPlanArbitrary(
        plans, minPerAction, maxPerAction, minPlanLevel, maxPlanLevel,
        b -> lines.apply(previous.apply(b)));
  }

  /** Joins the lines of the parts, plan-level lines first then actions in document order. */
  private static final class PlanLines {
    private PlanLines() {}

    static List<BudgetLine> flatten(List<List<BudgetLine>> parts) {
      List<BudgetLine> all = new ArrayList<>();
      parts.forEach(all::addAll);
      return all;
    }
  }

  @Override
  public String toString() {
    return "budgeted plans of "
        + plans
        + " with "
        + minPerAction
        + ".."
        + maxPerAction
        + " lines per action and "
        + minPlanLevel
        + ".."
        + maxPlanLevel
        + " plan-level lines";
  }
}
