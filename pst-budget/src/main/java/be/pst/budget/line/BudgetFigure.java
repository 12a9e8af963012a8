package be.pst.budget.line;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * Which figure of the budget cycle a budget line gives (nature du montant): the PST's own
 * projection, the budget the council adopted, or the account of what was spent or received.
 *
 * <p>A plan is drawn up with projections; its evaluation compares them with the adopted budgets
 * and the accounts. Consolidation never adds figures of different kinds: a table is of one
 * figure, and comparisons put two figures side by side. Instances are immutable and thread-safe.
 */
public enum BudgetFigure {
  /** The multi-year projection of the PST (projection), the default of a line. */
  PROJECTION("Projection", false, "projection PST"),
  /** An adopted budget, without saying whether initial or amended (budget, crédit budgétaire). */
  BUDGET("Budget", false, "crédit budgétaire", "budget adopté"),
  /** The initial budget of the exercice (budget initial). */
  INITIAL_BUDGET("Budget initial", false, "BI"),
  /** The budget after one or more amendments (budget après modification budgétaire). */
  AMENDED_BUDGET("Budget après modification", false, "budget modifié", "MB"),
  /** Committed in the accounts (engagé, engagements). */
  COMMITTED("Engagé", true, "engagements", "engagement"),
  /** Charged in the accounts (imputé, imputations; droits constatés for receipts). */
  CHARGED("Imputé", true, "imputations", "imputation", "droits constatés", "réalisé");

  private final String label;
  private final boolean realised;
  private final List<String> words;

  BudgetFigure(String label, boolean realised, String... aliases) {
    this.label = label;
    this.realised = realised;
    this.words = java.util.stream.Stream.concat(java.util.stream.Stream.of(label),
        java.util.stream.Stream.of(aliases)).toList();
  }

  /**
   * The French label.
   *
   * @return e.g. {@code "Budget initial"}
   */
  public String label() {
    return label;
  }

  /**
   * Whether the figure comes from the accounts (réalisé) rather than from a plan or a budget.
   *
   * @return {@code true} for {@link #COMMITTED} and {@link #CHARGED}
   */
  public boolean isRealised() {
    return realised;
  }

  /**
   * The figure named by a French word ("Budget initial", "imputé", "engagements") or the
   * constant name, accent- and case-insensitively.
   *
   * @param text the word
   * @return the figure
   * @throws IllegalArgumentException if the word names no figure, listing the accepted ones
   */
  public static BudgetFigure parse(String text) {
    return Labels.parse(BudgetFigure.class, text, f -> f.words);
  }
}
