package be.pst.core.validation;

import be.pst.core.action.Action;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.objective.OperationalObjective;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules on the objective shares of transversal actions. */
final class ShareRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ShareRules() {}

  static void check(Context context, Issues issues) {
    Set<String> objectives =
        context.elements().stream()
            .filter(l -> l.element() instanceof OperationalObjective)
            .map(l -> l.element().code())
            .collect(Collectors.toSet());
    for (Located l : context.elements()) {
      if (l.action().isEmpty() || !l.action().get().isTransversal()) {
        continue;
      }
      Action action = l.action().get();
      BigDecimal sum = BigDecimal.ZERO;
      Set<String> seen = new HashSet<>();
      boolean withPercent = action.objectiveShares().stream().allMatch(s -> s.percent().isPresent());
      boolean withoutPercent =
          action.objectiveShares().stream().allMatch(s -> s.percent().isEmpty());
      if (!withPercent && !withoutPercent) {
        issues.error(l.path(), "shares-partly-without-percent",
            "certaines parts par objectif ont un pourcentage, d'autres non");
      }
      for (ObjectiveShare share : action.objectiveShares()) {
        String oo = share.operationalObjectiveCode();
        BigDecimal percent = share.percent().orElse(BigDecimal.ZERO);
        sum = sum.add(percent);
        if (!objectives.contains(oo)) {
          issues.error(
              l.path(),
              "dangling-reference",
              "la part attribuée à « " + oo + " » ne vise aucun objectif opérationnel du plan");
        }
        if (share.percent().isPresent() && percent.signum() <= 0) {
          issues.error(
              l.path(),
              "share-not-positive",
              "la part attribuée à « " + oo + " » vaut " + percent.toPlainString() + " %");
        }
        if (!seen.add(oo)) {
          issues.error(l.path(), "duplicate-share", "deux parts sont attribuées à « " + oo + " »");
        }
      }
      if (withPercent && sum.compareTo(HUNDRED) != 0) {
        issues.error(
            l.path(),
            "shares-not-100",
            "les parts par objectif totalisent " + sum.toPlainString() + " % au lieu de 100 %");
      }
      String home = l.home().map(OperationalObjective::code).orElse("");
      if (withPercent && !seen.contains(home)) {
        issues.error(
            l.path(),
            "home-share-missing",
            "les parts ne citent pas l'objectif opérationnel de rattachement « " + home + " »");
      }
    }
  }
}
