// The CPAS d'Ottignies-Louvain-la-Neuve PST 2019-2024 (seed 000): the plan, its validation,
// its actions per status and its consolidated budget, which is the annex "Total par groupe
// économique" of the adopted plan, to the cent.
//
//   ./pst-shell examples/ottignies.jsh
import java.util.*;
import java.util.stream.*;

var pst = open("examples/ottignies-2019-2024/pst.json");
var plan = pst.plan();

System.out.println(plan);
for (var os : plan.strategicObjectives()) {
  System.out.printf("  %-4s %s : %d OO, %d actions%n", os.code(), os.title(),
      os.operationalObjectives().size(), os.actions().size());
}
System.out.printf("  %d lignes budgétaires, %d indicateurs%n", pst.lines().size(),
    plan.elements().stream().mapToInt(e -> e.indicators().size()).sum());

// Validation of the plan and of its budget; one line per rule rather than one per issue.
var report = pst.validate();
System.out.println();
System.out.println("Validation : " + report.summary());
var perRule = new TreeMap<String, Long>();
for (var issue : report.issues()) {
  perRule.merge(issue.rule() + " (" + issue.severity().label() + ")", 1L, Long::sum);
}
perRule.forEach((rule, n) -> System.out.printf("  %-32s %3d%n", rule, n));
for (var error : report.errors()) {
  System.out.println("  " + error);
}

// Actions per status, in the order of the Status enumeration.
System.out.println();
System.out.println("Actions par statut");
var count = plan.countByStatus();
for (var status : Status.values()) {
  if (count.count(status) > 0) {
    System.out.printf("  %-16s %3d%n", status.label(), count.count(status));
  }
}
if (count.withoutStatus() > 0) {
  System.out.printf("  %-16s %3d%n", "sans statut", count.withoutStatus());
}
System.out.printf("  %-16s %3d%n", "total", count.total());

// The consolidated budget: the annex "Total par groupe économique".
var table = Budgets.consolidate(pst);
System.out.println();
System.out.print(table);
System.out.println("Coût net total : " + table.totalNetCost().format());
