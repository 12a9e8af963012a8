package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.examples.ShellProcess.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The helpers that {@code shell/startup.jsh} gives every script and the interactive shell:
 * {@code eur}, {@code help} and {@code open}, run through {@code shell/PstScript.java}.
 */
class ShellHelpersTest {

  private static final Path OTTIGNIES = Path.of("examples/ottignies-2019-2024/pst.json");

  private static Run runLines(Path dir, String... lines) throws Exception {
    Path script = dir.resolve("script.jsh");
    Files.write(script, List.of(lines));
    return ShellProcess.script(script, ShellProcess.ROOT);
  }

  /** The calls that {@code help()} lists: its lines indented by exactly two spaces. */
  private static List<String> listedCalls(String help) {
    return help.lines().filter(line -> line.matches(" {2}\\S.*")).map(String::strip).toList();
  }

  @Test
  void scriptsPrintNoBanner(@TempDir Path dir) throws Exception {
    Run run = runLines(dir, "System.out.println(\"seul\");");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).isEqualTo("seul\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void eurReadsTheBelgianFormatTheShellPrintsAndPlainDecimals(@TempDir Path dir)
      throws Exception {
    Run run = runLines(dir,
        "System.out.println(eur(\"287.500,00\"));",
        "System.out.println(eur(\"287.500,00 €\"));",
        "System.out.println(eur(\"-984.700,00\"));",
        "System.out.println(eur(\"287500.00\"));",
        "System.out.println(eur(\"1.234.567,89\"));",
        "System.out.println(eur(\"12,5\"));",
        "System.out.println(eur(\"287.500,00\").equals(eur(\"287500.00\")));",
        "System.out.println(eur(Budgets.consolidate(open(\"" + OTTIGNIES + "\")).totalNetCost()"
            + ".toString()));");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out().lines()).containsExactly("287.500,00 €", "287.500,00 €",
        "-984.700,00 €", "287.500,00 €", "1.234.567,89 €", "12,50 €", "true",
        "984.700,00 €");
  }

  @Test
  void aBadAmountStopsTheScriptWithOneLineNamingIt(@TempDir Path dir) throws Exception {
    Run run = runLines(dir, "var a = eur(\"12,345\");");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    assertThat(run.err().lines()).containsExactly(dir.resolve("script.jsh")
        + ":1: exception java.lang.IllegalArgumentException: eur(\"12,345\") : montant invalide"
        + " (invalid amount), ex. eur(\"287.500,00\"), eur(\"287500.00\")");
  }

  @Test
  void anAmountThatCouldMeanTwoThingsIsRefused(@TempDir Path dir) throws Exception {
    Run run = runLines(dir, "var a = eur(\"1.234\");");

    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    assertThat(run.err().lines()).singleElement().asString()
        .endsWith("eur(\"1.234\") : ambigu (ambiguous): eur(\"1.234,00\") ?");
  }

  @Test
  void helpListsTheHelpersThenTenUsefulCalls(@TempDir Path dir) throws Exception {
    Run run = runLines(dir, "help();");

    assertThat(run.exitCode()).as("%s", run).isZero();
    String help = run.out();
    String helpers = help.substring(0, help.indexOf("Dix appels utiles (ten useful calls)"));
    String calls = help.substring(helpers.length());
    assertThat(listedCalls(helpers)).containsExactly(
        "open(\"examples/ottignies-2019-2024/pst.json\")", "eur(\"287.500,00\")", "help()");
    assertThat(listedCalls(calls)).hasSize(10)
        .contains("var pst = open(\"examples/ottignies-2019-2024/pst.json\")", "pst.validate()",
            "EcomptesXml.write(pst, Path.of(\"mon-pst-ecomptes.xml\"))");
  }

  @Test
  void everyCallThatHelpListsRunsOnTheOttigniesPlan(@TempDir Path dir) throws Exception {
    List<String> calls = listedCalls(runLines(dir, "help();").out());
    Path plan = dir.resolve(OTTIGNIES);
    Files.createDirectories(plan.getParent());
    Files.copy(ShellProcess.ROOT.resolve(OTTIGNIES), plan);
    List<String> script = new ArrayList<>();
    calls.forEach(call -> script.add(call + ";"));
    Files.write(dir.resolve("calls.jsh"), script);

    Run run = ShellProcess.script(Path.of("calls.jsh"), dir);

    assertThat(run.exitCode()).as("%s\n%s", String.join("\n", script), run).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .containsPattern("(?m)^Coût net \\(dépenses − recettes\\) +0,00 +116\\.600,00 +190\\.250,00")
        .containsPattern("(?m)^OS1 ");
    assertThat(dir.resolve("mon-pst.json")).hasSameTextualContentAs(plan);
    assertThat(dir.resolve("mon-pst-ecomptes.xml")).content().contains("<Action");
  }
}
