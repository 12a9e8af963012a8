package be.pst.testkit;

import be.pst.budget.BudgetedPlan;
import be.pst.core.plan.Plan;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;

/**
 * An arbitrary of budgeted plans (plans budgétisés): a plan and the budget lines attached to its
 * actions, to its objectives or to the plan itself, every line in an exercice of the plan's
 * legislature.
 *
 * <p>By default the plan comes from {@link PstArbitraries#plans()}, each action (sub-actions
 * included) receives 0 to 3 lines, each strategic and operational objective 0 or 1 line and the
 * plan itself 0 to 3 lines, drawn by {@link PstArbitraries#budgetLines()}: amounts from 0,00 € to
 * 1.000.000,00 €, every economic group (one line in ten with only a service and a side), every
 * figure. {@code Budgets.consolidate(plan)} sums the projections only; use {@code
 * withLines(lines -> lines.withFigures(BudgetFigure.PROJECTION))} for plans whose every line it
 * sums.
 *
 * <p>When the plans come from {@link PstArbitraries#plans()} (configured in any way), plan and
 * lines are drawn together: a failing example shrinks the plan and its lines at once, and
 * removing an action removes its lines. Plans from another arbitrary get their lines drawn for
 * each plan ({@code flatMap}).
 *
 * <p>Instances are immutable and thread-safe: each configuration method returns a new arbitrary.
 */
public interface BudgetedPlanArbitrary extends Arbitrary<BudgetedPlan> {

  /**
   * Budgeted plans built on the plans of {@code plans}, e.g. {@code
   * PstArbitraries.plans().withStrategicObjectives(1, 5)}. The lines agree with each element: their
   * exercices fall inside its schedule, an action that declares a budget impact other than « Oui »
   * gets no projection line (a drawn projection becomes a {@code BUDGET} line) and one that
   * declares « Oui » gets at least one among its lines, when it gets lines at all.
   *
   * @param plans the plans
   * @return a new arbitrary
   */
  BudgetedPlanArbitrary withPlans(Arbitrary<Plan> plans);

  /**
   * Budgeted plans whose every action has {@code min} to {@code max} lines.
   *
   * @param min the smallest number, at least 0
   * @param max the largest number, at least {@code min}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the range is invalid
   */
  BudgetedPlanArbitrary withLinesPerAction(int min, int max);

  /**
   * Budgeted plans whose every strategic and operational objective has {@code min} to {@code max}
   * lines of its own.
   *
   * @param min the smallest number, at least 0
   * @param max the largest number, at least {@code min}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the range is invalid
   */
  BudgetedPlanArbitrary withLinesPerObjective(int min, int max);

  /**
   * Budgeted plans with {@code min} to {@code max} lines of the plan itself.
   *
   * @param min the smallest number, at least 0
   * @param max the largest number, at least {@code min}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the range is invalid
   */
  BudgetedPlanArbitrary withPlanLevelLines(int min, int max);

  /**
   * Budgeted plans whose lines come from {@code lines} applied to the default line arbitrary,
   * e.g. {@code b -> b.ordinaryOnly().withAmountsBetween(EuroAmount.of("0"),
   * EuroAmount.of("5000"))}. The exercices and element codes configured there are replaced by
   * the plan's.
   *
   * @param lines how to configure the lines
   * @return a new arbitrary
   */
  BudgetedPlanArbitrary withLines(UnaryOperator<BudgetLineArbitrary> lines);

  /**
   * Dirty budgeted plans: each plan receives one or two budget defects drawn from {@code
   * defects}; no argument makes the budget clean again. The plan's own defects are set on the
   * plans ({@link PlanArbitrary#withDefects(PlanDefect...)}).
   *
   * @param defects the budget defects to draw from
   * @return a new arbitrary
   */
  BudgetedPlanArbitrary withBudgetDefects(BudgetDefect... defects);

  /**
   * Dirty budgeted plans: dirty plans ({@link PlanArbitrary#dirty()}, when the plans come from
   * {@link PstArbitraries#plans()}) with every {@link BudgetDefect} in their budget: duplicate
   * codes, dangling references, lines naming elements the plan does not have, lines after the
   * legislature… what readers and writers must carry unchanged.
   *
   * @return a new arbitrary
   */
  BudgetedPlanArbitrary dirty();
}
