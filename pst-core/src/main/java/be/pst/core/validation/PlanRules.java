package be.pst.core.validation;

import be.pst.core.element.ElementPath;
import be.pst.core.plan.Organisation;
import be.pst.core.plan.OrganisationKind;
import be.pst.core.plan.Plan;
import java.util.List;

/** Rules on the plan's own data: INS code and declared organisations. */
final class PlanRules {

  private PlanRules() {}

  static void check(Context context, Issues issues) {
    Plan plan = context.plan();
    if (!plan.authority().hasValidInsCode()) {
      issues.warning(
          ElementPath.root(),
          "invalid-ins-code",
          "le code INS « " + plan.authority().insCode() + " » n'a pas cinq chiffres");
    }
    kinds(plan.services(), OrganisationKind.SERVICE, "services", issues);
    kinds(plan.partners(), OrganisationKind.PARTNER, "partenaires", issues);
  }

  private static void kinds(
      List<Organisation> list, OrganisationKind expected, String listName, Issues issues) {
    for (Organisation o : list) {
      if (o.kind() != expected) {
        issues.warning(
            ElementPath.root(),
            "organisation-kind-mismatch",
            "« " + o.name() + " » (" + o.kind() + ") figure parmi les " + listName);
      }
    }
  }
}
