package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.examples.ShellProcess.Run;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The interactive shell, {@code shell/PstShell.java}: JShell's tool with pst's startup and its
 * {@code pst} feedback mode, typed into from a file. One session, several checks.
 */
class InteractiveShellTest {

  private static final String PROMPT = "jshell> ";

  private static Run session;

  @BeforeAll
  static void typeIntoTheShell() throws Exception {
    session = ShellProcess.interactive(List.of(
        "Budgets.consolidate(open(\"examples/ottignies-2019-2024/pst.json\"))",
        "eur(\"287.500,00\")",
        "eur(\"-984.700,00 €\")",
        "eur(\"287.500\")",
        "\"ab\".repeat(1000)",
        "/exit"), List.of());
  }

  /**
   * What the shell printed after the {@code n}-th prompt, up to the next one, without the
   * backspace that JShell's line editor writes after a prompt and the blank line before the next.
   */
  private static String answer(int n) {
    String[] answers = session.out().split(PROMPT, -1);
    assertThat(answers).as("%s", session).hasSizeGreaterThan(n);
    return answers[n].replace("\b", "").strip();
  }

  @Test
  void theSessionEndsNormally() {
    assertThat(session.exitCode()).as("%s", session).isZero();
    assertThat(session.err()).as("%s", session).isEmpty();
  }

  @Test
  void theBannerNamesHelpBeforeJShellsOwnWelcome() {
    assertThat(session.out()).as("%s", session).startsWith(
        "pst — Programme Stratégique Transversal."
            + " Tapez help() pour l'aide / type help() for help.\n|  Welcome to JShell");
  }

  @Test
  void aBareExpressionPrintsTheWholeAnnexTable() {
    String table = answer(1);

    assertThat(table)
        .startsWith("$1 ==> Total par groupe économique\n")
        .doesNotContain(" ... ")
        .containsPattern("(?m)^91 Investissements +0,00 +287\\.500,00 +96\\.000,00 +22\\.000,00"
            + " +42\\.000,00 +22\\.000,00$")
        .containsPattern("(?m)^70 Personnel +0,00 +279\\.500,00 +390\\.500,00 +431\\.000,00"
            + " +551\\.500,00 +592\\.000,00$")
        .containsPattern("(?m)^61 Transferts +0,00 +177\\.000,00 +213\\.400,00 +249\\.800,00"
            + " +362\\.200,00 +398\\.600,00$")
        .containsPattern("(?m)^Coût net \\(dépenses − recettes\\) +0,00 +116\\.600,00 +190\\.250,00 +207\\.850,00"
            + " +237\\.700,00 +232\\.300,00$")
        .contains("Coût total 2019-2024 (dépenses − recettes)  984.700,00");
  }

  @Test
  void eurReadsAmountsAsTheShellPrintsThem() {
    assertThat(answer(2)).isEqualTo("$2 ==> 287.500,00 €");
    assertThat(answer(3)).isEqualTo("$3 ==> -984.700,00 €");
  }

  @Test
  void anAmbiguousAmountIsAOneLineErrorWithoutStackTrace() {
    assertThat(answer(4)).isEqualTo("|  Exception java.lang.IllegalArgumentException:"
        + " eur(\"287.500\") : ambigu (ambiguous): eur(\"287.500,00\") ou (or) eur(\"287.50\") ?");
  }

  @Test
  void longValuesAreNotTruncated() {
    assertThat(answer(5)).isEqualTo("$5 ==> \"" + "ab".repeat(1000) + "\"");
  }
}
