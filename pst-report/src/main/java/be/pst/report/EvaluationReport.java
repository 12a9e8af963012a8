package be.pst.report;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.line.BudgetFigure;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation report of a PST at a date (rapport d'évaluation: à mi-parcours, en fin de
 * législature), the evaluation the decree requires: per strategic and operational objective the
 * actions with their status, progress and health, the late actions, the attainment of the
 * indicators with their measurements, the planned budget against the realised one (cell by cell,
 * per objective and per action), the funding acquired against requested, the balance of the
 * synergies between the CPAS and the commune, and what changed since the previous version.
 *
 * <p>The document is one XHTML5 file (well-formed XML, served as HTML): inline CSS with a print
 * style, SVG charts drawn by this library (actions per status and objective, budget per exercice
 * and group, planned against realised expenses, indicator attainment), no script, no network, no
 * font to download. It prints to PDF from any browser. Text is French, amounts Belgian; every
 * text of the plan is escaped.
 *
 * <p>By default the projection ({@link BudgetFigure#PROJECTION}) is compared with the charged
 * lines ({@link BudgetFigure#CHARGED}), else the committed ones, over the exercices that have such
 * lines; without realised lines, the report shows the planned budget and says so. An action is
 * late when its planned end is certainly before the date and it is neither completed nor
 * abandoned.
 *
 * <p>Instances are immutable and thread-safe: each {@code with…} returns a new report.
 */
public final class EvaluationReport {

  private final BudgetedPlan plan;
  private final LocalDate asOf;
  private final Optional<BudgetedPlan> previous;
  private final BudgetFigure reference;
  private final Optional<BudgetFigure> compared;
  private final String subtitle;

  private EvaluationReport(BudgetedPlan plan, LocalDate asOf, Optional<BudgetedPlan> previous,
      BudgetFigure reference, Optional<BudgetFigure> compared, String subtitle) {
    this.plan = plan;
    this.asOf = asOf;
    this.previous = previous;
    this.reference = reference;
    this.compared = compared;
    this.subtitle = subtitle;
  }

  /**
   * The evaluation of a plan at a date.
   *
   * @param plan the plan and its budget, with its realised lines if any
   * @param asOf the date of the evaluation: actions planned to end before it are late
   * @return the report, comparing the projection with the realised lines
   */
  public static EvaluationReport of(BudgetedPlan plan, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    return new EvaluationReport(plan, asOf, Optional.empty(), BudgetFigure.PROJECTION,
        EvaluationModel.realisedFigure(plan), "");
  }

  /**
   * A copy that also says what changed since an earlier version of the plan.
   *
   * @param older the previous version (adopted, or the last evaluation's)
   * @return the copy
   */
  public EvaluationReport withPrevious(BudgetedPlan older) {
    Objects.requireNonNull(older, "older");
    return new EvaluationReport(plan, asOf, Optional.of(older), reference, compared, subtitle);
  }

  /**
   * A copy comparing other figures, such as the initial budget with the charged accounts.
   *
   * @param planned the reference figure
   * @param realised the compared figure, different from the reference
   * @return the copy
   * @throws IllegalArgumentException if both figures are the same
   */
  public EvaluationReport comparing(BudgetFigure planned, BudgetFigure realised) {
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(realised, "realised");
    if (planned == realised) {
      throw new IllegalArgumentException("compare two different figures, not "
          + planned.label() + " with itself");
    }
    return new EvaluationReport(plan, asOf, previous, planned, Optional.of(realised), subtitle);
  }

  /**
   * A copy with a line under the title, such as a warning that figures are illustrative.
   *
   * @param subtitle the text, printed as is (escaped)
   * @return the copy
   */
  public EvaluationReport withSubtitle(String subtitle) {
    return new EvaluationReport(plan, asOf, previous, reference, compared,
        Objects.requireNonNull(subtitle, "subtitle"));
  }

  /**
   * The date of the evaluation.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The document.
   *
   * @return the XHTML5 text, UTF-8 ready
   */
  public String toHtml() {
    return Templates.render("evaluation",
        EvaluationModel.of(plan, asOf, reference, compared, previous, subtitle));
  }

  /**
   * Writes the document to a file, in UTF-8, creating its directory if needed.
   *
   * @param file where to write, e.g. {@code evaluation.html}
   * @return the file
   * @throws IOException if it cannot be written
   */
  public Path writeHtml(Path file) throws IOException {
    return Documents.write(file, toHtml());
  }

  /**
   * "Évaluation au 31 décembre 2021 de PST «…» …".
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Évaluation au " + Formats.date(asOf) + " de " + plan.plan();
  }
}
