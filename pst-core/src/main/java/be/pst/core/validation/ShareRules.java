package be.pst.core.validation;

import be.pst.core.action.Action;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.objective.OperationalObjective;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * Rules on the objective shares of transversal actions. Shares all without percentage are fine
 * (the action serves those objectives; its budget stays with its home objective); shares all
 * with percentages must be positive, name each OO once, include the home OO and sum to 100.
 */
final class ShareRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ShareRules() {}

  static void check(Context context, Issues issues) {
    for (Located l : context.elements()) {
      if (l.action().isEmpty() || !l.action().get().isTransversal()) {
        continue;
      }
      Action action = l.action().get();
      int withPercent = 0;
      BigDecimal sum = BigDecimal.ZERO;
      Set<String> seen = new HashSet<>();
      for (ObjectiveShare share : action.objectiveShares()) {
        String oo = share.operationalObjectiveCode();
        if (!context.isOperational(oo)) {
          issues.add(l, Rule.DANGLING_REFERENCE,
              "la part attribuée à « " + oo + " » ne vise aucun objectif opérationnel du plan");
        }
        if (!seen.add(oo)) {
          issues.add(l, Rule.DUPLICATE_SHARE, "deux parts sont attribuées à « " + oo + " »");
        }
        if (share.percent().isPresent()) {
          withPercent++;
          BigDecimal percent = share.percent().get();
          sum = sum.add(percent);
          if (percent.signum() <= 0) {
            issues.add(l, Rule.SHARE_NOT_POSITIVE,
                "la part attribuée à « " + oo + " » vaut " + percent.toPlainString() + " %");
          }
        }
      }
      int shares = action.objectiveShares().size();
      if (withPercent > 0 && withPercent < shares) {
        issues.add(l, Rule.SHARES_PARTLY_WITHOUT_PERCENT, withPercent + " part(s) sur " + shares
            + " ont un pourcentage : donnez-en un à chacune, ou à aucune");
      }
      if (withPercent == shares) {
        if (sum.compareTo(HUNDRED) != 0) {
          issues.add(l, Rule.SHARES_NOT_100,
              "les parts par objectif totalisent " + sum.toPlainString() + " % au lieu de 100 %");
        }
        String home = l.home().map(OperationalObjective::code).orElse("");
        if (!seen.contains(home)) {
          issues.add(l, Rule.HOME_SHARE_MISSING,
              "les parts ne citent pas l'objectif opérationnel de rattachement « " + home + " »");
        }
      }
    }
  }
}
