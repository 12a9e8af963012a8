package be.pst.testkit;

import be.pst.budget.BudgetedPlan;
import be.pst.core.plan.Plan;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;

/**
 * An arbitrary of budgeted plans (plans budgétisés): a plan and the budget lines attached to its
 * actions or to the plan itself, every line in an exercice of the plan's legislature.
 *
 * <p>By default the plan comes from {@link PstArbitraries#plans()}, each action (sub-actions
 * included) receives 0 to 3 lines and the plan itself 0 to 3 lines, with amounts from 0,00 € to
 * 1.000.000,00 € in every economic group.
 *
 * <p>The lines depend on the plan (its action codes and legislature), so the lines are drawn for
 * each plan ({@code flatMap}): a failing example shrinks the lines with the plan fixed, and the
 * plan with fresh lines.
 *
 * <p>Instances are immutable and thread-safe: each configuration method returns a new arbitrary.
 */
public interface BudgetedPlanArbitrary extends Arbitrary<BudgetedPlan> {

  /**
   * Budgeted plans built on the plans of {@code plans}, e.g. {@code
   * PstArbitraries.plans().withStrategicObjectives(1, 5)}.
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
   * e.g. {@code b -> b.ordinaryOnly().withAmountsBetween(EuroAmount.of("0"), EuroAmount.of("5000"))}. The
   * exercices and element codes configured there are replaced by the plan's.
   *
   * @param lines how to configure the lines
   * @return a new arbitrary
   */
  BudgetedPlanArbitrary withLines(UnaryOperator<BudgetLineArbitrary> lines);
}
