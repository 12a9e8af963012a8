package be.pst.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The ratio table of a run (tableau des rapports): reads JMH's JSON results, hyperfine's results
 * for the shell start-up, the output of {@link MemoryFootprint} and the description of the
 * machine from a results directory, prints each operation against its floor and the alternative a
 * user would pick, with the ratio, the target and whether it is met, and the growth per 10× size,
 * as Markdown, and writes it to {@code last-run.md} in that directory.
 *
 * <p>Arguments: the results directory (holding {@code jmh.json}, and optionally {@code
 * shell.json}, {@code memory.properties}, {@code machine.txt} and {@code analysis.md}, the
 * hand-written explanation of missed targets, appended as is), then optionally the command that
 * produced them.
 */
public final class Report {

  private static final String PACKAGE = "be.pst.benchmarks.";
  private static final double FLOOR_TARGET = 2.0;
  /** Growth per 10× size above which an operation is not called linear (10× plus 30 %). */
  private static final double LINEAR_TARGET = 13.0;

  private final Map<String, Score> scores = new LinkedHashMap<>();
  private final Map<String, String> settings = new LinkedHashMap<>();
  private final StringBuilder out = new StringBuilder();
  private final List<String> missedTargets = new ArrayList<>();
  private int metTargets;

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
   */
  public static void main(String[] args) throws IOException {
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
    Path shellFile = results.resolve("shell.json");
    JsonNode shell = Files.exists(shellFile) ? new ObjectMapper().readTree(shellFile.toFile())
        : null;
    String machine = read(results.resolve("machine.txt"), "(not recorded)\n");
    String analysis = read(results.resolve("analysis.md"), "");
    String table = report.render(command, machine, memory, shell, analysis);
    System.out.print(table);
    Files.writeString(results.resolve("last-run.md"), table, StandardCharsets.UTF_8);
  }

  private static String read(Path file, String otherwise) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : otherwise;
  }

  private void readJmh(Path file) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    JsonNode runs = new ObjectMapper().readTree(file.toFile());
    for (JsonNode run : runs) {
      String name = run.path("benchmark").asText().replace(PACKAGE, "");
      settings.put(name.substring(0, name.indexOf('.')), String.format(Locale.ROOT,
          "JMH: %d fork(s)%s, %d warmup × %s, %d measurement × %s per benchmark and size.",
          run.path("forks").asInt(), heap(run.path("jvmArgs")),
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

  private static String heap(JsonNode args) {
    List<String> shown = new ArrayList<>();
    for (JsonNode arg : args) {
      if (arg.asText().startsWith("-Xm")) {
        shown.add(arg.asText());
      }
    }
    return shown.isEmpty() ? "" : " with `" + String.join(" ", shown) + "`";
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

  private String render(String command, String machine, Properties memory, JsonNode shell,
      String analysis) {
    line("# Benchmarks: last run");
    line("");
    line("Command (from the repository root): `" + command + "`. Every operation is measured"
        + " side by side with its floor (the least any code reading the same data must do) and"
        + " the alternative a user would pick, in the same run, on the same data. Mode: JMH"
        + " average time, one fork; `±` is JMH's 99.9 % confidence half-interval; allocation is"
        + " `gc.alloc.rate.norm` of `-prof gc`. Ratios are ours ÷ theirs in time (below 1: we"
        + " are faster). Growth is the time at one size ÷ the time at the size 10× smaller"
        + " (linear = 10×; target ≤ " + times(LINEAR_TARGET) + "). Absolute times vary up to"
        + " 2.2× with heap layout and with the load of the machine (see its load average"
        + " below); ratios of the same run are what to quote.");
    line("");
    StringBuilder body = new StringBuilder();
    StringBuilder saved = new StringBuilder(out);
    out.setLength(0);
    json();
    regionLoad();
    consolidation();
    lines();
    rollUps();
    validation();
    labels();
    ecomptes();
    shell(shell);
    memory(memory);
    body.append(out);
    out.setLength(0);
    out.append(saved);
    line("**Targets: " + metTargets + " met, " + missedTargets.size() + " missed.**"
        + (missedTargets.isEmpty() ? "" : " Missed:"));
    for (String missed : missedTargets) {
      line("- " + missed);
    }
    line("");
    out.append(body);
    line("## Machine");
    line("");
    line("```");
    out.append(machine.endsWith("\n") ? machine : machine + "\n");
    line("```");
    if (!analysis.isBlank()) {
      line("");
      out.append(analysis.endsWith("\n") ? analysis : analysis + "\n");
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------- sections

  private void json() {
    String[] sizes = {"100", "1000", "10000"};
    line("## JSON: a plan of N actions (`PstJson.read` and `write`)");
    line("");
    line("48 budget lines per action; the document as `PstJson` writes it. Data binding: Jackson"
        + " `ObjectMapper.readValue`/`writeValue` of records of the same shape"
        + " (`baseline/PlanRecords`); floors: `JsonParser.nextToken()` + `getText()` on every"
        + " value and name, and bare `nextToken()`. 10^5 actions (1.2 GB) is beyond the reader's"
        + " 256 MiB bound.");
    line("");
    settings("JsonBenchmark");
    line("| actions | `PstJson.read` | data binding | `nextToken`+`getText` | `nextToken` "
        + "| read ÷ binding (target ≤ 1) | read ÷ token+text floor (target ≤ 1.5×) "
        + "| read ÷ `nextToken` | pst allocation | `PstJson.write` | binding write "
        + "| write ÷ binding (target ≤ 1) |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String n : sizes) {
      Optional<Score> read = score("JsonBenchmark.pstRead:" + n);
      Optional<Score> bind = score("JsonBenchmark.bindRead:" + n);
      Optional<Score> text = score("JsonBenchmark.tokenTextFloor:" + n);
      Optional<Score> token = score("JsonBenchmark.tokenFloor:" + n);
      Optional<Score> write = score("JsonBenchmark.pstWrite:" + n);
      Optional<Score> bindWrite = score("JsonBenchmark.bindWrite:" + n);
      line("| " + count(n) + " | " + time(read) + " | " + time(bind) + " | " + time(text)
          + " | " + time(token) + " | "
          + atMost(ratio(read, bind), 1.0, "JSON read ÷ data binding at " + count(n)) + " | "
          + atMost(ratio(read, text), 1.5, "JSON read ÷ token+text floor at " + count(n))
          + " | " + ratio(read, token).map(Report::times).orElse("n/a") + " | " + bytes(read)
          + " | " + time(write) + " | " + time(bindWrite) + " | "
          + atMost(ratio(write, bindWrite), 1.0, "JSON write ÷ data binding at " + count(n))
          + " |");
    }
    line("");
    growth("JsonBenchmark", sizes, "pstRead", "bindRead", "tokenTextFloor", "pstWrite",
        "bindWrite");
  }

  private void regionLoad() {
    String[] sizes = {"10", "100", "500"};
    line("## Loading a region from disk (`PstJson.readAll`)");
    line("");
    line("N plan files of 100 actions (4800 lines, about 1.2 MB each), warm in the page cache;"
        + " 10, 100 and 500 files are 10^3, 10^4 and 5 × 10^4 actions. Floors: `nextToken()` +"
        + " `getText()` over the same files, one after the other and on a hand-written pool of"
        + " as many threads as processors.");
    line("");
    settings("RegionLoadBenchmark");
    line("| files | `PstJson.read` loop | `PstJson.readAll` | floor, sequential | floor, parallel "
        + "| loop ÷ sequential floor (target ≤ 2×) | readAll ÷ parallel floor (target ≤ 1.2×) "
        + "| readAll speed-up over the loop |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String n : sizes) {
      Optional<Score> seq = score("RegionLoadBenchmark.sequential:" + n);
      Optional<Score> all = score("RegionLoadBenchmark.readAll:" + n);
      Optional<Score> floorSeq = score("RegionLoadBenchmark.tokenFloorSequential:" + n);
      Optional<Score> floorPar = score("RegionLoadBenchmark.tokenFloorParallel:" + n);
      line("| " + count(n) + " | " + time(seq) + " | " + time(all) + " | " + time(floorSeq)
          + " | " + time(floorPar) + " | "
          + atMost(ratio(seq, floorSeq), FLOOR_TARGET, "region load, sequential ÷ floor at "
              + count(n) + " files") + " | "
          + atMost(ratio(all, floorPar), 1.2, "region readAll ÷ parallel floor at " + count(n)
              + " files") + " | " + ratio(seq, all).map(Report::times).orElse("n/a") + " |");
    }
    line("");
    line("Growth from 10 to 100 files (linear = 10×): " + grow("RegionLoadBenchmark",
        "10", "100", "sequential", "readAll", "tokenFloorSequential", "tokenFloorParallel")
        + "; from 100 to 500 files (linear = 5×): " + grow("RegionLoadBenchmark", "100", "500",
        "sequential", "readAll", "tokenFloorSequential", "tokenFloorParallel") + ".");
    line("");
  }

  private void consolidation() {
    String[] sizes = {"1", "10", "100", "1000"};
    line("## Consolidating a region (`Budgets.consolidate(BudgetedPlan...)`)");
    line("");
    line("N plans of 100 actions and 4800 lines (10^2 to 10^5 actions, 4800 to 4.8 million"
        + " lines). *First after load*: plans as `PstJson.read` leaves them (their columns built,"
        + " no table yet). *First after edit*: the region after `postpone` of one action of one"
        + " plan (the edited plan consolidated again, the others' tables kept). *Warm*: the same"
        + " call again. Floor: a `long`-cents `+=` loop over the same lines as flat column"
        + " arrays (exercice `int[]`, group and figure `byte[]`, cents `long[]`), the layout"
        + " `BudgetedPlan` keeps; no overflow check.");
    line("");
    settings("RegionConsolidationBenchmark");
    line("| plans | lines | columnar floor | first after load | first after edit | warm "
        + "| first after load ÷ floor (target ≤ 1.3×) | first after edit ÷ warm (target ≤ 2×) "
        + "| warm ÷ floor |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String n : sizes) {
      Optional<Score> floor = score("RegionConsolidationBenchmark.columnarFloor:" + n);
      Optional<Score> load = score("RegionConsolidationBenchmark.firstAfterLoad:" + n);
      Optional<Score> edit = score("RegionConsolidationBenchmark.firstAfterEdit:" + n);
      Optional<Score> warm = score("RegionConsolidationBenchmark.warm:" + n);
      line("| " + count(n) + " | " + count(String.valueOf(Long.parseLong(n) * 4800)) + " | "
          + time(floor) + " | " + time(load) + " | " + time(edit) + " | " + time(warm) + " | "
          + atMost(ratio(load, floor), 1.3, "consolidation from columns ÷ floor at " + count(n)
              + " plans") + " | "
          + atMost(ratio(edit, warm), FLOOR_TARGET, "first consolidation after an edit ÷ warm at "
              + count(n) + " plans") + " | "
          + ratio(warm, floor).map(Report::times).orElse("n/a") + " |");
    }
    line("");
    growth("RegionConsolidationBenchmark", sizes, "columnarFloor", "firstAfterLoad",
        "firstAfterEdit", "warm");
  }

  private void lines() {
    line("## Consolidating N budget lines (`Budgets.consolidate(Iterable<BudgetLine>)`)");
    line("");
    line("Lines an ERP holds (not a `BudgetedPlan`): no columns to reuse. Floor: `long`-cents"
        + " `+=` over the same line objects; alternatives: one Moneta `Money` or `BigDecimal`"
        + " per line, summed.");
    line("");
    settings("ConsolidationBenchmark");
    line("| lines | `Budgets.consolidate` | long-cents floor | Moneta `Money.add` fold "
        + "| `BigDecimal.add` fold | pst ÷ floor (target ≤ 2×) | pst ÷ Moneta |");
    line("|---:|---:|---:|---:|---:|---:|---:|");
    for (String n : new String[] {"10000", "1000000"}) {
      Optional<Score> pst = score("ConsolidationBenchmark.pst:" + n);
      Optional<Score> floor = score("ConsolidationBenchmark.longCentsFloor:" + n);
      Optional<Score> moneta = score("ConsolidationBenchmark.monetaFold:" + n);
      Optional<Score> decimal = score("ConsolidationBenchmark.bigDecimalFold:" + n);
      line("| " + count(n) + " | " + time(pst) + " | " + time(floor) + " | " + time(moneta)
          + " | " + time(decimal) + " | "
          + atMost(ratio(pst, floor), FLOOR_TARGET, "consolidation of " + count(n)
              + " lines ÷ floor") + " | "
          + ratio(pst, moneta).map(Report::times).orElse("n/a") + " |");
    }
    line("");
    line("Growth from 10^4 to 10^6 lines (linear = 100×): "
        + grow("ConsolidationBenchmark", "10000", "1000000", "pst", "longCentsFloor") + ".");
    line("");
  }

  private void rollUps() {
    String[] sizes = {"100", "1000", "10000"};
    line("## Roll-ups (`Budgets.byStrategicObjective`, `byOperationalObjective`)");
    line("");
    line("A plan of N actions (48 lines each), rolled up again and again: its element index is"
        + " built once and kept. Floor: a hand-written map from element code to objective, built"
        + " at each call, and one `long +=` per line (`baseline/RollUpFloor`).");
    line("");
    settings("RollUpBenchmark");
    line("| actions | by OS | floor | by OS ÷ floor (target ≤ 2×) | by OO | floor "
        + "| by OO ÷ floor (target ≤ 2×) | by OS per action |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String n : sizes) {
      Optional<Score> os = score("RollUpBenchmark.pstByStrategicObjective:" + n);
      Optional<Score> osFloor = score("RollUpBenchmark.floorByStrategicObjective:" + n);
      Optional<Score> oo = score("RollUpBenchmark.pstByOperationalObjective:" + n);
      Optional<Score> ooFloor = score("RollUpBenchmark.floorByOperationalObjective:" + n);
      line("| " + count(n) + " | " + time(os) + " | " + time(osFloor) + " | "
          + atMost(ratio(os, osFloor), FLOOR_TARGET, "roll-up by OS ÷ floor at " + count(n))
          + " | " + time(oo) + " | " + time(ooFloor) + " | "
          + atMost(ratio(oo, ooFloor), FLOOR_TARGET, "roll-up by OO ÷ floor at " + count(n))
          + " | " + perAction(os, n) + " |");
    }
    line("");
    growth("RollUpBenchmark", sizes, "pstByStrategicObjective", "floorByStrategicObjective",
        "pstByOperationalObjective", "floorByOperationalObjective");
  }

  private void validation() {
    String[] sizes = {"100", "1000", "10000"};
    line("## Validation (`BudgetedPlan.validate()`)");
    line("");
    line("A plan of N actions with its budget, every rule. Floor: one pass over the elements and"
        + " one over the lines reading the fields the rules read and counting failures, no"
        + " message, path or sorting (`baseline/ValidationFloor`).");
    line("");
    settings("ValidationBenchmark");
    line("| actions | `validate()` | floor | ÷ floor (target ≤ 2×) | per action | floor per action |");
    line("|---:|---:|---:|---:|---:|---:|");
    for (String n : sizes) {
      Optional<Score> pst = score("ValidationBenchmark.pst:" + n);
      Optional<Score> floor = score("ValidationBenchmark.floor:" + n);
      line("| " + count(n) + " | " + time(pst) + " | " + time(floor) + " | "
          + atMost(ratio(pst, floor), FLOOR_TARGET, "validation ÷ floor at " + count(n)) + " | "
          + perAction(pst, n) + " | " + perAction(floor, n) + " |");
    }
    line("");
    growth("ValidationBenchmark", sizes, "pst", "floor");
  }

  private void labels() {
    line("## `Labels.normalize`");
    line("");
    line("Run by validation for every service of every action. *Before*: its former definition"
        + " (Unicode normalisation and four regular expressions compiled at each call); floor:"
        + " `toLowerCase` alone.");
    line("");
    settings("LabelsBenchmark");
    line("| label | `Labels.normalize` | before | `toLowerCase` | before ÷ now | now ÷ floor |");
    line("|---|---:|---:|---:|---:|---:|");
    for (String label : new String[] {"Service des travaux", "Service des Aînés"}) {
      Optional<Score> pst = score("LabelsBenchmark.pst:" + label);
      Optional<Score> before = score("LabelsBenchmark.before:" + label);
      Optional<Score> floor = score("LabelsBenchmark.floor:" + label);
      line("| " + label + " | " + time(pst) + " | " + time(before) + " | " + time(floor) + " | "
          + ratio(before, pst).map(Report::times).orElse("n/a") + " | "
          + ratio(pst, floor).map(Report::times).orElse("n/a") + " |");
    }
    line("");
  }

  private void ecomptes() {
    String[] sizes = {"100", "1000", "10000", "100000"};
    line("## eComptes XML (`EcomptesBenchmark`)");
    line("");
    line("A document of N actions (ten per OO, ten OO per OS, two articles and projections per"
        + " action). Floors: a StAX pass over the same bytes that reads every name, attribute and"
        + " text; a StAX writer writing the same events, buffered as our writer buffers.");
    line("");
    settings("EcomptesBenchmark");
    line("| actions | `EcomptesXml.parse` | StAX read | read ÷ floor (target ≤ 2×) "
        + "| `EcomptesXml.write` | StAX write | write ÷ floor (target ≤ 2×) |");
    line("|---:|---:|---:|---:|---:|---:|---:|");
    for (String n : sizes) {
      Optional<Score> read = score("EcomptesBenchmark.ecomptesRead:" + n);
      Optional<Score> readFloor = score("EcomptesBenchmark.staxRead:" + n);
      Optional<Score> write = score("EcomptesBenchmark.ecomptesWrite:" + n);
      Optional<Score> writeFloor = score("EcomptesBenchmark.staxWrite:" + n);
      line("| " + count(n) + " | " + time(read) + " | " + time(readFloor) + " | "
          + atMost(ratio(read, readFloor), FLOOR_TARGET, "eComptes read ÷ StAX at " + count(n))
          + " | " + time(write) + " | " + time(writeFloor) + " | "
          + atMost(ratio(write, writeFloor), FLOOR_TARGET,
              "eComptes write ÷ StAX at " + count(n)) + " |");
    }
    line("");
    Optional<Score> largest = score("EcomptesBenchmark.ecomptesRead:100000");
    if (largest.isPresent()) {
      line("A 100,000-action file read in " + time(largest) + " (target < 2 s)"
          + mark(largest.get().millis < 2_000, "100,000-action eComptes file read in under 2 s")
          + ".");
      line("");
    }
    growth("EcomptesBenchmark", sizes, "ecomptesRead", "staxRead", "ecomptesWrite", "staxWrite");
  }

  private void shell(JsonNode shell) {
    line("## `./pst-shell` start-up");
    line("");
    if (shell == null) {
      line("Not measured in this run (hyperfine not installed).");
      line("");
      return;
    }
    line("A one-line script (`System.out.println(\"ok\");` then `/exit`) run by `./pst-shell`"
        + " and by bare `jshell`, the floor (`hyperfine -N`, see `benchmarks/run`); wall time"
        + " median, and CPU time (user + system, mean), which the load of the machine disturbs"
        + " least.");
    line("");
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (JsonNode result : shell.path("results")) {
      byName.put(result.path("command").asText(), result);
    }
    JsonNode bare = byName.get("jshell");
    JsonNode ours = byName.get("pst-shell");
    if (bare == null || ours == null) {
      line("hyperfine's results lack the `jshell` or `pst-shell` command.");
      line("");
      return;
    }
    line("| command | runs | wall median | wall mean ± σ | CPU mean |");
    line("|---|---:|---:|---:|---:|");
    for (JsonNode result : new JsonNode[] {bare, ours}) {
      line(String.format(Locale.ROOT, "| `%s` | %d | %.2f s | %.2f s ± %.2f | %.2f s |",
          result.path("command").asText(), result.path("times").size(),
          result.path("median").asDouble(), result.path("mean").asDouble(),
          result.path("stddev").asDouble(),
          result.path("user").asDouble() + result.path("system").asDouble()));
    }
    line("");
    double wall = ours.path("median").asDouble() / bare.path("median").asDouble();
    double cpu = (ours.path("user").asDouble() + ours.path("system").asDouble())
        / (bare.path("user").asDouble() + bare.path("system").asDouble());
    line("`pst-shell` ÷ bare `jshell`: wall " + atMost(Optional.of(wall), 1.3,
        "pst-shell start-up ÷ bare jshell (wall)") + " (target ≤ 1.3×), CPU " + times(cpu) + ".");
    line("");
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
    line("| plans | lines | retained heap (target < 1 GiB) | per line | peak heap | load from JSON "
        + "| first consolidation | then (median of 10) |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|");
    line("| " + memory.getProperty("plans") + " | " + count(memory.getProperty("lines")) + " | "
        + mebibytes(retained) + mark(retained < (1L << 30), "region retained heap < 1 GiB")
        + " | " + memory.getProperty("retainedBytesPerLine") + " B | "
        + mebibytes(Long.parseLong(memory.getProperty("peakHeapBytes"))) + " | "
        + memory.getProperty("loadMillis") + " ms | "
        + memory.getProperty("consolidateColdMillis", "n/a") + " ms | "
        + memory.getProperty("consolidateWarmMedianMillis", "n/a") + " ms |");
    line("");
  }

  // ----------------------------------------------------------------------------------- helpers

  private void settings(String benchmark) {
    if (settings.containsKey(benchmark)) {
      line(settings.get(benchmark));
      line("");
    }
  }

  private void growth(String benchmark, String[] sizes, String... methods) {
    StringBuilder text = new StringBuilder("Growth per 10× size (linear = 10×): ");
    for (int i = 0; i < methods.length; i++) {
      text.append(i == 0 ? "" : "; ").append('`').append(methods[i]).append("` ");
      for (int s = 1; s < sizes.length; s++) {
        Optional<Double> g = ratio(score(benchmark + "." + methods[i] + ":" + sizes[s]),
            score(benchmark + "." + methods[i] + ":" + sizes[s - 1]));
        text.append(s == 1 ? "" : ", ");
        if (s == sizes.length - 1 && i == 0) {
          text.append(atMost(g, LINEAR_TARGET, benchmark + "." + methods[i]
              + " linear, growth from " + count(sizes[s - 1]) + " to " + count(sizes[s])));
        } else {
          text.append(g.map(Report::times).orElse("n/a"));
        }
      }
    }
    line(text.append('.').toString());
    line("");
  }

  private String grow(String benchmark, String from, String to, String... methods) {
    StringBuilder text = new StringBuilder();
    for (String method : methods) {
      text.append(text.length() == 0 ? "" : ", ").append('`').append(method).append("` ")
          .append(ratio(score(benchmark + "." + method + ":" + to),
              score(benchmark + "." + method + ":" + from)).map(Report::times).orElse("n/a"));
    }
    return text.toString();
  }

  private String atMost(Optional<Double> ratio, double target, String what) {
    return ratio.map(r -> times(r) + mark(r <= target, what + ": " + times(r) + ", target ≤ "
        + times(target))).orElse("n/a");
  }

  private String mark(boolean met, String what) {
    if (met) {
      metTargets++;
      return " (met)";
    }
    missedTargets.add(what);
    return " (**MISSED**)";
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

  private static String count(String number) {
    return String.format(Locale.ROOT, "%,d", Long.parseLong(number));
  }

  private static String perAction(Optional<Score> score, String actions) {
    return score.map(s -> millis(s.millis / Long.parseLong(actions))).orElse("n/a");
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
    if (millis >= 1e-3) {
      return String.format(Locale.ROOT, "%.1f µs", millis * 1000);
    }
    return String.format(Locale.ROOT, "%.0f ns", millis * 1e6);
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
