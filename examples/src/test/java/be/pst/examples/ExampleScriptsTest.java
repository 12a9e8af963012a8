package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.examples.ShellProcess.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example script ({@code examples/*.jsh}) runs through {@code shell/PstScript.java}, the
 * engine of {@code ./pst-shell}, in a child JVM with this module's class path, from the root of
 * the repository, exits 0 and prints what it is meant to show.
 */
class ExampleScriptsTest {

  private static final Path ROOT = ShellProcess.ROOT;

  private static Run run(Path script) throws IOException, InterruptedException {
    return ShellProcess.script(script, ROOT);
  }

  private static Run runExample(String name) throws Exception {
    Run run = run(Path.of("examples", name));
    assertThat(run.exitCode()).as("%s exit code\n%s", name, run).isZero();
    assertThat(run.err()).as("%s stderr", name).isEmpty();
    return run;
  }

  @Test
  void everyScriptInExamplesIsCoveredHere() throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsh")))
          .containsExactlyInAnyOrder("ottignies.jsh", "cpas-and-commune.jsh", "what-if.jsh",
              "late-actions.jsh", "indicators.jsh", "evaluation.jsh",
              "budget-from-spreadsheet.jsh", "annex-to-xlsx.jsh");
    }
  }

  @Test
  void ottigniesPrintsThePlanItsValidationItsStatusesAndTheAnnex() throws Exception {
    String out = runExample("ottignies.jsh").out();

    assertThat(out)
        .contains("CPAS d'Ottignies-Louvain-la-Neuve (CPAS, INS 25121), 2019–2024 : 5 OS, 18 OO,"
            + " 43 actions")
        .contains("Validation : 0 erreur, 59 avertissements")
        .containsPattern("(?m)^  missing-pilot \\(avertissement\\) +41$")
        .containsPattern("(?m)^  En cours +25$")
        .containsPattern("(?m)^  À l'étude +18$")
        .contains("Total par groupe économique")
        .containsPattern("(?m)^91 Investissements +0,00 +287\\.500,00 +96\\.000,00 +22\\.000,00"
            + " +42\\.000,00 +22\\.000,00$")
        .containsPattern("(?m)^82 Dettes +0,00 +193\\.400,00 +96\\.000,00 +22\\.000,00"
            + " +42\\.000,00 +22\\.000,00$")
        .containsPattern("(?m)^70 Personnel +0,00 +279\\.500,00 +390\\.500,00 +431\\.000,00"
            + " +551\\.500,00 +592\\.000,00$")
        .containsPattern("(?m)^61 Transferts +0,00 +177\\.000,00 +213\\.400,00 +249\\.800,00"
            + " +362\\.200,00 +398\\.600,00$")
        .containsPattern("(?m)^Coût net \\(dépenses − recettes\\) +0,00 +116\\.600,00 +190\\.250,00 +207\\.850,00"
            + " +237\\.700,00 +232\\.300,00$")
        .contains("Coût total 2019-2024 (dépenses − recettes)  984.700,00")
        .contains("Coût net total : 984.700,00 €");
  }

  @Test
  void lateActionsFindsNoneAsAdoptedAndFiveIfSaintGhislainStartsWereDeadlines() throws Exception {
    String out = runExample("late-actions.jsh").out();

    assertThat(out)
        .contains("aucune action en retard sur l'échéance de son OO (1 OO avec échéance)")
        .contains("CPAS de Frameries", "CPAS de Perwez", "CPAS d'Anderlues")
        .contains("Total : 0 action(s) en retard sur les cinq PST")
        .containsPattern("(?m)^  2\\.2\\.1 +certainement +planning 2019/2024 +échéance de l'OO 2\\.2 : 2020")
        .containsPattern("(?m)^  2\\.2\\.2 +certainement +planning jusqu'en 2021 +échéance de l'OO 2\\.2 : 2020")
        .containsPattern("(?m)^  2\\.2\\.3 +certainement +planning 2019/2024 +échéance de l'OO 2\\.2 : 2020")
        .containsPattern("(?m)^  2\\.2\\.4 +certainement +planning 2019/2024 +échéance de l'OO 2\\.2 : 2020")
        .containsPattern("(?m)^  3\\.3\\.1 +certainement +planning 2022/2024 +échéance de l'OO 3\\.3 : 2022")
        .contains("5 action(s) en retard sur l'échéance de leur OO (3 OO avec échéance)");
  }

  @Test
  void cpasAndCommunePrintsBothPlansAndTheirConsolidation() throws Exception {
    String out = runExample("cpas-and-commune.jsh").out();

    assertThat(out)
        .contains("Ville d'Ottignies-Louvain-la-Neuve (Commune, INS 25121)")
        .contains("== CPAS + Ville, consolidé")
        .contains("Coût total 2019-2024 (dépenses − recettes)  984.700,00")
        .contains("Coût net total : CPAS 984.700,00 € + Ville 274.867,54 € = 1.259.567,54 €")
        .containsPattern("(?m)^91 Investissements +0,00 +287\\.500,00 +96\\.000,00 +272\\.000,00"
            + " +42\\.000,00 +22\\.000,00$")
        .contains("illustratif");
  }

  @Test
  void whatIfComparesTheNetCostOfEachScenarioWithTheBase() throws Exception {
    String out = runExample("what-if.jsh").out();

    assertThat(out)
        .contains("A9 : 2018-04-01/2020-09-30 → 2019-04-01/2021-09-30")
        .containsPattern("(?m)^  2022 +207\\.850,00 +214\\.250,00 +6\\.400,00$")
        .contains("42 actions")
        .containsPattern("(?m)^  total +984\\.700,00 +825\\.200,00 +-159\\.500,00$")
        .contains("ILLUSTRATIVES")
        .containsPattern("(?m)^  2020 +121\\.424,57 +122\\.321,57 +897,00$");
  }

  @Test
  void indicatorsPrintsTheAttainmentOfEachStrategicObjective() throws Exception {
    String out = runExample("indicators.jsh").out();

    assertThat(out)
        .contains("ILLUSTRATIVES")
        .contains("atteinte : 83,33 %  (moyenne de 6 indicateur(s) mesuré(s) sur 33)")
        .contains("atteinte : -  (aucun des 8 indicateurs n'est mesuré)")
        .containsPattern("(?m)^    OS1-OP1-A2 +n° 2 +33,33 %  19$")
        .contains("Atteinte moyenne du PST : 73,08 % (13 indicateurs mesurés)");
  }

  @Test
  void budgetFromSpreadsheetImportsTheWorkbookAndRefusesTheCopyWithMistakes() throws Exception {
    String out = runExample("budget-from-spreadsheet.jsh").out();

    assertThat(out)
        .contains("86 lignes lues de budget.xlsx, feuille Budget")
        .contains("Validation : 0 erreur, 59 avertissements")
        .containsPattern("(?m)^91 Investissements +0,00 +287\\.500,00 +96\\.000,00 +22\\.000,00"
            + " +42\\.000,00 +22\\.000,00$")
        .containsPattern("(?m)^Coût net \\(dépenses − recettes\\) +0,00 +116\\.600,00"
            + " +190\\.250,00 +207\\.850,00 +237\\.700,00 +232\\.300,00$")
        .contains("Coût total 2019-2024 (dépenses − recettes)  984.700,00")
        .contains("Coût net total : 984.700,00 €")
        .contains("Même budget que pst.json : oui")
        .contains("budget.csv : 86 lignes, les mêmes : oui")
        .contains("3 problems:")
        .contains("  budget-avec-erreurs.csv B3 (Exercice): found \"2O21\": an exercice:"
            + " a four-digit year such as 2020")
        .contains("  budget-avec-erreurs.csv C4 (Groupe): found \"Transferts\": an economic"
            + " group: the label 'Transferts' is that of the groups 61, 72, 80, 90")
        .contains("  budget-avec-erreurs.csv D4 (Montant): found \"72.800,005\": an amount to"
            + " the cent: 72800.005 has a fraction of a cent")
        .doesNotContain("importé ?");
  }

  @Test
  void annexToXlsxWritesTheWorkbooksAndTheRollUpAddsUpToTheNetCost() throws Exception {
    String out = runExample("annex-to-xlsx.jsh").out();

    assertThat(out)
        .contains("annexe : target/examples/ottignies-annexe.xlsx [Annexe]")
        .contains("annexe : target/examples/ottignies-annexe.csv")
        .contains("par OS : target/examples/ottignies-par-os.xlsx [Synthèse, OS1, OS2, OS3,"
            + " OS4, OS5, Non attribué]")
        .containsPattern("(?m)^OS1 - Etre un CPAS qui garantisse .* +90\\.150,00$")
        .containsPattern("(?m)^Non attribué .* +677\\.850,00$")
        .containsPattern("(?m)^Total .* +984\\.700,00$")
        .containsPattern("par OO : target/examples/ottignies-par-oo.xlsx \\(\\d+ feuilles\\),"
            + " coût net total 984\\.700,00 €")
        .contains("validation : target/examples/ottignies-validation.xlsx (0 erreur,"
            + " 59 avertissements)");
    assertThat(ROOT.resolve("target/examples/ottignies-annexe.xlsx")).isNotEmptyFile();
    assertThat(ROOT.resolve("target/examples/ottignies-annexe.csv")).content(StandardCharsets.UTF_8)
        .contains("\r\nCoût net (dépenses − recettes);0,00;116600,00;190250,00;207850,00;"
            + "237700,00;232300,00;984700,00\r\n");
    assertThat(ROOT.resolve("target/examples/ottignies-par-os.xlsx")).isNotEmptyFile();
    assertThat(ROOT.resolve("target/examples/ottignies-validation.xlsx")).isNotEmptyFile();
  }

  @Test
  void evaluationWritesTheReportAndThePublishedPlanOfOttigniesAndPrintsTheirPaths()
      throws Exception {
    Path report = ROOT.resolve("target/evaluation/evaluation.html");
    Path published = ROOT.resolve("target/evaluation/published-plan.html");
    Files.deleteIfExists(report);
    Files.deleteIfExists(published);

    String out = runExample("evaluation.jsh").out();

    assertThat(out)
        .contains("Coût net 2020-2021 : 300.450,00 € → 220.571,00 € (-79.879,00 €, -26,59 %)")
        .contains("6 éléments changés (0 ajouté, 0 supprimé, 0 recodé, 0 déplacé, 6 modifié)")
        .contains("Rapport d'évaluation : " + report)
        .contains("Plan publié : " + published);
    assertThat(Files.readString(report))
        .contains("INVENTÉS pour l&#39;illustration")
        .contains("Comparaison « Projection » et « Imputé » sur les exercices 2020–2021")
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    assertThat(Files.readString(published)).contains("Annexe budgétaire").contains("984.700,00 €");
  }

  @Test
  void theEvaluationSnippetOfTheReadmeRunsInTheShellAsWritten(@TempDir Path dir)
      throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int section = readme.indexOf("## Evaluation and publication");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    Path script = dir.resolve("readme-evaluation.jsh");
    Files.writeString(script, readme.substring(start, readme.indexOf("```\n", start)));

    Run run = run(script);

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out())
        .contains("2 éléments changés (0 ajouté, 0 supprimé, 1 recodé, 0 déplacé, 1 modifié)")
        .containsPattern("(?m)^OS1-OP1-A1 - .* +23\\.500,00 +127\\.350,45 +103\\.850,45"
            + " +441,92 %$");
    assertThat(ROOT.resolve("target/evaluation.html")).exists();
    assertThat(ROOT.resolve("target/published-plan.html")).exists();
  }

  @Test
  void aScriptThatThrowsExitsWithStatus1AndNamesFileAndLine(@TempDir Path dir)
      throws Exception {
    Path script = dir.resolve("broken.jsh");
    Files.write(script, List.of(
        "var pst = open(\"examples/ottignies-2019-2024/pst.json\");",
        "System.out.println(\"avant l'erreur\");",
        "pst.plan().findAction(\"A999\").orElseThrow();",
        "System.out.println(\"jamais imprimé\");"));

    Run run = run(script);

    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    assertThat(run.out()).contains("avant l'erreur").doesNotContain("jamais imprimé");
    assertThat(run.err()).contains(script + ":3: exception java.util.NoSuchElementException");
  }

  @Test
  void aScriptThatDoesNotCompileExitsWithStatus1AndNamesFileAndLine(@TempDir Path dir)
      throws Exception {
    Path script = dir.resolve("typo.jsh");
    Files.write(script, List.of("System.out.println(\"avant\");", "Plan plan = opne(\"x\");"));

    Run run = run(script);

    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    assertThat(run.err()).contains(script + ":2: error:");
  }

  @Test
  void errorsNameTheLineOfTheCodeNotOfTheCommentsBeforeIt(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("commented.jsh");
    Files.write(script, List.of(
        "var items = List.of(1, 2);",
        "// the next line does not compile",
        "/* a block",
        "   comment */",
        "",
        "int y = \"s\";"));

    Run run = run(script);

    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    assertThat(run.err()).contains(script + ":6: error:");
  }

  @Test
  void aLineStartingWithASlashInsideATextBlockIsCodeNotACommand(@TempDir Path dir)
      throws Exception {
    Path script = dir.resolve("text-block.jsh");
    Files.write(script, List.of(
        "System.out.print(\"\"\"",
        "    avant",
        "    /exit 3",
        "    après",
        "    \"\"\");"));

    Run run = run(script);

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).isEqualTo("avant\n/exit 3\naprès\n");
  }

  @Test
  void aScriptMayImportAgainWhatTheStartupImports(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("imports.jsh");
    Files.write(script, List.of(
        "import java.io.*;",
        "import java.util.*;",
        "var pst = open(\"examples/ottignies-2019-2024/pst.json\");",
        "System.out.println(Budgets.consolidate(pst).totalNetCost());"));

    Run run = run(script);

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).isEqualTo("984.700,00 €\n");
  }

  @Test
  void aScriptEndingInTheMiddleOfASnippetExitsWithStatus1AndNamesItsLine(@TempDir Path dir)
      throws Exception {
    Path script = dir.resolve("unfinished.jsh");
    Files.write(script, List.of("System.out.println(\"avant\");", "", "void f() {"));

    Run run = run(script);

    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    assertThat(run.out()).isEqualTo("avant\n");
    assertThat(run.err()).contains(script + ":3: error: incomplete snippet");
  }
}
