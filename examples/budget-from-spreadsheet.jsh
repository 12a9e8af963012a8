// Importing a budget from a spreadsheet: the finance officer keeps the budget lines of the
// Ottignies PST in a workbook, one row per line under her own headers, and brings them into
// the plan. examples/ottignies-2019-2024/budget.xlsx (and budget.csv, the same lines as Belgian
// CSV) were generated from the example's own 86 lines: every value comes from the seed.
//
//   ./pst-shell examples/budget-from-spreadsheet.jsh
var pst = open("examples/ottignies-2019-2024/pst.json");

// Her headers, declared once: which column holds what.
var mapping = BudgetSheet.mapping().elementCode("Action").exercice("Exercice").group("Groupe").amount("Montant").label("Libellé");

var workbook = Path.of("examples/ottignies-2019-2024/budget.xlsx");
var lines = BudgetSheet.readXlsx(workbook, mapping);
System.out.println(lines.size() + " lignes lues de " + workbook.getFileName() + ", feuille "
    + BudgetSheet.sheetNames(workbook).get(0));

// The plan with the imported budget in place of its own, validated and consolidated.
var imported = pst.withLines(lines);
System.out.println("Validation : " + imported.validate().summary());
var table = Budgets.consolidate(imported);
System.out.println();
System.out.print(table);
System.out.println("Coût net total : " + table.totalNetCost().format());
System.out.println("Même budget que pst.json : " + (table.equals(Budgets.consolidate(pst)) ? "oui" : "non"));

// The same lines as Belgian CSV (';' between fields, decimal commas), its dialect detected.
var fromCsv = BudgetSheet.readCsv(Path.of("examples/ottignies-2019-2024/budget.csv"), mapping);
System.out.println("budget.csv : " + fromCsv.size() + " lignes, les mêmes : " + (fromCsv.equals(lines) ? "oui" : "non"));

// A copy with three typing mistakes (illustrative) is refused as a whole: no line is imported,
// and every bad cell is named by its row, column, text and what was expected.
var dir = Files.createTempDirectory("pst-");
var typos = dir.resolve("budget-avec-erreurs.csv");
Files.writeString(typos, "Action;Exercice;Groupe;Montant;Libellé\n"
    + "OS1-OP1-A1;2020;70;133.000,00;Puéricultrices\n"
    + "OS1-OP1-A1;2O21;70;171.000,00;\n"
    + "OS1-OP2-A5;2021;Transferts;72.800,005;\n");
try {
  BudgetSheet.readCsv(typos, mapping);
  System.out.println("importé ?");
} catch (SheetFormatException e) {
  System.out.println();
  System.out.println(e.getMessage());
}
Files.delete(typos);
Files.delete(dir);
