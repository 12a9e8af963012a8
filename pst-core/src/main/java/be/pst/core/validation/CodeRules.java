package be.pst.core.validation;

import be.pst.core.element.ElementPath;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Axis;
import be.pst.core.plan.Plan;
import be.pst.core.plan.PoliticalObjective;
import be.pst.core.plan.Project;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Rules {@code duplicate-code} and {@code dangling-reference} (except objective shares). */
final class CodeRules {

  private CodeRules() {}

  static void duplicates(Context context, Issues issues) {
    Map<String, ElementPath> first = new HashMap<>();
    for (Located l : context.elements()) {
      ElementPath previous = first.putIfAbsent(l.element().code(), l.path());
      if (previous != null) {
        issues.error(
            l.path(),
            "duplicate-code",
            "le code « " + l.element().code() + " » est déjà utilisé par " + previous);
      }
    }
    Plan plan = context.plan();
    unique(plan.axes(), Axis::code, "axe", issues);
    unique(plan.politicalObjectives(), PoliticalObjective::code, "objectif politique", issues);
    unique(plan.projects(), Project::code, "projet", issues);
  }

  private static <T> void unique(
      List<T> items, Function<T, String> code, String what, Issues issues) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      if (!seen.add(code.apply(item))) {
        issues.error(
            ElementPath.root(),
            "duplicate-code",
            "le code d'" + what + " « " + code.apply(item) + " » est utilisé deux fois");
      }
    }
  }

  static void references(Context context, Issues issues) {
    Plan plan = context.plan();
    Set<String> axes = plan.axes().stream().map(Axis::code).collect(Collectors.toSet());
    Set<String> political =
        plan.politicalObjectives().stream()
            .map(PoliticalObjective::code)
            .collect(Collectors.toSet());
    for (Located l : context.elements()) {
      if (!(l.element() instanceof StrategicObjective)) {
        continue;
      }
      StrategicObjective os = (StrategicObjective) l.element();
      os.axisCode()
          .filter(a -> !axes.contains(a))
          .ifPresent(
              a ->
                  issues.error(
                      l.path(),
                      "dangling-reference",
                      "l'axe « " + a + " » n'est pas déclaré dans le plan"));
      for (String code : os.politicalObjectiveCodes()) {
        if (!political.contains(code)) {
          issues.error(
              l.path(),
              "dangling-reference",
              "l'objectif politique « " + code + " » n'est pas déclaré dans le plan");
        }
      }
    }
    Set<String> actions =
        context.elements().stream()
            .filter(l -> l.action().isPresent())
            .map(l -> l.element().code())
            .collect(Collectors.toSet());
    for (Project project : plan.projects()) {
      for (String code : project.actionCodes()) {
        if (!actions.contains(code)) {
          issues.error(
              ElementPath.root(),
              "dangling-reference",
              "le projet « "
                  + project.code()
                  + " » cite l'action « "
                  + code
                  + " » qui n'existe pas dans le plan");
        }
      }
    }
  }
}
