package be.pst.core.validation;

import be.pst.core.element.ElementPath;
import be.pst.core.plan.Plan;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Checks a plan against the rules of the domain (contrôle du PST) and reports every problem;
 * validation never throws. Rules and their severity:
 *
 * <table>
 *   <caption>Validation rules</caption>
 *   <tr><th>rule</th><th>severity</th><th>what</th></tr>
 *   <tr><td>{@code duplicate-code}</td><td>error</td><td>two elements (OS, OO, actions and
 *       sub-actions), axes, political objectives or projects with the same code</td></tr>
 *   <tr><td>{@code dangling-reference}</td><td>error</td><td>an objective share, a project, an
 *       axis or political objective reference naming nothing of the right kind</td></tr>
 *   <tr><td>{@code shares-not-100}</td><td>error</td><td>objective shares of an action not
 *       summing to 100</td></tr>
 *   <tr><td>{@code share-not-positive}</td><td>error</td><td>a share of 0 % or less</td></tr>
 *   <tr><td>{@code duplicate-share}</td><td>error</td><td>two shares for the same
 *       OO</td></tr>
 *   <tr><td>{@code home-share-missing}</td><td>error</td><td>shares that do not list the
 *       action's home OO</td></tr>
 *   <tr><td>{@code progress-out-of-range}</td><td>error</td><td>a progress outside
 *       0–100 %</td></tr>
 *   <tr><td>{@code ends-after-deadline}</td><td>error if the action ends <em>definitely</em>
 *       after its OO's deadline ("2025" after "2024"), warning if only <em>possibly</em>
 *       ("2024" after "2024-06-30", or open-ended)</td><td>the domain rule "an action ends no
 *       later than its OO's deadline"</td></tr>
 *   <tr><td>{@code schedule-inverted}</td><td>error</td><td>an end definitely before the
 *       start</td></tr>
 *   <tr><td>{@code indicator-kind-mismatch}</td><td>error</td><td>a baseline, target or
 *       measurement whose kind is not the indicator's</td></tr>
 *   <tr><td>{@code missing-pilot}</td><td>warning</td><td>an action with neither political
 *       nor administrative pilot, itself or through a parent action</td></tr>
 *   <tr><td>{@code measurement-outside-legislature}</td><td>warning</td><td>a measurement
 *       dated outside the legislature's exercises</td></tr>
 *   <tr><td>{@code undeclared-service}, {@code undeclared-partner}</td><td>warning</td><td>a
 *       name the plan's declared list lacks (only when the plan declares a list)</td></tr>
 *   <tr><td>{@code status-progress-mismatch}</td><td>warning</td><td>a completed action with a
 *       progress below 100 %</td></tr>
 *   <tr><td>{@code organisation-kind-mismatch}</td><td>warning</td><td>a partner listed among
 *       services or the reverse</td></tr>
 *   <tr><td>{@code invalid-ins-code}</td><td>warning</td><td>an INS code that is not five
 *       digits</td></tr>
 *   <tr><td>{@code validator-failure}</td><td>error</td><td>a rule failed unexpectedly (a bug;
 *       reported instead of thrown)</td></tr>
 * </table>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PlanValidator {

  private static final List<BiConsumer<Context, Issues>> RULES =
      List.of(
          CodeRules::duplicates,
          CodeRules::references,
          ShareRules::check,
          ActionRules::progress,
          ActionRules::schedule,
          ActionRules::pilots,
          ActionRules::organisations,
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
    Context context = new Context(plan, Located.all(plan));
    for (BiConsumer<Context, Issues> rule : RULES) {
      try {
        rule.accept(context, issues);
      } catch (RuntimeException e) {
        issues.error(ElementPath.root(), "validator-failure", "échec interne du contrôle : " + e);
      }
    }
    return issues.report();
  }
}
