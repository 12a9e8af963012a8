// Exporting the Ottignies budget for colleagues who live in spreadsheets: the annex
// "Total par groupe économique", the roll-ups per strategic and per operational objective, and the
// validation report as .xlsx workbooks (real numbers in the euro format), and the annex as
// Belgian CSV.
//
//   ./pst-shell examples/annex-to-xlsx.jsh
var pst = open("examples/ottignies-2019-2024/pst.json");
var out = Path.of("target", "examples");
Files.createDirectories(out);

var table = Budgets.consolidate(pst);
var annex = out.resolve("ottignies-annexe.xlsx");
TableSheet.writeXlsx(table, annex);
TableSheet.writeCsv(table, out.resolve("ottignies-annexe.csv"));
System.out.println("annexe : " + annex + " " + BudgetSheet.sheetNames(annex));
System.out.println("annexe : " + out.resolve("ottignies-annexe.csv"));

// One sheet per OS, in the plan's order, after a summary of their net cost; the lines of the
// plan itself (2022-2024 are plan-level in the annex) are the bucket "Non attribué".
var perOs = Budgets.byStrategicObjective(pst, RemainderPolicy.LARGEST_REMAINDER);
var rollUp = out.resolve("ottignies-par-os.xlsx");
TableSheet.writeXlsx(perOs, rollUp);
System.out.println("par OS : " + rollUp + " " + BudgetSheet.sheetNames(rollUp));
System.out.print(perOs);

var perOo = Budgets.byOperationalObjective(pst, RemainderPolicy.LARGEST_REMAINDER);
var oos = out.resolve("ottignies-par-oo.xlsx");
TableSheet.writeXlsx(perOo, oos);
System.out.println("par OO : " + oos + " (" + BudgetSheet.sheetNames(oos).size() + " feuilles), coût net total "
    + perOo.total().totalNetCost().format());

var validation = out.resolve("ottignies-validation.xlsx");
ReportSheet.writeXlsx(pst.validate(), validation);
System.out.println("validation : " + validation + " (" + pst.validate().summary() + ")");
