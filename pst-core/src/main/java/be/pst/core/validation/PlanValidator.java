package be.pst.core.validation;

import be.pst.core.element.ElementPath;
import be.pst.core.plan.Plan;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Checks a plan against the rules of the domain (contrôle du PST) and reports every problem;
 * validation never throws. The rules, their ids, default severities and French labels are the
 * constants of {@link Rule} (all but the {@code BUDGET_…} ones, which pst-budget checks);
 * {@code docs/design.md} says which seed shows each.
 *
 * <p>One run indexes the plan once (the located elements and the codes of each kind) and walks
 * it a fixed number of times: validation is linear in the size of the plan, and never recurses
 * on its depth. Every issue is located by an {@link ElementPath} that {@code Plan.resolve}
 * resolves, or by the root path for the plan itself and for volet sections, which sit outside
 * the tree (their message then names them). A rule that fails unexpectedly is reported as
 * {@link Rule#VALIDATOR_FAILURE}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PlanValidator {

  private static final List<BiConsumer<Context, Issues>> RULES =
      List.of(
          CodeRules::duplicates,
          CodeRules::references,
          ShareRules::check,
          ElementRules::progress,
          ElementRules::schedule,
          ElementRules::organisations,
          ActionRules::pilots,
          ActionRules::statusAndDates,
          ActionRules::withinObjective,
          ActionRules::steps,
          ActionRules::budgetItems,
          ObjectiveRules::check,
          IndicatorRules::check,
          PlanRules::check);

  private PlanValidator() {}

  /**
   * Validates a plan.
   *
   * @param plan the plan
   * @return the report, errors first; never throws for any non-null plan
   */
  public static ValidationReport validate(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    Issues issues = new Issues();
    Context context;
    try {
      context = Context.of(plan);
    } catch (RuntimeException e) {
      issues.add(ElementPath.root(), Rule.VALIDATOR_FAILURE, "échec interne du contrôle : " + e);
      return issues.report();
    }
    for (BiConsumer<Context, Issues> rule : RULES) {
      try {
        rule.accept(context, issues);
      } catch (RuntimeException e) {
        issues.add(ElementPath.root(), Rule.VALIDATOR_FAILURE, "échec interne du contrôle : " + e);
      }
    }
    return issues.report();
  }
}
