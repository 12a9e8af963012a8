package be.pst.core.validation;

import be.pst.core.action.Action;
import be.pst.core.element.ElementPath;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.element.PlanElement;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An element of a plan with where it sits: its path, its home operational objective (for
 * actions) and its parent action (for sub-actions).
 */
record Located(
    ElementPath path,
    PlanElement element,
    Optional<OperationalObjective> home,
    Optional<Located> parentAction) {

  /** Every element of the plan, duplicates included, depth-first in document order. */
  static List<Located> all(Plan plan) {
    List<Located> result = new ArrayList<>();
    for (StrategicObjective os : plan.strategicObjectives()) {
      ElementPath osPath = ElementPath.root().child(os.code());
      result.add(new Located(osPath, os, Optional.empty(), Optional.empty()));
      for (OperationalObjective oo : os.operationalObjectives()) {
        ElementPath ooPath = osPath.child(oo.code());
        result.add(new Located(ooPath, oo, Optional.empty(), Optional.empty()));
        for (Action a : oo.actions()) {
          addAction(result, a, ooPath, oo, Optional.empty());
        }
      }
    }
    return result;
  }

  private static void addAction(
      List<Located> result,
      Action action,
      ElementPath parentPath,
      OperationalObjective home,
      Optional<Located> parent) {
    Located here =
        new Located(parentPath.child(action.code()), action, Optional.of(home), parent);
    result.add(here);
    for (Action sub : action.subActions()) {
      addAction(result, sub, here.path(), home, Optional.of(here));
    }
  }

  /** The action, if this element is one. */
  Optional<Action> action() {
    return element instanceof Action ? Optional.of((Action) element) : Optional.empty();
  }
}
