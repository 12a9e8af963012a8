package be.pst.core.validation;

import be.pst.core.action.Action;
import be.pst.core.action.ActionLink;
import be.pst.core.element.ElementPath;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.objective.VoletSection;
import be.pst.core.plan.Axis;
import be.pst.core.plan.Plan;
import be.pst.core.plan.PoliticalObjective;
import be.pst.core.plan.Project;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Rules {@link Rule#DUPLICATE_CODE}, {@link Rule#DANGLING_REFERENCE} (objective shares aside,
 * see {@link ShareRules}) and {@link Rule#SELF_LINK}.
 */
final class CodeRules {

  private CodeRules() {}

  /** Codes of volet sections, OS, OO, actions and sub-actions, axes, political objectives. */
  static void duplicates(Context context, Issues issues) {
    for (Located l : context.elements()) {
      Located first = context.first(l.code());
      if (first != l) {
        issues.add(l, Rule.DUPLICATE_CODE,
            "le code « " + l.code() + " » est déjà utilisé par " + first.describe());
      }
    }
    Plan plan = context.plan();
    unique(plan.axes(), Axis::code, "d'axe", issues);
    unique(plan.politicalObjectives(), PoliticalObjective::code, "d'objectif politique", issues);
    unique(plan.projects(), Project::code, "de projet", issues);
  }

  private static <T> void unique(
      List<T> items, Function<T, String> code, String what, Issues issues) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      if (!seen.add(code.apply(item))) {
        issues.add(ElementPath.root(), Rule.DUPLICATE_CODE,
            "le code " + what + " « " + code.apply(item) + " » est utilisé deux fois");
      }
    }
  }

  /**
   * References to axes and political objectives (from OS and actions), to actions (from projects
   * and action links) and to strategic objectives (from volet sections).
   */
  static void references(Context context, Issues issues) {
    for (Located l : context.elements()) {
      if (l.element() instanceof StrategicObjective) {
        StrategicObjective os = (StrategicObjective) l.element();
        os.axisCode().filter(a -> !context.isAxis(a)).ifPresent(a -> issues.add(l,
            Rule.DANGLING_REFERENCE, "l'axe « " + a + " » n'est pas déclaré dans le plan"));
        political(context, l, os.politicalObjectiveCodes(), issues);
      } else if (l.element() instanceof VoletSection) {
        for (String code : ((VoletSection) l.element()).strategicObjectiveCodes()) {
          if (!context.isStrategic(code)) {
            issues.add(l, Rule.DANGLING_REFERENCE,
                "l'objectif stratégique « " + code + " » n'existe pas dans le plan");
          }
        }
      }
      if (l.action().isPresent()) {
        Action action = l.action().get();
        political(context, l, action.politicalObjectiveCodes(), issues);
        links(context, l, action, issues);
      }
    }
    for (Project project : context.plan().projects()) {
      for (String code : project.actionCodes()) {
        if (!context.isAction(code)) {
          issues.add(ElementPath.root(), Rule.DANGLING_REFERENCE,
              "le projet « " + project.code() + " » cite l'action « " + code
                  + " » qui n'existe pas dans le plan");
        }
      }
    }
  }

  private static void political(
      Context context, Located l, List<String> codes, Issues issues) {
    for (String code : codes) {
      if (!context.isPoliticalObjective(code)) {
        issues.add(l, Rule.DANGLING_REFERENCE,
            "l'objectif politique « " + code + " » n'est pas déclaré dans le plan");
      }
    }
  }

  private static void links(Context context, Located l, Action action, Issues issues) {
    for (ActionLink link : action.links()) {
      if (link.actionCode().equals(action.code())) {
        issues.add(l, Rule.SELF_LINK,
            "le lien « " + link + " » relie l'action à elle-même");
      } else if (!context.isAction(link.actionCode())) {
        issues.add(l, Rule.DANGLING_REFERENCE, "le lien « " + link + " » vise l'action « "
            + link.actionCode() + " » qui n'existe pas dans le plan");
      }
    }
  }
}
