package be.pst.benchmarks;

import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The ratio table of a run (tableau des rapports): reads JMH's JSON results, the output of {@link
 * MemoryFootprint} and the description of the machine from a results directory, prints the
 * comparison of our code with its baselines, target by target, as Markdown, and writes it to
 * {@code last-run.md} in that directory.
 *
 * <p>Arguments: the results directory (holding {@code jmh.json}, {@code memory.properties} and
 * {@code machine.txt}, and optionally {@code analysis.md}, the hand-written explanation of missed
 * targets, appended as is), then optionally the command that produced them.
 */
public final class Report {

  private static final String PACKAGE = "be.pst.benchmarks.";
  private static final double CONSOLIDATION_FLOOR_TARGET = 3.0;
  private static final double MONETA_TARGET = 10.0;
  private static final double JSON_TARGET = 0.5;
  private static final double REGION_MILLIS_TARGET = 1000.0;
  private static final long HEAP_TARGET = 1L << 30;

  private final Map<String, Score> scores = new HashMap<>();
  private final Map<String, String> settings = new HashMap<>();
  private final StringBuilder out = new StringBuilder();
  private int missed;

  private Report() {}

  /** One JMH result: average time in milliseconds per operation, and allocation per operation. */
  private static final class Score {
    final double millis;
    final double error;
    final double bytesPerOp;

    Score(double millis, double error, double bytesPerOp) {
      this.millis = millis;
      this.error = error;
      this.bytesPerOp = bytesPerOp;
    }
  }

  /**
   * Prints and writes the table.
   *
   * @param args the results directory, then optionally the command of the run
   * @throws IOException if a result file cannot be read or the table cannot be written
   * @throws PstFormatException if the JSON benchmark's document cannot be rebuilt
   */
  public static void main(String[] args) throws IOException, PstFormatException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: Report <results directory> [command]");
    }
    Path results = Path.of(args[0]);
    String command = args.length > 1 ? args[1] : "benchmarks/run";
    Report report = new Report();
    report.readJmh(results.resolve("jmh.json"));
    Properties memory = new Properties();
    Path memoryFile = results.resolve("memory.properties");
    if (Files.exists(memoryFile)) {
      memory.load(new StringReader(Files.readString(memoryFile, StandardCharsets.UTF_8)));
    }
    Path machineFile = results.resolve("machine.txt");
    String machine = Files.exists(machineFile)
        ? Files.readString(machineFile, StandardCharsets.UTF_8) : "(not recorded)\n";
    Path analysisFile = results.resolve("analysis.md");
    String analysis = Files.exists(analysisFile)
        ? Files.readString(analysisFile, StandardCharsets.UTF_8) : "";
    String table = report.render(command, machine, memory, analysis);
    System.out.print(table);
    Files.writeString(results.resolve("last-run.md"), table, StandardCharsets.UTF_8);
  }

  private void readJmh(Path file) throws IOException {
    JsonNode runs = new ObjectMapper().readTree(file.toFile());
    for (JsonNode run : runs) {
      String name = run.path("benchmark").asText().replace(PACKAGE, "");
      settings.put(name.substring(0, name.indexOf('.')), String.format(Locale.ROOT,
          "JMH: %d fork(s) with `%s`, %d warmup × %s, %d measurement × %s per benchmark.",
          run.path("forks").asInt(), String.join(" ", jvmArgs(run.path("jvmArgs"))),
          run.path("warmupIterations").asInt(), run.path("warmupTime").asText(),
          run.path("measurementIterations").asInt(), run.path("measurementTime").asText()));
      StringBuilder key = new StringBuilder(name);
      run.path("params").fields().forEachRemaining(
          param -> key.append(':').append(param.getValue().asText()));
      JsonNode primary = run.path("primaryMetric");
      double factor = toMillis(primary.path("scoreUnit").asText());
      double alloc = Double.NaN;
      var secondaries = run.path("secondaryMetrics").fields();
      while (secondaries.hasNext()) {
        var secondary = secondaries.next();
        if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
          alloc = secondary.getValue().path("score").asDouble();
        }
      }
      scores.put(key.toString(), new Score(primary.path("score").asDouble() * factor,
          primary.path("scoreError").asDouble() * factor, alloc));
    }
  }

  private static List<String> jvmArgs(JsonNode args) {
    List<String> shown = new ArrayList<>();
    for (JsonNode arg : args) {
      if (arg.asText().startsWith("-Xm")) {
        shown.add(arg.asText());
      }
    }
    return shown;
  }

  private void settings(String benchmark) {
    if (settings.containsKey(benchmark)) {
      line(settings.get(benchmark));
      line("");
    }
  }

  private static double toMillis(String unit) {
    switch (unit) {
      case "s/op":
        return 1000.0;
      case "ms/op":
        return 1.0;
      case "us/op":
        return 1e-3;
      case "ns/op":
        return 1e-6;
      default:
        throw new IllegalArgumentException(
            "unexpected JMH score unit " + unit + ": run the benchmarks in AverageTime mode");
    }
  }

  private Optional<Score> score(String key) {
    return Optional.ofNullable(scores.get(key));
  }

  private String render(String command, String machine, Properties memory, String analysis)
      throws IOException, PstFormatException {
    line("# Benchmarks: last run");
    line("");
    line("Command (from the repository root): `" + command + "`. Mode: JMH average time; every"
        + " implementation on the same data in the same run; `±` is JMH's 99.9 % confidence"
        + " half-interval; allocation is `gc.alloc.rate.norm` of `-prof gc`.");
    line("");
    consolidation();
    region(memory);
    json();
    memory(memory);
    line("## Machine");
    line("");
    line("```");
    out.append(machine.endsWith("\n") ? machine : machine + "\n");
    line("```");
    line("");
    line(missed == 0 ? "**All targets met.**"
        : "**" + missed + " target" + (missed > 1 ? "s" : "") + " missed** (see above).");
    if (!analysis.isBlank()) {
      line("");
      out.append(analysis.endsWith("\n") ? analysis : analysis + "\n");
    }
    return out.toString();
  }

  private void consolidation() {
    line("## Consolidation of N budget lines (`Budgets.consolidate(Iterable<BudgetLine>)`)");
    line("");
    settings("ConsolidationBenchmark");
    line("| N lines | Budgets.consolidate | long-cents floor | Moneta `Money.add` fold "
        + "| `BigDecimal.add` fold | pst ÷ floor (target ≤ 3×) "
        + "| Moneta ÷ pst (target ≥ 10×) | pst allocation |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String n : new String[] {"10000", "1000000"}) {
      Optional<Score> pst = score("ConsolidationBenchmark.pst:" + n);
      Optional<Score> floor = score("ConsolidationBenchmark.longCentsFloor:" + n);
      Optional<Score> moneta = score("ConsolidationBenchmark.monetaFold:" + n);
      Optional<Score> decimal = score("ConsolidationBenchmark.bigDecimalFold:" + n);
      line("| " + String.format(Locale.ROOT, "%,d", Long.parseLong(n)) + " | " + time(pst)
          + " | " + time(floor) + " | " + time(moneta) + " | " + time(decimal) + " | "
          + atMost(ratio(pst, floor), CONSOLIDATION_FLOOR_TARGET) + " | "
          + atLeast(ratio(moneta, pst), MONETA_TARGET) + " | " + bytes(pst) + " |");
    }
    line("");
    Optional<Double> growth = ratio(score("ConsolidationBenchmark.pst:1000000"),
        score("ConsolidationBenchmark.pst:10000"));
    Optional<Double> floorGrowth = ratio(score("ConsolidationBenchmark.longCentsFloor:1000000"),
        score("ConsolidationBenchmark.longCentsFloor:10000"));
    line("Growth from 10^4 to 10^6 lines (×100 lines; linear = 100×): Budgets.consolidate "
        + growth.map(Report::times).orElse("n/a") + ", floor "
        + floorGrowth.map(Report::times).orElse("n/a") + ".");
    line("");
  }

  private void region(Properties memory) {
    line("## Consolidation of a region: 500 plans × 100 actions × 6 exercices × 8 groups"
        + " (2.4 million lines, `Budgets.consolidate(BudgetedPlan...)`)");
    line("");
    settings("RegionConsolidationBenchmark");
    line("| Budgets.consolidate (target < 1 s) | long-cents floor | Moneta `Money.add` fold "
        + "| pst ÷ floor (target ≤ 3×) | Moneta ÷ pst (target ≥ 10×) | pst allocation |");
    line("|---:|---:|---:|---:|---:|---:|");
    Optional<Score> pst = score("RegionConsolidationBenchmark.pst");
    Optional<Score> floor = score("RegionConsolidationBenchmark.longCentsFloor");
    Optional<Score> moneta = score("RegionConsolidationBenchmark.monetaFold");
    String pstCell = time(pst);
    if (pst.isPresent()) {
      pstCell += pst.get().millis < REGION_MILLIS_TARGET ? " (met)" : miss(" (MISSED)");
    }
    line("| " + pstCell + " | " + time(floor) + " | " + time(moneta) + " | "
        + atMost(ratio(pst, floor), CONSOLIDATION_FLOOR_TARGET) + " | "
        + atLeast(ratio(moneta, pst), MONETA_TARGET) + " | " + bytes(pst) + " |");
    line("");
    if (memory.containsKey("consolidateColdMillis")) {
      line("Outside JMH (`MemoryFootprint`, `-Xmx1g`): first consolidation of the freshly loaded"
          + " region " + memory.getProperty("consolidateColdMillis") + " ms, then median "
          + memory.getProperty("consolidateWarmMedianMillis") + " ms over 10 runs.");
      line("");
    }
  }

  private void json() throws IOException, PstFormatException {
    double megabytes = JsonBenchmark.largeDocument().length / 1e6;
    line("## JSON: a plan of " + String.format(Locale.ROOT, "%.1f", megabytes)
        + " MB (600 actions, 28,800 budget lines)");
    line("");
    settings("JsonBenchmark");
    line("| Operation | PstJson | Jackson tree | PstJson MB/s | Jackson MB/s "
        + "| PstJson ÷ Jackson throughput (target ≥ 0.5) | PstJson allocation "
        + "| Jackson allocation |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|");
    jsonRow("read (`PstJson.read` vs `ObjectMapper.readTree`)", "JsonBenchmark.pstRead",
        "JsonBenchmark.jacksonReadTree", megabytes);
    jsonRow("write (`PstJson.write` vs `ObjectMapper.writeValue`)", "JsonBenchmark.pstWrite",
        "JsonBenchmark.jacksonWriteValue", megabytes);
    line("");
  }

  private void jsonRow(String label, String ours, String theirs, double megabytes) {
    Optional<Score> pst = score(ours);
    Optional<Score> jackson = score(theirs);
    line("| " + label + " | " + time(pst) + " | " + time(jackson) + " | "
        + throughput(pst, megabytes) + " | " + throughput(jackson, megabytes) + " | "
        + atLeast(ratio(jackson, pst), JSON_TARGET) + " | " + bytes(pst) + " | "
        + bytes(jackson) + " |");
  }

  private void memory(Properties memory) {
    line("## Memory: the 500-plan region once loaded (`MemoryFootprint`, `-Xmx1g`)");
    line("");
    if (!memory.containsKey("retainedBytes")) {
      line("Not measured in this run.");
      line("");
      return;
    }
    long retained = Long.parseLong(memory.getProperty("retainedBytes"));
    long max = Long.parseLong(memory.getProperty("maxHeapBytes"));
    line("| Plans | Lines | Retained heap (target < 1 GiB) | Per line | Peak heap (sum of pool peaks) | Max heap "
        + "| Load from JSON |");
    line("|---:|---:|---:|---:|---:|---:|---:|");
    line("| " + memory.getProperty("plans") + " | "
        + String.format(Locale.ROOT, "%,d", Long.parseLong(memory.getProperty("lines"))) + " | "
        + mebibytes(retained) + (retained < HEAP_TARGET ? " (met)" : miss(" (MISSED)")) + " | "
        + memory.getProperty("retainedBytesPerLine") + " B | "
        + mebibytes(Long.parseLong(memory.getProperty("peakHeapBytes"))) + " | "
        + mebibytes(max) + " | " + memory.getProperty("loadMillis") + " ms |");
    line("");
  }

  private String atMost(Optional<Double> ratio, double target) {
    return ratio.map(r -> times(r) + (r <= target ? " (met)" : miss(" (MISSED)")))
        .orElse("n/a");
  }

  private String atLeast(Optional<Double> ratio, double target) {
    return ratio.map(r -> times(r) + (r >= target ? " (met)" : miss(" (MISSED)")))
        .orElse("n/a");
  }

  private String miss(String text) {
    missed++;
    return text;
  }

  private static Optional<Double> ratio(Optional<Score> numerator, Optional<Score> denominator) {
    if (numerator.isEmpty() || denominator.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(numerator.get().millis / denominator.get().millis);
  }

  private static String times(double ratio) {
    return String.format(Locale.ROOT, ratio >= 10 ? "%.0f×" : "%.2f×", ratio);
  }

  private static String time(Optional<Score> score) {
    return score.map(s -> millis(s.millis) + (Double.isNaN(s.error) ? "" : " ± " + millis(s.error)))
        .orElse("not run");
  }

  private static String millis(double millis) {
    if (millis >= 100) {
      return String.format(Locale.ROOT, "%.0f ms", millis);
    }
    if (millis >= 1) {
      return String.format(Locale.ROOT, "%.2f ms", millis);
    }
    return String.format(Locale.ROOT, "%.1f µs", millis * 1000);
  }

  private static String throughput(Optional<Score> score, double megabytes) {
    return score.map(s -> String.format(Locale.ROOT, "%.0f", megabytes / (s.millis / 1000)))
        .orElse("n/a");
  }

  private static String bytes(Optional<Score> score) {
    if (score.isEmpty() || Double.isNaN(score.get().bytesPerOp)) {
      return "n/a";
    }
    double b = score.get().bytesPerOp;
    if (b >= 1 << 20) {
      return String.format(Locale.ROOT, "%.1f MiB/op", b / (1 << 20));
    }
    if (b >= 1 << 10) {
      return String.format(Locale.ROOT, "%.1f KiB/op", b / (1 << 10));
    }
    return String.format(Locale.ROOT, "%.0f B/op", b);
  }

  private static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / (double) (1 << 20));
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
