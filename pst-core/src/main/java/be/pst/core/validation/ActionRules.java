package be.pst.core.validation;

import be.pst.core.action.Action;
import be.pst.core.element.Status;
import be.pst.core.label.Labels;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.plan.Organisation;
import be.pst.core.schedule.DateComparison;
import be.pst.core.schedule.PartialDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules on the details of actions: progress, schedule, pilots, services and partners. */
final class ActionRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ActionRules() {}

  static void progress(Context context, Issues issues) {
    for (Located l : context.elements()) {
      Optional<Action> action = l.action();
      if (action.isEmpty() || action.get().progress().isEmpty()) {
        continue;
      }
      BigDecimal p = action.get().progress().get();
      if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
        issues.error(
            l.path(),
            "progress-out-of-range",
            "le taux d'avancement " + p.toPlainString() + " % n'est pas entre 0 et 100 %");
      } else if (action.get().status().orElse(null) == Status.COMPLETED
          && p.compareTo(HUNDRED) < 0) {
        issues.warning(
            l.path(),
            "status-progress-mismatch",
            "l'action est terminée mais son taux d'avancement est de " + p.toPlainString() + " %");
      }
    }
  }

  static void schedule(Context context, Issues issues) {
    for (Located l : context.elements()) {
      Optional<Action> action = l.action();
      if (action.isEmpty() || action.get().schedule().isEmpty()) {
        continue;
      }
      var schedule = action.get().schedule().get();
      if (schedule.isInverted()) {
        issues.error(
            l.path(),
            "schedule-inverted",
            "la fin (" + schedule.end().get() + ") précède le début (" + schedule.start().get() + ")");
      }
      Optional<OperationalObjective> home = l.home();
      if (home.isEmpty() || home.get().deadline().isEmpty()) {
        continue;
      }
      PartialDate deadline = home.get().deadline().get();
      DateComparison after = schedule.endsAfter(deadline);
      String where = " l'échéance " + deadline + " de " + home.get().code();
      if (after == DateComparison.DEFINITELY) {
        issues.error(
            l.path(), "ends-after-deadline", "l'action (" + schedule + ") finit après" + where);
      } else if (after == DateComparison.POSSIBLY) {
        issues.warning(
            l.path(),
            "ends-after-deadline",
            "l'action (" + schedule + ") pourrait finir après" + where);
      }
    }
  }

  static void pilots(Context context, Issues issues) {
    for (Located l : context.elements()) {
      if (l.action().isPresent() && !piloted(l)) {
        issues.warning(
            l.path(), "missing-pilot", "l'action n'a ni pilote politique ni pilote administratif");
      }
    }
  }

  private static boolean piloted(Located l) {
    if (l.action().map(Action::hasPilot).orElse(false)) {
      return true;
    }
    return l.parentAction().map(ActionRules::piloted).orElse(false);
  }

  static void organisations(Context context, Issues issues) {
    Set<String> services = names(context.plan().services());
    Set<String> partners = names(context.plan().partners());
    for (Located l : context.elements()) {
      if (l.action().isEmpty()) {
        continue;
      }
      Action a = l.action().get();
      undeclared(l, a.services(), services, "undeclared-service", "le service", issues);
      undeclared(l, a.partners(), partners, "undeclared-partner", "le partenaire", issues);
    }
  }

  private static Set<String> names(List<Organisation> organisations) {
    return organisations.stream().map(o -> Labels.normalize(o.name())).collect(Collectors.toSet());
  }

  private static void undeclared(
      Located l, List<String> used, Set<String> declared, String rule, String what, Issues issues) {
    if (declared.isEmpty()) {
      return;
    }
    for (String name : used) {
      if (!declared.contains(Labels.normalize(name))) {
        issues.warning(l.path(), rule, what + " « " + name + " » n'est pas déclaré dans le plan");
      }
    }
  }
}
