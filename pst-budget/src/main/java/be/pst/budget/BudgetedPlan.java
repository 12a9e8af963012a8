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
import be.pst.core.validation.Severity;
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
   * computed once, on first use, and kept with this immutable value (not part of its equality).
   */
  @Value.Lazy
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
      BudgetTable table = Budgets.consolidateColumns(this, figure);
      int[] others = new int[BudgetFigure.values().length];
      LineColumns columns = columns();
      for (int i = 0, n = columns.size(); i < n; i++) {
        if (!columns.is(i, figure)) {
          for (BudgetFigure f : BudgetFigure.values()) {
            if (columns.is(i, f)) {
              others[f.ordinal()]++;
            }
          }
        }
      }
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
   * Rule id of a budget line naming an element (OS, OO, action) that is not in the plan: an
   * error, at the root path, the message naming the code and the line.
   */
  public static final String RULE_UNKNOWN_ELEMENT = "budget-unknown-element";

  /**
   * Rule id of a budget line whose exercice lies outside the plan's legislature: a warning (a
   * loan's charges, for one, may run past the legislature), at the path of the line's element.
   */
  public static final String RULE_OUTSIDE_LEGISLATURE = "budget-outside-legislature";

  /**
   * Checks the plan ({@link PlanValidator}) and its budget ({@link #validateBudget()}).
   *
   * @return the plan's issues followed by the budget's; never throws
   */
  public ValidationReport validate() {
    List<ValidationIssue> issues = new ArrayList<>(PlanValidator.validate(plan()).issues());
    issues.addAll(validateBudget().issues());
    return ValidationReport.of(issues);
  }

  /**
   * Checks that the budget lines fit the plan: every element code names an element of the plan
   * (rule {@value #RULE_UNKNOWN_ELEMENT}, an error) and every exercice lies in the legislature
   * (rule {@value #RULE_OUTSIDE_LEGISLATURE}, a warning). Lines are numbered from 1 in the
   * messages, in input order.
   *
   * @return the budget's issues, in line order; never throws
   */
  public ValidationReport validateBudget() {
    Legislature legislature = plan().legislature();
    List<ValidationIssue> issues = new ArrayList<>();
    Map<String, Optional<ElementPath>> paths = new HashMap<>();
    int number = 0;
    for (BudgetLine line : lines()) {
      number++;
      Optional<ElementPath> path = line.elementCode()
          .flatMap(code -> paths.computeIfAbsent(code, plan()::pathOf));
      if (line.elementCode().isPresent() && path.isEmpty()) {
        issues.add(ValidationIssue.of(Severity.ERROR, ElementPath.root(), RULE_UNKNOWN_ELEMENT,
            "la ligne budgétaire " + number + " (" + line + ") se rapporte à l'élément '"
                + line.elementCode().get() + "', absent du plan"));
      }
      if (!legislature.contains(line.exercice())) {
        issues.add(ValidationIssue.of(Severity.WARNING, path.orElse(ElementPath.root()),
            RULE_OUTSIDE_LEGISLATURE,
            "la ligne budgétaire " + number + " (" + line + ") porte sur l'exercice "
                + line.exercice() + ", hors de la législature " + legislature.firstExercice()
                + "-" + legislature.lastExercice()));
      }
    }
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
