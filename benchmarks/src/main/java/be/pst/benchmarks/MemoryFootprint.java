package be.pst.benchmarks;

import be.pst.benchmarks.data.Region;
import be.pst.budget.BudgetTable;
import be.pst.budget.Budgets;
import be.pst.budget.BudgetedPlan;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures what a region costs in memory (empreinte mémoire): loads the 500 plans of {@link
 * Region} from their JSON documents, forces garbage collection and reads the used heap before and
 * after, then times cold and warm consolidations of the whole region. Run it with {@code -Xmx1g}:
 * that it completes proves that the region fits in 1 GiB of heap.
 *
 * <p>Prints {@code key=value} lines, and writes them to the file named by the first argument if
 * there is one.
 */
public final class MemoryFootprint {

  private static final int WARM_RUNS = 10;

  private MemoryFootprint() {}

  /**
   * Runs the measurement.
   *
   * @param args optionally the file to write the results to
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = settledUsedHeap(memory);

    long loadStart = System.nanoTime();
    List<BudgetedPlan> region = Region.load();
    long loadNanos = System.nanoTime() - loadStart;
    long after = settledUsedHeap(memory);
    long lines = Region.lineCount(region);
    BudgetedPlan[] plans = region.toArray(new BudgetedPlan[0]);

    long coldStart = System.nanoTime();
    BudgetTable cold = Budgets.consolidate(plans);
    long coldNanos = System.nanoTime() - coldStart;
    long[] warm = new long[WARM_RUNS];
    for (int i = 0; i < WARM_RUNS; i++) {
      long start = System.nanoTime();
      BudgetTable table = Budgets.consolidate(plans);
      warm[i] = System.nanoTime() - start;
      if (!table.equals(cold)) {
        throw new IllegalStateException("consolidation is not deterministic");
      }
    }
    Arrays.sort(warm);
    long peak = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }

    Map<String, String> results = new LinkedHashMap<>();
    results.put("plans", String.valueOf(plans.length));
    results.put("lines", String.valueOf(lines));
    results.put("maxHeapBytes", String.valueOf(Runtime.getRuntime().maxMemory()));
    results.put("usedHeapBeforeBytes", String.valueOf(before));
    results.put("usedHeapAfterBytes", String.valueOf(after));
    results.put("retainedBytes", String.valueOf(after - before));
    results.put("retainedBytesPerLine", String.valueOf((after - before) / Math.max(1, lines)));
    results.put("peakHeapBytes", String.valueOf(peak));
    results.put("loadMillis", String.valueOf(loadNanos / 1_000_000));
    results.put("consolidateColdMillis", millis(coldNanos));
    results.put("consolidateWarmMedianMillis", millis(warm[WARM_RUNS / 2]));
    results.put("consolidateWarmBestMillis", millis(warm[0]));
    results.put("totalNetCost", cold.totalNetCost().toString());
    Reference.reachabilityFence(region);

    StringBuilder text = new StringBuilder();
    results.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    PrintStream out = System.out;
    out.print(text);
    if (args.length > 0) {
      Files.writeString(Path.of(args[0]), text, StandardCharsets.UTF_8);
    }
  }

  private static String millis(long nanos) {
    return BigDecimal.valueOf(nanos / 1_000, 3).toPlainString();
  }

  /** The used heap after full collections, once it no longer shrinks. */
  private static long settledUsedHeap(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      memory.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
