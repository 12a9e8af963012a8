package be.pst.report;

import be.pst.budget.BudgetedPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The plan as a council adopts and publishes it (PST publié, on the authority's website): the
 * tree of strategic objectives, operational objectives and actions, each action's fiche
 * (reference, status, planning, pilots, services, partners, description, context, risks, steps,
 * indicators, funding, budget) and the budget annex "Total par groupe économique" with the net
 * cost per element — from the plan alone, laid out like the adopted plans of the seeds.
 *
 * <p>The document is one self-contained XHTML5 file, as {@link EvaluationReport}'s: inline CSS
 * and print style, SVG chart of the budget, no script, no network. Instances are immutable and
 * thread-safe.
 */
public final class PublishedPlan {

  private final BudgetedPlan plan;
  private final String subtitle;

  private PublishedPlan(BudgetedPlan plan, String subtitle) {
    this.plan = plan;
    this.subtitle = subtitle;
  }

  /**
   * The published document of a plan.
   *
   * @param plan the plan and its budget
   * @return the document
   */
  public static PublishedPlan of(BudgetedPlan plan) {
    return new PublishedPlan(Objects.requireNonNull(plan, "plan"), "");
  }

  /**
   * A copy with a line under the title ("Adopté par le conseil de l'action sociale le …").
   *
   * @param subtitle the text, printed as is (escaped)
   * @return the copy
   */
  public PublishedPlan withSubtitle(String subtitle) {
    return new PublishedPlan(plan, Objects.requireNonNull(subtitle, "subtitle"));
  }

  /**
   * The document.
   *
   * @return the XHTML5 text
   */
  public String toHtml() {
    return Templates.render("published-plan", PlanModel.of(plan, subtitle));
  }

  /**
   * Writes the document to a file, in UTF-8, creating its directory if needed.
   *
   * @param file where to write, e.g. {@code published-plan.html}
   * @return the file
   * @throws IOException if it cannot be written
   */
  public Path writeHtml(Path file) throws IOException {
    return Documents.write(file, toHtml());
  }

  /**
   * "Plan publié : PST «…» …".
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Plan publié : " + plan.plan();
  }
}
