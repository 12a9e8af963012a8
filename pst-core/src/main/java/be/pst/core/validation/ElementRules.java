package be.pst.core.validation;

import be.pst.core.element.PlanElement;
import be.pst.core.element.Status;
import be.pst.core.label.Labels;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Organisation;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules every element (volet section, OS, OO, action) obeys: progress, planned schedule, and the
 * services and partners it names.
 */
final class ElementRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ElementRules() {}

  /** {@link Rule#PROGRESS_OUT_OF_RANGE} and {@link Rule#STATUS_PROGRESS_MISMATCH}. */
  static void progress(Context context, Issues issues) {
    for (Located l : context.elements()) {
      PlanElement e = l.element();
      if (e.progress().isEmpty()) {
        continue;
      }
      BigDecimal p = e.progress().get();
      if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
        issues.add(l, Rule.PROGRESS_OUT_OF_RANGE,
            "le taux d'avancement " + p.toPlainString() + " % n'est pas entre 0 et 100 %");
      } else if (e.status().orElse(null) == Status.COMPLETED && p.compareTo(HUNDRED) < 0) {
        issues.add(l, Rule.STATUS_PROGRESS_MISMATCH, l.what() + " est « "
            + Status.COMPLETED.label() + " » mais son taux d'avancement est de "
            + p.toPlainString() + " %");
      }
    }
  }

  /** {@link Rule#SCHEDULE_INVERTED} and {@link Rule#STARTS_BEFORE_LEGISLATURE}. */
  static void schedule(Context context, Issues issues) {
    Legislature legislature = context.plan().legislature();
    for (Located l : context.elements()) {
      if (l.element().schedule().isEmpty()) {
        continue;
      }
      Schedule schedule = l.element().schedule().get();
      if (schedule.isInverted()) {
        issues.add(l, Rule.SCHEDULE_INVERTED, "la fin (" + schedule.end().get()
            + ") précède le début (" + schedule.start().get() + ")");
      }
      if (schedule.start().isPresent()
          && schedule.start().get().year() < legislature.firstExercice()) {
        PartialDate start = schedule.start().get();
        issues.add(l, Rule.STARTS_BEFORE_LEGISLATURE, l.what() + " commence " + on(start)
            + ", avant la législature " + legislature + " (premier exercice "
            + legislature.firstExercice() + ")");
      }
    }
  }

  /** "le 2018-04-01", "en 2018-04", "en 2018": a partial date after a verb. */
  static String on(PartialDate date) {
    return (date.precision() == PartialDate.Precision.DAY ? "le " : "en ") + date;
  }

  /** {@link Rule#UNDECLARED_SERVICE} and {@link Rule#UNDECLARED_PARTNER}. */
  static void organisations(Context context, Issues issues) {
    Set<String> services = names(context.plan().services());
    Set<String> partners = names(context.plan().partners());
    for (Located l : context.elements()) {
      undeclared(l, l.element().services(), services, Rule.UNDECLARED_SERVICE, "le service",
          issues);
      undeclared(l, l.element().partners(), partners, Rule.UNDECLARED_PARTNER, "le partenaire",
          issues);
    }
  }

  private static Set<String> names(List<Organisation> organisations) {
    Set<String> names = new HashSet<>();
    for (Organisation o : organisations) {
      names.add(Labels.normalize(o.name()));
    }
    return names;
  }

  private static void undeclared(
      Located l, List<String> used, Set<String> declared, Rule rule, String what, Issues issues) {
    if (declared.isEmpty()) {
      return;
    }
    for (String name : used) {
      if (!declared.contains(Labels.normalize(name))) {
        issues.add(l, rule, what + " « " + name + " » n'est pas déclaré dans le plan");
      }
    }
  }
}
