package be.pst.io.ecomptes;

import be.pst.budget.BudgetedPlan;
import be.pst.core.style.PstStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of applying an eComptes file's budget to an existing plan (fusion d'un export
 * eComptes), as iA.PST does with the file eComptes sends back: the plan with the articles and
 * projections of every element found by its {@code ElementId}, and what could not be applied.
 * See {@link EcomptesXml#merge}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class EcomptesMerge implements WithEcomptesMerge {

  EcomptesMerge() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The plan with the merged budget: the lines of the budget ({@code BUDGET}) and projections
   * ({@code PROJECTION}) of every element found replaced by the file's, every other line kept.
   *
   * @return the merged plan
   */
  public abstract BudgetedPlan budgetedPlan();

  /**
   * The {@code ElementId}s of the file's elements that match no element of the plan, in
   * document order; their lines are not applied.
   *
   * @return the identifiers not found
   */
  public abstract List<String> notFound();

  /**
   * The number of elements of the plan whose budget was replaced.
   *
   * @return the count
   */
  public abstract int matched();

  /**
   * The number of the file's plan-level lines (those of a volet made by an export, which is no
   * element) that were not applied.
   *
   * @return the count
   */
  public abstract int planLevelLinesIgnored();

  /** Builds an {@link EcomptesMerge}. */
  public static final class Builder extends ImmutableEcomptesMerge.Builder {
    Builder() {}
  }
}
