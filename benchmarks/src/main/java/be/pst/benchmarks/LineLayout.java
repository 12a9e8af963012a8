package be.pst.benchmarks;

import be.pst.benchmarks.data.Region;
import be.pst.budget.BudgetTable;
import be.pst.budget.Budgets;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.BudgetedPlan;
import be.pst.core.funding.FundingSource;
import be.pst.io.json.PstJson;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An experiment on how the memory layout of loaded budget lines drives consolidation (disposition
 * des lignes en mémoire): loads the region, then times {@code Budgets.consolidate} of it as {@code
 * PstJson.read} left it, after rebuilding its lines with canonical element codes (one {@code
 * String} per element instead of one per line; the other per-line objects are still allocated
 * between the lines, as a reader does), and after rebuilding them back to back. Run it with
 * {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar be.pst.benchmarks.LineLayout}.
 */
public final class LineLayout {

  private static final long MEASURE_NANOS = 8_000_000_000L;

  private LineLayout() {}

  /**
   * Runs the experiment and prints one line per layout.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<BudgetedPlan> region = new ArrayList<>(Region.load());
    BudgetTable expected = Budgets.consolidate(region.toArray(new BudgetedPlan[0]));
    report("as loaded by PstJson.read", region, expected, memory);
    rebuild(region, true);
    report("canonical element codes", region, expected, memory);
    rebuild(region, false);
    report("canonical codes, lines back to back", region, expected, memory);
  }

  /**
   * Rebuilds every plan's lines with canonical element codes.
   *
   * @param region the plans, replaced in place
   * @param interleaved whether to allocate each line's own label, article and funding objects
   *     between the lines (as a reader does) rather than sharing the existing ones
   */
  private static void rebuild(List<BudgetedPlan> region, boolean interleaved) {
    for (int p = 0; p < region.size(); p++) {
      BudgetedPlan plan = region.get(p);
      Map<String, String> codes = new HashMap<>();
      List<BudgetLine> lines = new ArrayList<>(plan.lines().size());
      for (BudgetLine line : plan.lines()) {
        BudgetLine.Builder copy = BudgetLine.builder()
            .exercice(line.exercice())
            .group(line.group())
            .amount(be.pst.budget.money.EuroAmount.ofCents(line.amount().cents()))
            .estimate(line.estimate());
        line.elementCode().ifPresent(code -> copy.elementCode(codes.computeIfAbsent(code, c -> c)));
        if (interleaved) {
          line.article().ifPresent(a -> copy.article(BudgetArticle.parse(a.toString())));
          line.funding().ifPresent(f -> copy.funding(f.programme()
              .map(programme -> FundingSource.of(f.funder(), programme))
              .orElseGet(() -> FundingSource.of(f.funder()))));
          line.label().ifPresent(l -> copy.label(new String(l.toCharArray())));
        } else {
          line.article().ifPresent(copy::article);
          line.funding().ifPresent(copy::funding);
          line.label().ifPresent(copy::label);
        }
        lines.add(copy.build());
      }
      region.set(p, plan.withLines(lines));
    }
  }

  private static void report(String layout, List<BudgetedPlan> region, BudgetTable expected,
      MemoryMXBean memory) {
    memory.gc();
    long used = memory.getHeapMemoryUsage().getUsed();
    BudgetedPlan[] plans = region.toArray(new BudgetedPlan[0]);
    long best = Long.MAX_VALUE;
    long total = 0;
    int runs = 0;
    long end = System.nanoTime() + MEASURE_NANOS;
    while (System.nanoTime() < end) {
      long start = System.nanoTime();
      BudgetTable table = Budgets.consolidate(plans);
      long nanos = System.nanoTime() - start;
      if (!table.equals(expected)) {
        throw new IllegalStateException("the " + layout + " layout changed the table");
      }
      best = Math.min(best, nanos);
      total += nanos;
      runs++;
    }
    System.out.printf(Locale.ROOT, "%-38s used heap %4d MiB, consolidate mean %6.1f ms, best %6.1f ms"
        + " (%d runs)%n", layout, used >> 20, total / 1e6 / runs, best / 1e6, runs);
  }
}
