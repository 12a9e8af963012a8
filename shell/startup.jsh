// pst-shell startup, for the interactive shell and for scripts alike: JShell's default imports,
// the public API of pst, and the helpers open, eur and help.
import java.io.*;
import java.math.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import java.util.prefs.*;
import java.util.regex.*;
import java.util.stream.*;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import be.pst.core.action.*;
import be.pst.core.element.*;
import be.pst.core.funding.*;
import be.pst.core.indicator.*;
import be.pst.core.objective.*;
import be.pst.core.person.*;
import be.pst.core.plan.*;
import be.pst.core.diff.*;
import be.pst.core.schedule.*;
import be.pst.core.validation.*;
import be.pst.budget.compare.*;
import be.pst.budget.financing.*;
import be.pst.budget.group.*;
import be.pst.budget.line.*;
import be.pst.budget.money.*;
import be.pst.budget.*;
import be.pst.io.*;
import be.pst.io.json.*;
import be.pst.io.ecomptes.*;
import be.pst.report.*;
import be.pst.io.sheet.*;

/**
 * Reads a PST JSON file (format be.pst/1): {@code var pst = open("examples/…/pst.json");}.
 */
BudgetedPlan open(String path) throws PstFormatException, IOException {
  return PstJson.read(Path.of(path));
}

/**
 * A euro amount, written as the shell prints it ({@code eur("287.500,00")},
 * {@code eur("-984.700,00 €")}) or as a plain decimal ({@code eur("287500.00")}). A bad amount
 * is a one-line error, and so is {@code "287.500"}, which could mean either.
 */
EuroAmount eur(String amount) {
  String text = amount.strip();
  String problem = "montant invalide (invalid amount), ex. eur(\"287.500,00\"), eur(\"287500.00\")";
  if (text.matches("[-+]?\\d{1,3}\\.\\d{3}")) {
    String plain = text.endsWith("0") ? " ou (or) eur(\"" + text.substring(0, text.length() - 1) + "\")" : "";
    problem = "ambigu (ambiguous): eur(\"" + text + ",00\")" + plain + " ?";
  } else {
    try {
      boolean belgian = text.contains(",") || text.contains("€") || text.matches(".*\\..*\\..*");
      return belgian ? EuroAmount.parseBelgian(text) : EuroAmount.of(text);
    } catch (IllegalArgumentException e) {
      // reported below, in one line
    }
  }
  var error = new IllegalArgumentException("eur(\"" + amount + "\") : " + problem);
  error.setStackTrace(new StackTraceElement[0]);
  throw error;
}

/** This help: the helpers and ten useful calls, in French with English in parentheses. */
void help() {
  System.out.print("""
      pst — Programme Stratégique Transversal : aide (help)

      Outils du shell (shell helpers)
        open("examples/ottignies-2019-2024/pst.json")
            lit un PST au format JSON be.pst/1 (reads a PST JSON file)
        eur("287.500,00")
            un montant en euros, aussi eur("287500.00") (an amount in euros)
        help()
            cette aide (this help)

      Dix appels utiles (ten useful calls)
        var pst = open("examples/ottignies-2019-2024/pst.json")
            lire un plan et son budget (read a plan and its budget)
        pst.validate()
            valider : erreurs et avertissements (validate: errors and warnings)
        var table = Budgets.consolidate(pst)
            consolider le budget (consolidate the budget)
        System.out.print(table)
            imprimer l'annexe « Total par groupe économique » (print the annex)
        table.netCost(2021)
            coût net d'un exercice ; table.totalNetCost() sur la législature (net cost of a year)
        System.out.print(Budgets.byStrategicObjective(pst, RemainderPolicy.LARGEST_REMAINDER))
            coût net par objectif stratégique (net cost per strategic objective)
        pst.plan().actions(ActionFilters.status(Status.IN_PROGRESS))
            les actions en cours ; pst.plan().countByStatus() les compte (actions by status)
        pst.plan().findAction("OS1-OP1-A1")
            trouver une action par son code (find an action by its code)
        PstJson.write(pst, Path.of("mon-pst.json"))
            écrire le plan en JSON (write the plan as JSON)
        EcomptesXml.write(pst, Path.of("mon-pst-ecomptes.xml"))
            exporter vers eComptes (export to eComptes XML)

      Tab complète ; Tab Tab montre la documentation (Tab completes; Tab Tab shows the Javadoc).
      /exit pour quitter (to quit).
      """);
}
