// Exporting the Ottignies budget for colleagues who live in spreadsheets: the annex
// "Total par groupe économique", the roll-up per strategic objective and the validation report
// as .xlsx workbooks (real numbers in the euro format), and the annex as Belgian CSV.
//
//   ./pst-shell examples/annex-to-xlsx.jsh
var pst = open("examples/ottignies-2019-2024/pst.json");
var out = Files.createDirectories(Path.of("target", "examples"));

var table = Budgets.consolidate(pst);
var annex = out.resolve("ottignies-annexe.xlsx");
TableSheet.writeXlsx(table, annex);
TableSheet.writeCsv(table, out.resolve("ottignies-annexe.csv"));
System.out.println("annexe : " + annex + " " + BudgetSheet.sheetNames(annex));
System.out.println("annexe : " + out.resolve("ottignies-annexe.csv"));

// One table per OS, in the plan's order, then the lines of the plan itself (2022-2024 are
// plan-level in the annex): "non attribué".
var byOs = new ArrayList<NamedTable>();
var perOs = Budgets.byStrategicObjective(pst, RemainderPolicy.LARGEST_REMAINDER);
for (var entry : perOs.entrySet()) {
  var os = pst.plan().find(entry.getKey()).orElseThrow();
  byOs.add(NamedTable.of(os.code() + " " + os.title(), entry.getValue()));
}
byOs.add(NamedTable.of("non attribué", Budgets.consolidate(pst.planLevelLines())));
var rollUp = out.resolve("ottignies-par-os.xlsx");
TableSheet.writeXlsx(byOs, rollUp);
System.out.println("par OS : " + rollUp + " " + BudgetSheet.sheetNames(rollUp));
for (var named : byOs) {
  var label = named.label().length() > 60 ? named.label().substring(0, 59) + "…" : named.label();
  System.out.printf("  %-60s %15s%n", label, Euros.format(named.table().totalNetCost()));
}
var total = Euros.sum(byOs.stream().map(t -> t.table().totalNetCost()).collect(Collectors.toList()));
System.out.printf("  %-60s %15s%n", "total", Euros.format(total));

var validation = out.resolve("ottignies-validation.xlsx");
ReportSheet.writeXlsx(pst.validate(), validation);
System.out.println("validation : " + validation + " (" + pst.validate().summary() + ")");
