package be.pst.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.pst.budget.BudgetedPlan;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Every example plan's evaluation report and published plan, rendered by headless Chromium
 * (Debian's {@code chromium} package): a screenshot is produced, the page logs no console error,
 * and the SVG charts are present in the page Chromium built. Skipped when {@code chromium} is not
 * installed ({@code apt-get install chromium}). Screenshots land in {@code
 * pst-report/target/reports/}.
 */
class ReportRenderingTest {

  private static String chromium;

  @BeforeAll
  static void findChromium() {
    chromium = Stream.of("chromium", "chromium-browser", "google-chrome")
        .flatMap(name -> Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable).map(Path::toString).findFirst().orElse(null);
  }

  static List<String> examples() {
    return Examples.names();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theEvaluationReportRendersWithChartsAndNoConsoleError(String name) throws Exception {
    BudgetedPlan plan = name.startsWith("ottignies") ? Examples.ottigniesWithInventedAccounts()
        : Examples.read(name);
    String html = EvaluationReport.of(plan, LocalDate.of(2021, 12, 31)).toHtml();
    render(name + "-evaluation", html);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void thePublishedPlanRendersWithChartsAndNoConsoleError(String name) throws Exception {
    render(name + "-published-plan", PublishedPlan.of(Examples.read(name)).toHtml());
  }

  private static void render(String name, String html) throws Exception {
    Document xml = Examples.parse(html);
    assertThat(xml.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
        .as("SVG charts in %s", name).isPositive();
    assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium): the"
        + " documents were checked as XML only, not rendered");
    Path dir = Files.createDirectories(Examples.OUTPUT.toAbsolutePath());
    Path page = dir.resolve(name + ".html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path png = dir.resolve(name + ".png");
    Files.deleteIfExists(png);

    Run shot = chromium(dir, "--screenshot=" + png, "--window-size=1200,1600",
        page.toUri().toString());
    assertThat(png).as("screenshot of %s\n%s", name, shot).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
    assertThat(consoleErrors(shot.log())).as("console of %s", name).isEmpty();

    Run dom = chromium(dir, "--dump-dom", page.toUri().toString());
    assertThat(dom.out()).as("DOM of %s", name).contains("<svg").contains("</svg>")
        .doesNotContain("This page contains the following errors");
    assertThat(consoleErrors(dom.log())).as("console of %s", name).isEmpty();
  }

  /**
   * The lines of Chromium's log that report a console message or an uncaught error of the page:
   * {@code INFO:CONSOLE:1] "…", source: file:///…} (older versions print {@code CONSOLE(1)}).
   */
  static List<String> consoleErrors(String log) {
    return log.lines().filter(l -> l.matches(".*CONSOLE[:(].*") || l.contains("Uncaught"))
        .collect(Collectors.toList());
  }

  @Test
  void theConsoleCheckCatchesAPageThatLogsAnError() throws Exception {
    assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium)");
    Path dir = Files.createDirectories(Examples.OUTPUT.toAbsolutePath());
    Path page = dir.resolve("console-error.html");
    Files.writeString(page, "<!DOCTYPE html><html><head><title>t</title></head><body><p>t</p>"
        + "<script>console.error('boom'); missing();</script></body></html>");

    Run run = chromium(dir, "--dump-dom", page.toUri().toString());

    assertThat(consoleErrors(run.log())).anySatisfy(l -> assertThat(l).contains("boom"))
        .anySatisfy(l -> assertThat(l).contains("Uncaught ReferenceError"));
  }

  private record Run(int exit, String out, String log) {
    @Override
    public String toString() {
      return "exit " + exit + "\n" + log;
    }
  }

  private static Run chromium(Path dir, String... arguments) throws IOException,
      InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox",
        "--disable-gpu", "--no-first-run", "--disable-extensions", "--enable-logging=stderr",
        "--v=0", "--user-data-dir=" + dir.resolve("chromium-profile")));
    command.addAll(List.of(arguments));
    Path out = Files.createTempFile(dir, "chromium", ".out");
    Path err = Files.createTempFile(dir, "chromium", ".err");
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("chromium did not finish in 120 s: " + command);
      }
      return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
