// Late actions: the actions whose schedule ends after the deadline (échéance) of their
// operational objective. The domain rule is "an action ends no later than its OO's deadline".
// "certainement" = even the earliest day the end may denote is after the deadline ("2024"
// after "2020"); "peut-être" = only some days are ("2024" after "2024-06-30"), or the action
// is open-ended.
//
//   ./pst-shell examples/late-actions.jsh
import java.util.*;

/** Prints the late actions of one example and returns how many there are. */
int printLateActions(String folder) throws Exception {
  var plan = open("examples/" + folder + "/pst.json").plan();
  int late = 0;
  int withDeadline = 0;
  System.out.println(plan.authority().name() + " (" + folder + ")");
  for (var oo : plan.operationalObjectives()) {
    if (oo.deadline().isEmpty()) {
      continue;
    }
    withDeadline++;
    var deadline = oo.deadline().get();
    for (var action : oo.allActions()) {
      if (action.schedule().isEmpty()) {
        continue;
      }
      var comparison = action.schedule().get().endsAfter(deadline);
      if (comparison == DateComparison.DEFINITELY || comparison == DateComparison.POSSIBLY) {
        late++;
        System.out.printf("  %-8s %-12s  planning %-14s  échéance de l'OO %s : %s  %s%n",
            action.code(),
            comparison == DateComparison.DEFINITELY ? "certainement" : "peut-être",
            action.schedule().get(), oo.code(), deadline, shorten(action.title(), 50));
      }
    }
  }
  if (withDeadline == 0) {
    System.out.println("  aucun objectif opérationnel n'a d'échéance : rien à comparer");
  } else if (late == 0) {
    System.out.println("  aucune action en retard sur l'échéance de son OO ("
        + withDeadline + " OO avec échéance)");
  } else {
    System.out.println("  " + late + " action(s) en retard sur l'échéance de leur OO ("
        + withDeadline + " OO avec échéance)");
  }
  System.out.println();
  return late;
}

String shorten(String text, int max) {
  return text.length() <= max ? text : text.substring(0, max - 1) + "…";
}

int total = 0;
for (var folder : List.of("saint-ghislain-2019-2024", "ottignies-2019-2024",
    "frameries-2019-2024", "perwez-2019-2024", "anderlues-2019-2024")) {
  total += printLateActions(folder);
}
System.out.println("Total : " + total + " action(s) en retard sur les cinq PST");
