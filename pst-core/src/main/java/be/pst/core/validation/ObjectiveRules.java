package be.pst.core.validation;

import be.pst.core.objective.OperationalObjective;

/** Rules on objectives: {@link Rule#OBJECTIVE_WITHOUT_ACTION}. */
final class ObjectiveRules {

  private ObjectiveRules() {}

  static void check(Context context, Issues issues) {
    for (Located l : context.elements()) {
      if (l.element() instanceof OperationalObjective
          && ((OperationalObjective) l.element()).actions().isEmpty()) {
        issues.add(l, Rule.OBJECTIVE_WITHOUT_ACTION, "l'objectif opérationnel n'a aucune action");
      }
    }
  }
}
