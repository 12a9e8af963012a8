package be.pst.io.ecomptes;

import be.pst.budget.BudgetedPlan;
import be.pst.core.plan.Plan;
import be.pst.core.style.PstStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of reading an eComptes XML document (import eComptes): the plan with its budget
 * lines, and the warnings about what had to be guessed or was missing.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class EcomptesImport implements WithEcomptesImport {

  EcomptesImport() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the plan read, with its budget lines.
   *
   * @return the budgeted plan
   */
  public abstract BudgetedPlan budgetedPlan();

  /**
   * Returns the plan read, without its budget.
   *
   * @return the plan
   */
  public Plan plan() {
    return budgetedPlan().plan();
  }

  /**
   * Returns the warnings, in document order.
   *
   * @return what was missing, guessed or left out; empty for a clean document
   */
  public abstract List<EcomptesIssue> warnings();

  /** Builds an {@link EcomptesImport}. */
  public static final class Builder extends ImmutableEcomptesImport.Builder {
    Builder() {}
  }
}
