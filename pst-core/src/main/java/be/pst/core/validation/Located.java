package be.pst.core.validation;

import be.pst.core.action.Action;
import be.pst.core.element.ElementPath;
import be.pst.core.element.PlanElement;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.objective.VoletSection;
import be.pst.core.plan.Plan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An element of a plan with where it sits: its position in the walk, its parent, its home
 * operational objective (for actions) and its parent action (for sub-actions). Volet sections
 * are not in the tree: their path is the plan's root and their issues name them in the message.
 * Used by one validation run, on one thread.
 */
final class Located {

  private int position = -1;
  private final PlanElement element;
  private final Located parent;
  private final OperationalObjective home;
  private final Located parentAction;
  /** Whether no earlier sibling has this element's code: {@code Plan.resolve} finds it. */
  private final boolean firstAmongSiblings;
  /**
   * Whether {@code Plan.resolve} of this element's path reaches an element of its code: every
   * ancestor is the first of its code among its siblings (the element itself need not be, the
   * first sibling of its code has its code).
   */
  private final boolean resolvable;
  private ElementPath path;

  private Located(
      PlanElement element,
      Located parent,
      OperationalObjective home,
      Located parentAction,
      boolean firstAmongSiblings) {
    this.element = element;
    this.parent = parent;
    this.home = home;
    this.parentAction = parentAction;
    this.firstAmongSiblings = firstAmongSiblings;
    this.resolvable = parent == null || parent.resolvable && parent.firstAmongSiblings;
  }

  /**
   * The volet sections, then every element of the tree, duplicates included, depth-first in
   * document order (a parent before its children). One walk, without recursion.
   */
  static List<Located> all(Plan plan) {
    List<Located> result = new ArrayList<>();
    for (VoletSection section : plan.voletSections()) {
      Located l = new Located(section, null, null, null, true);
      l.position = result.size();
      result.add(l);
    }
    Deque<Located> pending = new ArrayDeque<>();
    pushChildren(pending, plan.strategicObjectives(), null);
    while (!pending.isEmpty()) {
      Located here = pending.pop();
      here.position = result.size();
      result.add(here);
      pushChildren(pending, children(here.element), here);
    }
    return Collections.unmodifiableList(result);
  }

  /** Pushes the children of {@code parent} so that they pop in document order. */
  private static void pushChildren(
      Deque<Located> pending, List<? extends PlanElement> children, Located parent) {
    Set<String> codes = new HashSet<>();
    boolean[] first = new boolean[children.size()];
    for (int i = 0; i < children.size(); i++) {
      first[i] = codes.add(children.get(i).code());
    }
    OperationalObjective home = parent == null ? null
        : parent.element instanceof OperationalObjective
            ? (OperationalObjective) parent.element
            : parent.home;
    Located parentAction = parent != null && parent.element instanceof Action ? parent : null;
    for (int i = children.size() - 1; i >= 0; i--) {
      pending.push(new Located(children.get(i), parent, home, parentAction, first[i]));
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

  /** The position of this element in {@link #all}, for rules that keep an array per element. */
  int position() {
    return position;
  }

  PlanElement element() {
    return element;
  }

  /** The code of the element. */
  String code() {
    return element.code();
  }

  /** Whether this is a volet section, which sits outside the tree. */
  boolean isSection() {
    return element instanceof VoletSection;
  }

  /**
   * The path of the issues of this element, which {@code Plan.resolve} resolves: its codes from
   * the strategic objective down; the root for a volet section, which sits outside the tree, and
   * for an element under a duplicated code that is not the first of its siblings, which no path
   * reaches.
   */
  ElementPath path() {
    if (path == null) {
      path = isSection() || !resolvable ? ElementPath.root() : treePath();
    }
    return path;
  }

  private ElementPath treePath() {
    List<String> codes = new ArrayList<>();
    for (Located l = this; l != null; l = l.parent) {
      codes.add(l.element.code());
    }
    Collections.reverse(codes);
    return ElementPath.of(codes);
  }

  /**
   * What a message starts with to say where the issue is when the path cannot: "section de
   * volet « VI » : " for a volet section, "l'action OS1/OO1/A1/A1.1 : " for an element no path
   * reaches, nothing for the others.
   */
  String subject() {
    if (isSection()) {
      return "section de volet « " + code() + " » : ";
    }
    return resolvable ? "" : what() + " " + treePath() + " : ";
  }

  /** The element in words, to name it in a message: "l'action OS1/OP1/A1". */
  String describe() {
    return isSection() ? "la section de volet « " + code() + " »" : what() + " " + treePath();
  }

  /** The kind of the element, with its article: "l'action", "l'objectif opérationnel"… */
  String what() {
    if (element instanceof StrategicObjective) {
      return "l'objectif stratégique";
    }
    if (element instanceof OperationalObjective) {
      return "l'objectif opérationnel";
    }
    if (element instanceof Action) {
      return parentAction == null ? "l'action" : "la sous-action";
    }
    return "la section de volet";
  }

  /** The action, if this element is one. */
  Optional<Action> action() {
    return element instanceof Action ? Optional.of((Action) element) : Optional.empty();
  }

  /** The operational objective an action is nested under. */
  Optional<OperationalObjective> home() {
    return Optional.ofNullable(home);
  }

  /** The parent action of a sub-action. */
  Optional<Located> parentAction() {
    return Optional.ofNullable(parentAction);
  }
}
