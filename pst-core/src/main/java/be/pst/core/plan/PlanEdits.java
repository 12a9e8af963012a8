package be.pst.core.plan;

import be.pst.core.action.Action;
import be.pst.core.action.ActionLink;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.action.Step;
import be.pst.core.element.PlanElement;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.objective.VoletSection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The domain edits of a plan ({@link Plan#replace}, {@link Plan#remove}, {@link
 * Plan#moveAction}, {@link Plan#recode}, {@link Plan#postpone}): each rebuilds the tree once,
 * keeping every untouched element as it is. Stateless; package-private.
 */
final class PlanEdits {

  private PlanEdits() {}

  /** Every element of the tree with that code and everything under it: their codes. */
  static Set<String> codesUnder(Plan plan, String code) {
    Set<String> codes = new HashSet<>();
    for (PlanElement element : plan.elements()) {
      if (element.code().equals(code)) {
        collect(element, codes);
      }
    }
    return codes;
  }

  private static void collect(PlanElement element, Set<String> codes) {
    codes.add(element.code());
    for (PlanElement child : PlanIndex.children(element)) {
      collect(child, codes);
    }
  }

  static Plan replace(Plan plan, PlanElement replacement) {
    String code = replacement.code();
    PlanElement current = plan.find(code).orElseThrow(() -> unknown(code));
    if (current.getClass() != replacement.getClass()) {
      throw new IllegalArgumentException("'" + code + "' is " + kind(current) + ", not "
          + kind(replacement));
    }
    if (replacement instanceof VoletSection) {
      List<VoletSection> sections = new ArrayList<>();
      for (VoletSection s : plan.voletSections()) {
        sections.add(s.code().equals(code) ? (VoletSection) replacement : s);
      }
      return plan.withVoletSections(sections);
    }
    return mapTree(plan, os -> os.code().equals(code) ? (StrategicObjective) replacement : os,
        oo -> oo.code().equals(code) ? (OperationalObjective) replacement : oo,
        a -> a.code().equals(code) ? (Action) replacement : a);
  }

  static Plan remove(Plan plan, String code) {
    if (plan.find(code).isEmpty()) {
      throw unknown(code);
    }
    Set<String> removed = codesUnder(plan, code);
    removed.add(code);
    List<StrategicObjective> result = new ArrayList<>();
    for (StrategicObjective os : plan.strategicObjectives()) {
      if (removed.contains(os.code())) {
        continue;
      }
      List<OperationalObjective> oos = new ArrayList<>();
      for (OperationalObjective oo : os.operationalObjectives()) {
        if (!removed.contains(oo.code())) {
          oos.add(oo.withActions(withoutActions(oo.actions(), removed)));
        }
      }
      result.add(os.withOperationalObjectives(oos));
    }
    List<VoletSection> sections = new ArrayList<>();
    for (VoletSection s : plan.voletSections()) {
      if (!removed.contains(s.code())) {
        sections.add(s.withStrategicObjectiveCodes(without(s.strategicObjectiveCodes(), removed)));
      }
    }
    List<Project> projects = new ArrayList<>();
    for (Project p : plan.projects()) {
      projects.add(p.withActionCodes(without(p.actionCodes(), removed)));
    }
    Plan pruned = plan.withStrategicObjectives(result).withVoletSections(sections)
        .withProjects(projects);
    return mapTree(pruned, os -> os, oo -> oo, a -> withoutReferences(a, removed));
  }

  private static List<Action> withoutActions(List<Action> actions, Set<String> removed) {
    List<Action> kept = new ArrayList<>();
    for (Action a : actions) {
      if (!removed.contains(a.code())) {
        kept.add(a.withSubActions(withoutActions(a.subActions(), removed)));
      }
    }
    return kept;
  }

  private static Action withoutReferences(Action a, Set<String> removed) {
    List<ActionLink> links = new ArrayList<>();
    for (ActionLink link : a.links()) {
      if (!removed.contains(link.actionCode())) {
        links.add(link);
      }
    }
    List<ObjectiveShare> shares = new ArrayList<>();
    for (ObjectiveShare share : a.objectiveShares()) {
      if (!removed.contains(share.operationalObjectiveCode())) {
        shares.add(share);
      }
    }
    return a.withLinks(links).withObjectiveShares(shares);
  }

  static Plan moveAction(Plan plan, String actionCode, String toOperationalObjectiveCode) {
    Action moving = plan.findAction(actionCode).orElseThrow(() -> unknown(actionCode));
    PlanElement target = plan.find(toOperationalObjectiveCode)
        .orElseThrow(() -> unknown(toOperationalObjectiveCode));
    if (!(target instanceof OperationalObjective)) {
      throw new IllegalArgumentException("'" + toOperationalObjectiveCode + "' is "
          + kind(target) + ", not an operational objective");
    }
    if (codesUnder(plan, actionCode).contains(toOperationalObjectiveCode)) {
      throw new IllegalArgumentException("cannot move '" + actionCode + "' under itself");
    }
    Set<String> code = Set.of(actionCode);
    List<StrategicObjective> result = new ArrayList<>();
    boolean placed = false;
    for (StrategicObjective os : plan.strategicObjectives()) {
      List<OperationalObjective> oos = new ArrayList<>();
      for (OperationalObjective oo : os.operationalObjectives()) {
        List<Action> actions = withoutActions(oo.actions(), code);
        if (!placed && oo.code().equals(toOperationalObjectiveCode)) {
          actions.add(moving);
          placed = true;
        }
        oos.add(oo.withActions(actions));
      }
      result.add(os.withOperationalObjectives(oos));
    }
    return plan.withStrategicObjectives(result);
  }

  static Plan recode(Plan plan, String oldCode, String newCode) {
    Objects.requireNonNull(newCode, "newCode");
    if (newCode.isBlank()) {
      throw new IllegalArgumentException("a code must not be blank");
    }
    if (plan.find(oldCode).isEmpty()) {
      throw unknown(oldCode);
    }
    if (!oldCode.equals(newCode) && plan.find(newCode).isPresent()) {
      throw new IllegalArgumentException("'" + newCode + "' is already the code of "
          + kind(plan.find(newCode).get()));
    }
    UnaryOperator<String> rename = c -> c.equals(oldCode) ? newCode : c;
    List<VoletSection> sections = new ArrayList<>();
    for (VoletSection s : plan.voletSections()) {
      sections.add(s.withCode(rename.apply(s.code()))
          .withStrategicObjectiveCodes(renamed(s.strategicObjectiveCodes(), rename)));
    }
    List<Project> projects = new ArrayList<>();
    for (Project p : plan.projects()) {
      projects.add(p.withActionCodes(renamed(p.actionCodes(), rename)));
    }
    return mapTree(plan.withVoletSections(sections).withProjects(projects),
        os -> os.withCode(rename.apply(os.code())),
        oo -> oo.withCode(rename.apply(oo.code())),
        a -> {
          List<ActionLink> links = new ArrayList<>();
          for (ActionLink link : a.links()) {
            links.add(link.withActionCode(rename.apply(link.actionCode())));
          }
          List<ObjectiveShare> shares = new ArrayList<>();
          for (ObjectiveShare share : a.objectiveShares()) {
            shares.add(share.withOperationalObjectiveCode(
                rename.apply(share.operationalObjectiveCode())));
          }
          return a.withCode(rename.apply(a.code())).withLinks(links).withObjectiveShares(shares);
        });
  }

  static Plan postpone(Plan plan, String code, int years, int months) {
    PlanElement element = plan.find(code).orElseThrow(() -> unknown(code));
    if (element instanceof VoletSection) {
      VoletSection s = (VoletSection) element;
      return replace(plan, s.withSchedule(s.schedule().map(x -> x.shift(years, months))));
    }
    Set<String> moved = codesUnder(plan, code);
    return mapTree(plan,
        os -> moved.contains(os.code())
            ? os.withSchedule(os.schedule().map(s -> s.shift(years, months))) : os,
        oo -> moved.contains(oo.code())
            ? oo.withSchedule(oo.schedule().map(s -> s.shift(years, months))) : oo,
        a -> {
          if (!moved.contains(a.code())) {
            return a;
          }
          List<Step> steps = new ArrayList<>();
          for (Step step : a.steps()) {
            steps.add(step.withSchedule(step.schedule().map(s -> s.shift(years, months))));
          }
          return a.withSchedule(a.schedule().map(s -> s.shift(years, months))).withSteps(steps);
        });
  }

  /** Rebuilds the tree bottom-up, applying the three functions to every element. */
  private static Plan mapTree(Plan plan, UnaryOperator<StrategicObjective> onOs,
      UnaryOperator<OperationalObjective> onOo, UnaryOperator<Action> onAction) {
    List<StrategicObjective> result = new ArrayList<>();
    for (StrategicObjective os : plan.strategicObjectives()) {
      List<OperationalObjective> oos = new ArrayList<>();
      for (OperationalObjective oo : os.operationalObjectives()) {
        oos.add(onOo.apply(oo.withActions(mapActions(oo.actions(), onAction))));
      }
      result.add(onOs.apply(os.withOperationalObjectives(oos)));
    }
    return plan.withStrategicObjectives(result);
  }

  private static List<Action> mapActions(List<Action> actions, UnaryOperator<Action> onAction) {
    List<Action> result = new ArrayList<>(actions.size());
    for (Action a : actions) {
      Action children = a.subActions().isEmpty() ? a
          : a.withSubActions(mapActions(a.subActions(), onAction));
      result.add(onAction.apply(children));
    }
    return result;
  }

  private static List<String> without(List<String> codes, Set<String> removed) {
    List<String> kept = new ArrayList<>();
    for (String c : codes) {
      if (!removed.contains(c)) {
        kept.add(c);
      }
    }
    return kept;
  }

  private static List<String> renamed(List<String> codes, UnaryOperator<String> rename) {
    List<String> result = new ArrayList<>(codes.size());
    for (String c : codes) {
      result.add(rename.apply(c));
    }
    return result;
  }

  static IllegalArgumentException unknown(String code) {
    return new IllegalArgumentException("no element '" + code + "' in the plan");
  }

  private static String kind(PlanElement element) {
    if (element instanceof StrategicObjective) {
      return "a strategic objective";
    }
    if (element instanceof OperationalObjective) {
      return "an operational objective";
    }
    if (element instanceof VoletSection) {
      return "a volet section";
    }
    return "an action";
  }
}
