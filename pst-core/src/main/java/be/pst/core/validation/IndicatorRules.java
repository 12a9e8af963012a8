package be.pst.core.validation;

import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorValue;
import be.pst.core.indicator.Measurement;
import be.pst.core.plan.Legislature;

/** Rules on indicators: kinds of values and dates of measurements. */
final class IndicatorRules {

  private IndicatorRules() {}

  static void check(Context context, Issues issues) {
    Legislature legislature = context.plan().legislature();
    for (Located l : context.elements()) {
      for (Indicator indicator : l.element().indicators()) {
        indicator.baseline().ifPresent(v -> kind(l, indicator, v, "la valeur de départ", issues));
        indicator.target().ifPresent(v -> kind(l, indicator, v, "la cible", issues));
        for (Measurement m : indicator.measurements()) {
          kind(l, indicator, m.value(), "la mesure du " + m.date(), issues);
          if (!legislature.contains(m.date())) {
            issues.warning(
                l.path(),
                "measurement-outside-legislature",
                "indicateur « "
                    + indicator.name()
                    + " » : la mesure du "
                    + m.date()
                    + " est hors de la législature "
                    + legislature);
          }
        }
      }
    }
  }

  private static void kind(
      Located l, Indicator indicator, IndicatorValue value, String what, Issues issues) {
    if (value.kind() != indicator.kind()) {
      issues.error(
          l.path(),
          "indicator-kind-mismatch",
          "indicateur « "
              + indicator.name()
              + " » ("
              + indicator.kind()
              + ") : "
              + what
              + " est de type "
              + value.kind());
    }
  }
}
