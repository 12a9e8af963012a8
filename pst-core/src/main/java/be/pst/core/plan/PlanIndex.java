package be.pst.core.plan;

import be.pst.core.action.Action;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.element.PlanElement;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.objective.VoletSection;
import be.pst.core.element.ElementPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The codes of a plan, indexed once per plan (first occurrence wins). */
final class PlanIndex {

  private final List<PlanElement> elements = new ArrayList<>();
  private final List<Action> actions = new ArrayList<>();
  private final Map<String, PlanElement> byCode = new LinkedHashMap<>();
  private final Map<String, ElementPath> paths = new LinkedHashMap<>();

  private PlanIndex() {}

  static PlanIndex of(Plan plan) {
    PlanIndex index = new PlanIndex();
    for (VoletSection section : plan.voletSections()) {
      index.byCode.putIfAbsent(section.code(), section);
      index.paths.putIfAbsent(section.code(), ElementPath.root().child(section.code()));
    }
    for (StrategicObjective os : plan.strategicObjectives()) {
      index.add(os, ElementPath.root());
    }
    return index;
  }

  static List<? extends PlanElement> children(PlanElement element) {
    if (element instanceof StrategicObjective) {
      return ((StrategicObjective) element).operationalObjectives();
    }
    if (element instanceof OperationalObjective) {
      return ((OperationalObjective) element).actions();
    }
    return ((Action) element).subActions();
  }

  private void add(PlanElement element, ElementPath parent) {
    ElementPath path = parent.child(element.code());
    elements.add(element);
    if (element instanceof Action) {
      actions.add((Action) element);
    }
    byCode.putIfAbsent(element.code(), element);
    paths.putIfAbsent(element.code(), path);
    for (PlanElement child : children(element)) {
      add(child, path);
    }
  }

  List<PlanElement> elements() {
    return Collections.unmodifiableList(elements);
  }

  List<Action> actions() {
    return Collections.unmodifiableList(actions);
  }

  Map<String, PlanElement> byCode() {
    return byCode;
  }

  Map<String, ElementPath> paths() {
    return paths;
  }
}
