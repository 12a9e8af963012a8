package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The interactive shell in a real terminal, driven through tmux as a user would type: Tab Tab
 * shows pst's Javadoc, and a bare expression shows the whole annex table. Skipped when tmux is
 * not installed ({@code apt-get install tmux}). Each wait polls the screen for up to two minutes.
 */
class ShellTerminalTest {

  private static final long TIMEOUT_MILLIS = TimeUnit.MINUTES.toMillis(2);

  /**
   * A tmux server of this test's own, so as to leave the user's sessions alone, and not to meet
   * the server of the previous test while it exits.
   */
  private final String socket =
      "pst-shell-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

  private boolean started;

  private static Result exec(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish within a minute");
    }
    return new Result(process.exitValue(), output);
  }

  private record Result(int exitCode, String output) {}

  private static boolean tmuxIsInstalled() {
    try {
      return exec(List.of("tmux", "-V")).exitCode() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  private static List<String> sourcesJars() throws IOException {
    List<String> jars = new ArrayList<>();
    for (String module : List.of("pst-core", "pst-budget", "pst-io")) {
      try (Stream<Path> files = Files.list(ShellProcess.ROOT.resolve(module).resolve("target"))) {
        files.filter(f -> f.getFileName().toString().endsWith("-sources.jar"))
            .forEach(f -> jars.add(f.toString()));
      }
    }
    return jars;
  }

  private Result tmux(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(arguments));
    return exec(command);
  }

  private String screen() throws IOException, InterruptedException {
    return tmux("capture-pane", "-p", "-J", "-S", "-500", "-t", "pst").output();
  }

  /** Waits until the screen shows {@code text}, and returns the screen. */
  private String waitFor(String text) throws Exception {
    long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
    String screen = screen();
    while (!screen.contains(text) && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
      screen = screen();
    }
    assertThat(screen).as("the screen, waiting for: %s", text).contains(text);
    return screen;
  }

  @BeforeEach
  void openTheShellInATerminal() throws Exception {
    assumeThat(tmuxIsInstalled()).as("tmux, to drive a terminal").isTrue();
    List<String> sources = sourcesJars();
    assumeThat(sources)
        .as("the sources jars, built by 'mvn package' (run the tests with 'mvn verify')")
        .hasSize(3);
    List<String> arguments = new ArrayList<>(List.of("PstShell",
        "--startup", ShellProcess.ROOT.resolve("shell/startup.jsh").toString()));
    sources.forEach(jar -> arguments.addAll(List.of("--sources", jar)));
    String command = ShellProcess.java(
            List.of("--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED"), arguments)
        .stream().map(ShellTerminalTest::quoted).collect(Collectors.joining(" "));
    Result session = tmux("new-session", "-d", "-s", "pst", "-x", "160", "-y", "50",
        "-c", ShellProcess.ROOT.toString(), command);
    started = true;
    assertThat(session.exitCode()).as(session.output()).isZero();
    waitFor("jshell>");
  }

  @AfterEach
  void closeTheTerminal() throws Exception {
    if (started) {
      tmux("kill-server");
    }
  }

  @Test
  void tabTabShowsTheJavadocOfPst() throws Exception {
    tmux("send-keys", "-t", "pst", "Budgets.consolidate(", "Tab");
    waitFor("<press tab again to see documentation>");
    tmux("send-keys", "-t", "pst", "Tab");

    waitFor("Consolidates lines of one figure, whatever they belong to.");
  }

  @Test
  void aBareExpressionShowsTheWholeAnnexTable() throws Exception {
    tmux("send-keys", "-t", "pst",
        "Budgets.consolidate(open(\"examples/ottignies-2019-2024/pst.json\"))", "Enter");

    String screen = waitFor("Coût total 2019-2024 (dépenses − recettes)  984.700,00");
    assertThat(screen)
        .startsWith("pst — Programme Stratégique Transversal. Tapez help() pour l'aide")
        .containsPattern("(?m)^70 Personnel +0,00 +279\\.500,00 +390\\.500,00 +431\\.000,00"
            + " +551\\.500,00 +592\\.000,00$")
        .containsPattern("(?m)^Coût net \\(dépenses − recettes\\) +0,00 +116\\.600,00 +190\\.250,00 +207\\.850,00"
            + " +237\\.700,00 +232\\.300,00$")
        .doesNotContain(" ... ");
  }
}
