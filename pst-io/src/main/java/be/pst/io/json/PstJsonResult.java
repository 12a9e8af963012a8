package be.pst.io.json;

import be.pst.budget.BudgetedPlan;
import java.util.List;
import java.util.Objects;

/**
 * What a reading of a PST document produced (résultat de lecture): the plan with its budget,
 * and the warnings of a lenient reading (always empty for a strict reading, which fails
 * instead).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PstJsonResult {

  private final BudgetedPlan plan;
  private final List<PstJsonWarning> warnings;

  private PstJsonResult(BudgetedPlan plan, List<PstJsonWarning> warnings) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Returns a result.
   *
   * @param plan the plan read, with its budget
   * @param warnings what a lenient reading tolerated, in document order
   * @return the result
   */
  public static PstJsonResult of(BudgetedPlan plan, List<PstJsonWarning> warnings) {
    return new PstJsonResult(plan, Objects.requireNonNull(warnings, "warnings"));
  }

  /**
   * Returns the plan read, with its budget.
   *
   * @return the budgeted plan
   */
  public BudgetedPlan plan() {
    return plan;
  }

  /**
   * Returns what a lenient reading tolerated, in document order.
   *
   * @return the warnings, empty for a strict reading
   */
  public List<PstJsonWarning> warnings() {
    return warnings;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PstJsonResult
        && plan.equals(((PstJsonResult) other).plan)
        && warnings.equals(((PstJsonResult) other).warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, warnings);
  }

  /** Returns a short description: the plan's title and the number of warnings. */
  @Override
  public String toString() {
    return "PstJsonResult{plan=" + plan.plan().title() + ", warnings=" + warnings.size() + "}";
  }
}
