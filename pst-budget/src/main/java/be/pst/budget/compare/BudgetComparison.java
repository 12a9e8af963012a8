package be.pst.budget.compare;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.Budgets;
import be.pst.budget.RemainderPolicy;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import java.util.Objects;
import java.util.Optional;

/**
 * Planned against realised in one plan (prévu / réalisé): two {@linkplain BudgetFigure figures}
 * of the plan's budget — the PST's projection, an adopted budget (initial or amended), the
 * accounts (committed or charged) — compared cell by cell (exercice × economic group), per
 * strategic objective, per operational objective and per element, with the variance in euros and
 * in percent.
 *
 * <p>Each side consolidates the lines of its own figure only, with the roll-up rules of {@link
 * Budgets} (a transversal action's lines split by its shares, with the given {@link
 * RemainderPolicy}; lines of the plan itself and of unknown elements "non attribué"): a realised
 * line never enters a planned total, and the buckets of each side add up to its total.
 *
 * <p>By default every exercice of the plan is compared; {@link #within} keeps those whose
 * accounts are closed, and {@link #realisedExercices()} says which exercices have lines of the
 * compared figure. Instances are immutable and thread-safe.
 */
public final class BudgetComparison {

  private final BudgetedPlan plan;
  private final BudgetFigure reference;
  private final BudgetFigure compared;
  private final RemainderPolicy policy;
  private final int[] exercices;
  private final TableComparison table;

  private BudgetComparison(BudgetedPlan plan, BudgetFigure reference, BudgetFigure compared,
      RemainderPolicy policy, int[] exercices) {
    this.plan = plan;
    this.reference = reference;
    this.compared = compared;
    this.policy = policy;
    this.exercices = exercices;
    TableComparison whole = TableComparison.of("Total par groupe économique",
        Budgets.consolidate(plan, reference), Budgets.consolidate(plan, compared));
    this.table = exercices == null ? whole : whole.within(exercices[0], exercices[1]);
  }

  /**
   * Compares two figures of a plan; transversal actions split their lines with {@link
   * RemainderPolicy#LARGEST_REMAINDER}.
   *
   * @param plan the budgeted plan
   * @param reference the reference figure, e.g. {@link BudgetFigure#PROJECTION} or {@link
   *     BudgetFigure#INITIAL_BUDGET}
   * @param compared the compared figure, e.g. {@link BudgetFigure#CHARGED}
   * @return the comparison over every exercice of the plan
   * @throws IllegalArgumentException if both figures are the same
   */
  public static BudgetComparison of(BudgetedPlan plan, BudgetFigure reference,
      BudgetFigure compared) {
    return of(plan, reference, compared, RemainderPolicy.LARGEST_REMAINDER);
  }

  /**
   * Compares two figures of a plan.
   *
   * @param plan the budgeted plan
   * @param reference the reference figure (planned)
   * @param compared the compared figure (realised, or another budget)
   * @param policy where the cents go when a transversal action's line is split over its OOs
   * @return the comparison over every exercice of the plan
   * @throws IllegalArgumentException if both figures are the same
   */
  public static BudgetComparison of(BudgetedPlan plan, BudgetFigure reference,
      BudgetFigure compared, RemainderPolicy policy) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(compared, "compared");
    Objects.requireNonNull(policy, "policy");
    if (reference == compared) {
      throw new IllegalArgumentException("compare two different figures, not "
          + reference.label() + " with itself");
    }
    return new BudgetComparison(plan, reference, compared, policy, null);
  }

  /**
   * The same comparison over some exercices only: those whose accounts are closed, for a
   * mid-term evaluation.
   *
   * @param firstExercice the first exercice compared
   * @param lastExercice the last exercice compared, not before the first
   * @return the restricted comparison
   * @throws IllegalArgumentException if the range is inverted
   */
  public BudgetComparison within(int firstExercice, int lastExercice) {
    if (lastExercice < firstExercice) {
      throw new IllegalArgumentException("inverted exercices: " + firstExercice + "–"
          + lastExercice);
    }
    return new BudgetComparison(plan, reference, compared, policy,
        new int[] {firstExercice, lastExercice});
  }

  /**
   * The exercices that have at least one line of the compared figure: for accounts, the years
   * whose figures are known.
   *
   * @return the first and last such exercice, empty if the plan has no line of that figure
   */
  public Optional<int[]> realisedExercices() {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (BudgetLine line : plan.lines()) {
      if (line.figure() == compared) {
        first = Math.min(first, line.exercice());
        last = Math.max(last, line.exercice());
      }
    }
    return first > last ? Optional.empty() : Optional.of(new int[] {first, last});
  }

  /**
   * The plan compared.
   *
   * @return the budgeted plan
   */
  public BudgetedPlan plan() {
    return plan;
  }

  /**
   * The reference figure.
   *
   * @return e.g. {@link BudgetFigure#PROJECTION}
   */
  public BudgetFigure referenceFigure() {
    return reference;
  }

  /**
   * The compared figure.
   *
   * @return e.g. {@link BudgetFigure#CHARGED}
   */
  public BudgetFigure comparedFigure() {
    return compared;
  }

  /**
   * The whole plan, cell by cell: "Total par groupe économique" on both sides.
   *
   * @return the table comparison
   */
  public TableComparison table() {
    return table;
  }

  /**
   * Per strategic objective (OS), with everything under it.
   *
   * @return one bucket per OS of the plan, the unallocated lines and the total
   */
  public RollUpComparison<String> byStrategicObjective() {
    return RollUpComparison.of(Budgets.byStrategicObjective(plan, reference, policy),
        Budgets.byStrategicObjective(plan, compared, policy), label(), reference.label(),
        compared.label(), exercices);
  }

  /**
   * Per operational objective (OO), with the actions under it.
   *
   * @return one bucket per OO of the plan, the unallocated lines and the total
   */
  public RollUpComparison<String> byOperationalObjective() {
    return RollUpComparison.of(Budgets.byOperationalObjective(plan, reference, policy),
        Budgets.byOperationalObjective(plan, compared, policy), label(), reference.label(),
        compared.label(), exercices);
  }

  /**
   * Per element with lines of either figure (its own lines only): per action, mostly.
   *
   * @return one bucket per element with lines, the plan's own lines and the total
   */
  public RollUpComparison<String> byElement() {
    return RollUpComparison.of(Budgets.byElement(plan, reference),
        Budgets.byElement(plan, compared), label(), reference.label(), compared.label(),
        exercices);
  }

  private java.util.function.Function<String, String> label() {
    return code -> plan.plan().find(code).map(e -> e.code() + " - " + e.title()).orElse(code);
  }

  /**
   * The comparison cell by cell, then per strategic objective.
   *
   * @return the text tables
   */
  @Override
  public String toString() {
    return table + "\n" + byStrategicObjective();
  }
}
