package be.pst.benchmarks;

import be.pst.benchmarks.baseline.Agreement;
import be.pst.benchmarks.baseline.LongCentsFloor;
import be.pst.benchmarks.baseline.MonetaFold;
import be.pst.benchmarks.baseline.NaiveAmounts;
import be.pst.benchmarks.data.Region;
import be.pst.budget.BudgetTable;
import be.pst.budget.Budgets;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.BudgetedPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Consolidation of a region (consolidation régionale): the 500 plans of {@link Region} (500 × 100
 * actions × 6 exercices × 8 groups = 2.4 million lines), loaded from their JSON documents, through
 * {@code Budgets.consolidate(BudgetedPlan...)}, against the {@code long}-cents floor and the naive
 * Moneta fold over the same plans' lines. The fork runs with a 1 GiB heap: the region must fit.
 *
 * <p>Benchmark methods are not inlined into JMH's measurement loop, as in {@link
 * ConsolidationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RegionConsolidationBenchmark {

  private BudgetedPlan[] plans;
  private List<List<BudgetLine>> lines;
  private List<Money[]> moneta;

  /** Creates the state; JMH calls {@link #setUp()} before timing. */
  public RegionConsolidationBenchmark() {}

  /** Loads the region once and checks that every implementation gives the same cells. */
  @Setup(Level.Trial)
  public void setUp() {
    List<BudgetedPlan> region = Region.load();
    plans = region.toArray(new BudgetedPlan[0]);
    lines = new ArrayList<>(region.size());
    moneta = new ArrayList<>(region.size());
    for (BudgetedPlan plan : region) {
      lines.add(plan.lines());
      moneta.add(NaiveAmounts.moneta(plan.lines()));
    }
    var floor = LongCentsFloor.consolidateAll(lines);
    Agreement.check(floor, Budgets.consolidate(plans));
    // Compact the heap once, so that every fork times the lines laid out the same way (as a
    // long-running server's collector would have left them), not wherever the generator's
    // garbage happened to separate them.
    System.gc();
  }

  /**
   * Our code.
   *
   * @return the table, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public BudgetTable pst() {
    return Budgets.consolidate(plans);
  }

  /**
   * The floor: a {@code long}-cents loop over every plan's lines.
   *
   * @return the cells, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public Object longCentsFloor() {
    return LongCentsFloor.consolidateAll(lines);
  }

  /**
   * The naive fold with Moneta {@code Money.add} over every plan's lines, one {@code Money} per
   * line.
   *
   * @return the cells, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public Money[] monetaFold() {
    return MonetaFold.consolidateAll(lines, moneta);
  }
}
