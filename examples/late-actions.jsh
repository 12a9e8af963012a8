// Late actions: the actions whose schedule ends after the deadline (échéance) of their
// operational objective. The domain rule is "an action ends no later than its OO's deadline".
// "certainement" = even the earliest day the end may denote is after the deadline ("2024"
// after "2020"); "peut-être" = only some days are ("2024" after "2024-06-30"), or the action
// is open-ended.
//
//   ./pst-shell examples/late-actions.jsh
import java.util.*;

/** Prints the late actions of a plan and returns how many there are. */
int printLateActions(String label, Plan plan) {
  int late = 0;
  int withDeadline = 0;
  System.out.println(plan.authority().name() + " (" + label + ")");
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

/** The plan with the deadline (end of schedule) of one operational objective set. */
Plan withDeadline(Plan plan, String ooCode, String deadline) {
  var oo = (OperationalObjective) plan.find(ooCode).orElseThrow();
  var end = PartialDate.parse(deadline);
  var schedule = oo.schedule().map(s -> s.withEnd(end)).orElse(Schedule.until(end));
  return plan.replace(oo.withSchedule(schedule));
}

int total = 0;
for (var folder : List.of("saint-ghislain-2019-2024", "ottignies-2019-2024",
    "frameries-2019-2024", "perwez-2019-2024", "anderlues-2019-2024")) {
  total += printLateActions(folder, open("examples/" + folder + "/pst.json").plan());
}
System.out.println("Total : " + total + " action(s) en retard sur les cinq PST");

// What if? Saint-Ghislain's planning table has one column "Échéance/début" for both. The
// example keeps OO 2.2's "2020" and OO 3.3's "2022" as schedule notes; read as deadlines:
System.out.println();
System.out.println("Et si les années des OO 2.2 (2020) et 3.3 (2022) de Saint-Ghislain étaient des échéances ?");
var saintGhislain = open("examples/saint-ghislain-2019-2024/pst.json").plan();
var strictReading = withDeadline(withDeadline(saintGhislain, "2.2", "2020"), "3.3", "2022");
printLateActions("lecture « échéance »", strictReading);
System.out.println("Validation de cette lecture : " + PlanValidator.validate(strictReading).summary());
