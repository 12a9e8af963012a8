package be.pst.core.validation;

import be.pst.core.element.ElementPath;
import be.pst.core.plan.Organisation;
import be.pst.core.plan.OrganisationKind;
import be.pst.core.plan.Plan;
import java.util.List;

/**
 * Rules on the plan's own data: {@link Rule#INVALID_INS_CODE} and {@link
 * Rule#ORGANISATION_KIND_MISMATCH}.
 */
final class PlanRules {

  private PlanRules() {}

  static void check(Context context, Issues issues) {
    Plan plan = context.plan();
    if (!plan.authority().hasValidInsCode()) {
      issues.add(ElementPath.root(), Rule.INVALID_INS_CODE,
          "le code INS « " + plan.authority().insCode() + " » n'a pas cinq chiffres");
    }
    kinds(plan.services(), OrganisationKind.SERVICE, "services", issues);
    kinds(plan.partners(), OrganisationKind.PARTNER, "partenaires", issues);
  }

  private static void kinds(
      List<Organisation> list, OrganisationKind expected, String listName, Issues issues) {
    for (Organisation o : list) {
      if (o.kind() != expected) {
        issues.add(ElementPath.root(), Rule.ORGANISATION_KIND_MISMATCH,
            "« " + o.name() + " » (" + o.kind() + ") figure parmi les " + listName);
      }
    }
  }
}
