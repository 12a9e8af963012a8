package be.pst.core.validation;

import be.pst.core.action.Action;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Axis;
import be.pst.core.plan.Plan;
import be.pst.core.plan.PoliticalObjective;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan under validation and its index, built once per run in one walk: the located elements
 * and the codes of each kind.
 */
final class Context {

  private final Plan plan;
  private final List<Located> elements;
  private final Map<String, Located> firstByCode = new HashMap<>();
  private final Set<String> strategicCodes = new HashSet<>();
  private final Set<String> operationalCodes = new HashSet<>();
  private final Set<String> actionCodes = new HashSet<>();
  private final Set<String> axisCodes = new HashSet<>();
  private final Set<String> politicalCodes = new HashSet<>();

  private Context(Plan plan) {
    this.plan = plan;
    this.elements = Located.all(plan);
    for (Located l : elements) {
      firstByCode.putIfAbsent(l.code(), l);
      if (l.element() instanceof StrategicObjective) {
        strategicCodes.add(l.code());
      } else if (l.element() instanceof OperationalObjective) {
        operationalCodes.add(l.code());
      } else if (l.element() instanceof Action) {
        actionCodes.add(l.code());
      }
    }
    for (Axis axis : plan.axes()) {
      axisCodes.add(axis.code());
    }
    for (PoliticalObjective objective : plan.politicalObjectives()) {
      politicalCodes.add(objective.code());
    }
  }

  static Context of(Plan plan) {
    return new Context(plan);
  }

  Plan plan() {
    return plan;
  }

  /** The volet sections, then the tree depth-first in document order. */
  List<Located> elements() {
    return elements;
  }

  /** The first element of that code, in the order of {@link #elements()}. */
  Located first(String code) {
    return firstByCode.get(code);
  }

  boolean isStrategic(String code) {
    return strategicCodes.contains(code);
  }

  boolean isOperational(String code) {
    return operationalCodes.contains(code);
  }

  boolean isAction(String code) {
    return actionCodes.contains(code);
  }

  boolean isAxis(String code) {
    return axisCodes.contains(code);
  }

  boolean isPoliticalObjective(String code) {
    return politicalCodes.contains(code);
  }
}
