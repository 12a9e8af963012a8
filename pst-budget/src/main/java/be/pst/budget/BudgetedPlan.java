package be.pst.budget;

import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.action.Action;
import be.pst.core.element.PlanElement;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import be.pst.core.style.PstStyle;
import be.pst.core.element.ElementPath;
import be.pst.core.validation.PlanValidator;
import be.pst.core.validation.Rule;
import be.pst.core.validation.ValidationIssue;
import be.pst.core.validation.ValidationReport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A PST with its budget (plan budgété): the plan and its budget lines, as a PST file holds them
 * and as {@code Budgets.consolidate} takes them.
 *
 * <p>Lines of the plan itself have no element code; the others name an element of the plan (an
 * OS, an OO or an action). Like the plan model, a budgeted plan is permissive: lines naming an
 * unknown element or an exercice outside the legislature can be held, and {@link #validate()}
 * reports them.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class BudgetedPlan implements WithBudgetedPlan {

  BudgetedPlan() {}

  /**
   * A new builder.
   *
   * @return an empty builder; the plan is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A plan with no budget line.
   *
   * @param plan the plan
   * @return the budgeted plan
   */
  public static BudgetedPlan of(Plan plan) {
    return builder().plan(plan).build();
  }

  /**
   * A plan with its budget lines.
   *
   * @param plan the plan
   * @param lines the lines, in the order to keep
   * @return the budgeted plan
   */
  public static BudgetedPlan of(Plan plan, Iterable<? extends BudgetLine> lines) {
    return builder().plan(plan).addAllLines(lines).build();
  }

  /**
   * The plan.
   *
   * @return the plan model
   */
  public abstract Plan plan();

  /**
   * The budget lines, in input order.
   *
   * @return the lines
   */
  public abstract List<BudgetLine> lines();

  /**
   * The lines' exercices, rows, figures and cents column by column, which consolidation walks;
   * computed when the value is built (while its lines are still in the processor's caches, so
   * the first consolidation after a reading or an edit walks flat arrays instead of line objects
   * scattered in the heap) and kept with this immutable value (not part of its equality).
   */
  @Value.Derived
  @Value.Auxiliary
  LineColumns columns() {
    return LineColumns.of(lines());
  }

  /** Where each element of the plan sits, for roll-ups; computed once, on first use. */
  @Value.Lazy
  ElementIndex elementIndex() {
    return ElementIndex.of(plan());
  }

  /** The consolidated tables of this plan, one per figure, computed on first use. */
  @Value.Lazy
  TableCache tables() {
    return new TableCache();
  }

  /** The table of one figure, with a note when lines of other figures are left out. */
  BudgetTable consolidated(BudgetFigure figure) {
    return tables().get(figure, () -> {
      int[] others = new int[BudgetFigure.values().length];
      BudgetTable table = Budgets.consolidateColumns(this, figure, others);
      StringBuilder note = new StringBuilder();
      for (BudgetFigure f : BudgetFigure.values()) {
        if (others[f.ordinal()] > 0) {
          note.append(note.length() == 0 ? "Non repris ici : " : ", ")
              .append(others[f.ordinal()]).append(" ligne(s) « ").append(f.label()).append(" »");
        }
      }
      return note.length() == 0 ? table
          : table.withNote(note + " (Budgets.consolidate(plan, BudgetFigure.…))");
    });
  }

  /**
   * A copy with more lines, after the present ones.
   *
   * @param more the lines to add
   * @return the copy
   */
  public BudgetedPlan plusLines(Iterable<? extends BudgetLine> more) {
    Objects.requireNonNull(more, "more");
    List<BudgetLine> all = new ArrayList<>(lines());
    more.forEach(all::add);
    return withLines(all);
  }

  /**
   * Copy without the element of that code and everything under it, and without their budget
   * lines; see {@link Plan#remove}.
   *
   * @param code the code of the element to remove
   * @return the modified copy
   * @throws IllegalArgumentException if no element has that code
   */
  public BudgetedPlan remove(String code) {
    Objects.requireNonNull(code, "code");
    Set<String> removed = codesUnder(code);
    List<BudgetLine> kept = new ArrayList<>();
    for (BudgetLine line : lines()) {
      if (line.elementCode().map(c -> !removed.contains(c)).orElse(true)) {
        kept.add(line);
      }
    }
    return BudgetedPlan.of(plan().remove(code), kept);
  }

  /**
   * Copy where the element of code {@code oldCode} is re-coded, with every reference to it and
   * its budget lines; see {@link Plan#recode}.
   *
   * @param oldCode the code to change
   * @param newCode the new code, not blank and not yet used
   * @return the modified copy
   * @throws IllegalArgumentException if no element has {@code oldCode}, {@code newCode} is blank
   *     or already used
   */
  public BudgetedPlan recode(String oldCode, String newCode) {
    Plan recoded = plan().recode(oldCode, newCode);
    List<BudgetLine> result = new ArrayList<>(lines().size());
    for (BudgetLine line : lines()) {
      result.add(line.elementCode().filter(oldCode::equals).isPresent()
          ? line.withElementCode(newCode) : line);
    }
    return BudgetedPlan.of(recoded, result);
  }

  /**
   * Copy where an element and everything under it are postponed (or brought forward) by whole
   * years: their planned schedules ({@link Plan#postpone}) and their budget lines, whose
   * exercices move by the same number of years.
   *
   * @param code the code of the element
   * @param years the years to add, negative to bring it forward
   * @return the modified copy
   * @throws IllegalArgumentException if no element has that code, or a date or an exercice would
   *     leave the four-digit years
   */
  public BudgetedPlan postpone(String code, int years) {
    Plan postponed = plan().postpone(code, years, 0);
    Set<String> moved = codesUnder(code);
    List<BudgetLine> result = new ArrayList<>(lines().size());
    for (BudgetLine line : lines()) {
      result.add(line.elementCode().filter(moved::contains).isPresent()
          ? line.withExercice(line.exercice() + years) : line);
    }
    return BudgetedPlan.of(postponed, result);
  }

  /** The codes of the element of that code and of everything under it. */
  private Set<String> codesUnder(String code) {
    Set<String> codes = new HashSet<>();
    PlanElement element = plan().find(code)
        .orElseThrow(() -> new IllegalArgumentException("no element '" + code + "' in the plan"));
    Deque<PlanElement> todo = new ArrayDeque<>();
    todo.add(element);
    for (PlanElement e : plan().elements()) {
      if (e.code().equals(code)) {
        todo.add(e);
      }
    }
    while (!todo.isEmpty()) {
      PlanElement e = todo.poll();
      codes.add(e.code());
      if (e instanceof StrategicObjective) {
        todo.addAll(((StrategicObjective) e).operationalObjectives());
      } else if (e instanceof OperationalObjective) {
        todo.addAll(((OperationalObjective) e).actions());
      } else if (e instanceof Action) {
        todo.addAll(((Action) e).subActions());
      }
    }
    return codes;
  }

  /**
   * The lines of one element.
   *
   * @param elementCode the code of an OS, an OO or an action
   * @return its own lines (not those of the elements under it), in input order
   */
  public List<BudgetLine> linesOf(String elementCode) {
    Objects.requireNonNull(elementCode, "elementCode");
    List<BudgetLine> result = new ArrayList<>();
    for (BudgetLine line : lines()) {
      if (line.elementCode().map(elementCode::equals).orElse(false)) {
        result.add(line);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * The lines of the plan itself, with no element code (such as an annex's totals table).
   *
   * @return those lines, in input order
   */
  public List<BudgetLine> planLevelLines() {
    List<BudgetLine> result = new ArrayList<>();
    for (BudgetLine line : lines()) {
      if (line.isPlanLevel()) {
        result.add(line);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * The lines in the order PST files are written (format {@code be.pst/1}): lines of the plan
   * itself first, then the lines of each element in document order of the plan (each OS, its
   * OOs, their actions and sub-actions, depth-first), then lines of unknown elements in order of
   * first appearance; within an element, by exercice, then economic group, then input order.
   *
   * @return the lines, sorted; the sort is stable
   */
  public List<BudgetLine> linesInDocumentOrder() {
    Map<String, Integer> rank = new HashMap<>();
    int next = 0;
    for (PlanElement element : plan().elements()) {
      if (rank.putIfAbsent(element.code(), next) == null) {
        next++;
      }
    }
    for (BudgetLine line : lines()) {
      if (line.elementCode().isPresent() && rank.putIfAbsent(line.elementCode().get(), next) == null) {
        next++;
      }
    }
    List<BudgetLine> sorted = new ArrayList<>(lines());
    sorted.sort(Comparator
        .comparingInt((BudgetLine l) -> l.elementCode().map(rank::get).orElse(-1))
        .thenComparingInt(BudgetLine::exercice)
        .thenComparingInt(LineColumns::row));
    return Collections.unmodifiableList(sorted);
  }

  /**
   * Checks the plan ({@link PlanValidator}) and its budget ({@link #validateBudget()}).
   *
   * @return the plan's issues and the budget's, errors first (the plan's before the budget's at
   *     each severity); never throws
   */
  public ValidationReport validate() {
    List<ValidationIssue> issues = new ArrayList<>(PlanValidator.validate(plan()).issues());
    issues.addAll(validateBudget().issues());
    issues.sort(Comparator.comparing(ValidationIssue::severity));
    return ValidationReport.of(issues);
  }

  /**
   * Checks that the budget lines fit the plan, with the budget rules of {@link Rule}:
   *
   * <ul>
   *   <li>{@link Rule#BUDGET_UNKNOWN_ELEMENT} (error, at the root): a line names no element of the
   *       plan;
   *   <li>{@link Rule#BUDGET_OUTSIDE_LEGISLATURE} (warning): a line's exercice lies outside the
   *       legislature (a loan's charges, for one, may run past it);
   *   <li>{@link Rule#BUDGET_NEGATIVE_AMOUNT} (warning): a negative amount (refunds exist, most
   *       are typos);
   *   <li>{@link Rule#BUDGET_BEFORE_START}, {@link Rule#BUDGET_AFTER_END} (warnings): a line's
   *       exercice before the year its element's planned schedule starts, or after the year it
   *       ends; ordinary debt (7X, 62) is not "after the end", since a loan's charges run for its
   *       term;
   *   <li>{@link Rule#BUDGET_IMPACT_WITHOUT_LINES} (warning): an action whose budget impact is
   *       "Oui" and that has no projection line ({@link BudgetFigure#PROJECTION}), on itself or
   *       its sub-actions;
   *   <li>{@link Rule#BUDGET_LINES_WITHOUT_IMPACT} (warning): an action whose budget impact is
   *       "Non" or "Indéterminé" and that has projection lines of its own.
   * </ul>
   *
   * <p>Issues are at the path of the line's element (the root for the plan's own lines, for
   * unknown elements and for volet sections); lines are numbered from 1 in the messages, in
   * input order. A code shared by several elements names the first, as {@code Plan.find} does.
   *
   * @return the budget's issues, errors first, then per line in line order and per action in
   *     document order; never throws
   */
  public ValidationReport validateBudget() {
    List<ValidationIssue> issues = new ArrayList<>();
    try {
      issues.addAll(BudgetRules.check(this));
    } catch (RuntimeException e) {
      issues.add(ValidationIssue.of(ElementPath.root(), Rule.VALIDATOR_FAILURE,
          "échec interne du contrôle du budget : " + e));
    }
    issues.sort(Comparator.comparing(ValidationIssue::severity));
    return ValidationReport.of(issues);
  }

  @Value.Check
  void check() {
    Objects.requireNonNull(plan(), "plan");
  }

  /**
   * A short description: the plan's title and the number of lines (never the lines themselves,
   * which may be millions).
   *
   * @return e.g. {@code "BudgetedPlan{plan=PST 2019-2024, lines=43}"}
   */
  @Override
  public String toString() {
    return "BudgetedPlan{plan=" + plan().title() + ", lines=" + lines().size() + "}";
  }

  /** Builds {@link BudgetedPlan}s. */
  public static final class Builder extends ImmutableBudgetedPlan.Builder {
    Builder() {}
  }
}
