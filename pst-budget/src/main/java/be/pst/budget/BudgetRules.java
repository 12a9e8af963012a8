package be.pst.budget;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.action.Action;
import be.pst.core.action.BudgetImpact;
import be.pst.core.element.ElementPath;
import be.pst.core.element.PlanElement;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.objective.VoletSection;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import be.pst.core.validation.Rule;
import be.pst.core.validation.ValidationIssue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a plan's budget lines ({@code Rule.BUDGET_…}): one index of the plan's elements,
 * one pass over the lines, one pass over the actions. Linear in the plan and the lines; never
 * recurses on the plan's depth.
 */
final class BudgetRules {

  /** An element of the plan with its parent in the tree. */
  private static final class Node {
    final PlanElement element;
    final Node parent;
    final boolean section;
    /** Whether no earlier sibling has this element's code. */
    final boolean firstAmongSiblings;
    /** Whether {@code Plan.resolve} of this element's path reaches an element of its code. */
    final boolean resolvable;
    boolean linesBelow;
    int projectionLines;
    private ElementPath path;

    Node(PlanElement element, Node parent, boolean section, boolean firstAmongSiblings) {
      this.element = element;
      this.parent = parent;
      this.section = section;
      this.firstAmongSiblings = firstAmongSiblings;
      this.resolvable = parent == null || parent.resolvable && parent.firstAmongSiblings;
    }

    /**
     * The path of the element, which {@code Plan.resolve} resolves: the root for a volet
     * section, which sits outside the tree, and for an element under a duplicated code that is
     * not the first of its siblings, which no path reaches.
     */
    ElementPath path() {
      if (path == null) {
        if (section || !resolvable) {
          path = ElementPath.root();
        } else {
          List<String> codes = new ArrayList<>();
          for (Node n = this; n != null; n = n.parent) {
            codes.add(n.element.code());
          }
          Collections.reverse(codes);
          path = ElementPath.of(codes);
        }
      }
      return path;
    }
  }

  private final Plan plan;
  private final List<BudgetLine> lines;
  /** Every element of the tree in document order, duplicates included. */
  private final List<Node> walk = new ArrayList<>();
  /** The first element of each code: volet sections first, then the tree, as plan.find. */
  private final Map<String, Node> byCode = new HashMap<>();
  private final List<ValidationIssue> issues = new ArrayList<>();

  private BudgetRules(BudgetedPlan budgeted) {
    this.plan = budgeted.plan();
    this.lines = budgeted.lines();
    for (VoletSection section : plan.voletSections()) {
      byCode.putIfAbsent(section.code(), new Node(section, null, true, true));
    }
    Deque<Node> pending = new ArrayDeque<>();
    pushChildren(pending, plan.strategicObjectives(), null);
    while (!pending.isEmpty()) {
      Node here = pending.pop();
      walk.add(here);
      byCode.putIfAbsent(here.element.code(), here);
      pushChildren(pending, children(here.element), here);
    }
  }

  /** Pushes the children of {@code parent} so that they pop in document order. */
  private static void pushChildren(
      Deque<Node> pending, List<? extends PlanElement> children, Node parent) {
    Set<String> codes = new HashSet<>();
    boolean[] first = new boolean[children.size()];
    for (int i = 0; i < children.size(); i++) {
      first[i] = codes.add(children.get(i).code());
    }
    for (int i = children.size() - 1; i >= 0; i--) {
      pending.push(new Node(children.get(i), parent, false, first[i]));
    }
  }

  private static List<? extends PlanElement> children(PlanElement element) {
    if (element instanceof StrategicObjective) {
      return ((StrategicObjective) element).operationalObjectives();
    }
    if (element instanceof OperationalObjective) {
      return ((OperationalObjective) element).actions();
    }
    if (element instanceof Action) {
      return ((Action) element).subActions();
    }
    return List.of();
  }

  /** The issues of the budget: per line in line order, then per action in document order. */
  static List<ValidationIssue> check(BudgetedPlan budgeted) {
    BudgetRules rules = new BudgetRules(budgeted);
    rules.lines();
    rules.impacts();
    return rules.issues;
  }

  private void lines() {
    Legislature legislature = plan.legislature();
    int number = 0;
    for (BudgetLine line : lines) {
      number++;
      Node node = line.elementCode().map(byCode::get).orElse(null);
      if (line.elementCode().isPresent() && node == null) {
        issues.add(ValidationIssue.of(ElementPath.root(), Rule.BUDGET_UNKNOWN_ELEMENT,
            which(number, line) + " se rapporte à l'élément « " + line.elementCode().get()
                + " », absent du plan"));
      }
      ElementPath path = node == null ? ElementPath.root() : node.path();
      if (!legislature.contains(line.exercice())) {
        issues.add(ValidationIssue.of(path, Rule.BUDGET_OUTSIDE_LEGISLATURE,
            which(number, line) + " porte sur l'exercice " + line.exercice()
                + ", hors de la législature "
                + legislature.firstExercice() + "-" + legislature.lastExercice()));
      }
      if (line.amount().signum() < 0) {
        issues.add(ValidationIssue.of(path, Rule.BUDGET_NEGATIVE_AMOUNT,
            which(number, line) + " a un montant négatif (remboursement, ou erreur de signe ?)"));
      }
      if (node != null) {
        dates(line, node, number);
        if (line.figure() == BudgetFigure.PROJECTION) {
          node.projectionLines++;
          node.linesBelow = true;
        }
      }
    }
  }

  /**
   * How messages name a line: its number from 1 and its description; built only for a line that
   * has an issue (describing every line cost more than all the rules).
   */
  private static String which(int number, BudgetLine line) {
    return "la ligne budgétaire " + number + " (" + line + ")";
  }

  /** {@link Rule#BUDGET_BEFORE_START}, {@link Rule#BUDGET_AFTER_END}. */
  private void dates(BudgetLine line, Node node, int number) {
    Optional<Schedule> schedule = node.element.schedule();
    if (schedule.isEmpty()) {
      return;
    }
    Optional<PartialDate> start = schedule.get().start();
    Optional<PartialDate> end = schedule.get().end();
    if (start.isPresent() && line.exercice() < start.get().year()) {
      issues.add(ValidationIssue.of(node.path(), Rule.BUDGET_BEFORE_START,
          which(number, line) + " porte sur l'exercice " + line.exercice() + ", avant le début ("
              + start.get() + ") de l'élément " + node.element.code()));
    }
    if (end.isPresent() && line.exercice() > end.get().year() && !isDebtCharge(line)) {
      issues.add(ValidationIssue.of(node.path(), Rule.BUDGET_AFTER_END,
          which(number, line) + " porte sur l'exercice " + line.exercice() + ", après la fin ("
              + end.get() + ") de l'élément " + node.element.code()));
    }
  }

  /**
   * Whether the line is the ordinary service's debt (7X expenses, 62 receipts): a loan's yearly
   * charges run for its term, after the investment it financed has ended.
   */
  private static boolean isDebtCharge(BudgetLine line) {
    return line.group()
        .map(g -> g == EconomicGroup.ORDINARY_EXPENSES_DEBT
            || g == EconomicGroup.ORDINARY_RECEIPTS_DEBT)
        .orElse(false);
  }

  /**
   * {@link Rule#BUDGET_IMPACT_WITHOUT_LINES} and {@link Rule#BUDGET_LINES_WITHOUT_IMPACT}, on
   * projection lines. The lines of a sub-action count for its parent actions.
   */
  private void impacts() {
    for (int i = walk.size() - 1; i >= 0; i--) {
      Node node = walk.get(i);
      if (node.parent != null && node.linesBelow) {
        node.parent.linesBelow = true;
      }
    }
    for (Node node : walk) {
      if (!(node.element instanceof Action) || byCode.get(node.element.code()) != node) {
        continue;
      }
      Optional<BudgetImpact> impact = ((Action) node.element).budgetImpact();
      if (impact.isEmpty()) {
        continue;
      }
      if (impact.get() == BudgetImpact.YES && !node.linesBelow) {
        issues.add(ValidationIssue.of(node.path(), Rule.BUDGET_IMPACT_WITHOUT_LINES,
            "l'action déclare un impact budgétaire « " + BudgetImpact.YES.label()
                + " » mais aucune ligne budgétaire de projection ne la chiffre"));
      } else if (impact.get() != BudgetImpact.YES && node.projectionLines > 0) {
        issues.add(ValidationIssue.of(node.path(), Rule.BUDGET_LINES_WITHOUT_IMPACT,
            "l'action déclare un impact budgétaire « " + impact.get().label() + " » mais "
                + node.projectionLines + " ligne(s) budgétaire(s) de projection la chiffrent"));
      }
    }
  }
}
