package be.pst.benchmarks;

import be.pst.benchmarks.baseline.Agreement;
import be.pst.benchmarks.baseline.CentTable;
import be.pst.benchmarks.baseline.ColumnarFloor;
import be.pst.benchmarks.data.PlanDocuments;
import be.pst.benchmarks.data.Region;
import be.pst.budget.BudgetTable;
import be.pst.budget.Budgets;
import be.pst.budget.BudgetedPlan;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Consolidation of a region (consolidation régionale): 1, 10, 100 or 1000 plans of 100 actions
 * and 4800 lines (10^2 to 10^5 actions, 4800 to 4.8 million lines), loaded with {@code
 * PstJson.read}, through {@code Budgets.consolidate(BudgetedPlan...)}:
 *
 * <ul>
 *   <li>{@code firstAfterLoad}: plans as a reading leaves them, no table computed yet (fresh
 *       copies, made before each call and not timed, as {@code PstJson.read} makes them);
 *   <li>{@code firstAfterEdit}: the same region after a what-if edit of one plan ({@code
 *       postpone} of one action by a year, made before each call and not timed): one plan to
 *       consolidate again, the others' tables kept;
 *   <li>{@code warm}: the same call again on the same plans, whose tables are kept;
 *   <li>{@code columnarFloor}: the honest floor, a {@code long}-cents loop over the same lines as
 *       flat column arrays ({@link ColumnarFloor}).
 * </ul>
 *
 * <p>The fork's young generation is large (3 GiB) so that the garbage of the copies made before
 * each call is collected while the copies are made, not during the timed call (with a default
 * young generation, a collection triggered by the setup's garbage landed in most timed calls
 * and multiplied their time by six).
 *
 * <p>Benchmark methods are not inlined into JMH's measurement loop, as in {@link
 * ConsolidationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms5g", "-Xmx5g", "-Xmn3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class RegionConsolidationBenchmark {

  /** The number of plans of 100 actions. */
  @Param({"1", "10", "100", "1000"})
  public int plans;

  BudgetedPlan[] region;
  private ColumnarFloor floor;

  /** Creates the state; JMH calls {@link #setUp()} before timing. */
  public RegionConsolidationBenchmark() {}

  /** Loads the region once and checks that our code and the floor give the same cells. */
  @Setup(Level.Trial)
  public void setUp() {
    List<BudgetedPlan> loaded = Region.load(plans, Region.SEED);
    region = loaded.toArray(new BudgetedPlan[0]);
    floor = ColumnarFloor.of(loaded);
    CentTable cells = floor.consolidate();
    Agreement.check(cells, Budgets.consolidate(fresh(region)));
    Agreement.check(cells, Budgets.consolidate(region));
    System.gc();
  }

  /**
   * Copies of plans as a reading builds them: the same plan and lines, nothing computed.
   *
   * @param plans the plans
   * @return the copies
   */
  static BudgetedPlan[] fresh(BudgetedPlan[] plans) {
    BudgetedPlan[] copies = new BudgetedPlan[plans.length];
    for (int i = 0; i < plans.length; i++) {
      copies[i] = BudgetedPlan.of(plans[i].plan(), plans[i].lines());
    }
    return copies;
  }

  /** The region as a reading leaves it, made again before each call. */
  @State(Scope.Thread)
  public static class Loaded {
    BudgetedPlan[] plans;

    /** Creates the state. */
    public Loaded() {}

    /**
     * Copies the region's plans.
     *
     * @param benchmark the region
     */
    @Setup(Level.Invocation)
    public void copy(RegionConsolidationBenchmark benchmark) {
      plans = fresh(benchmark.region);
    }
  }

  /** The region after an edit of its first plan, made again before each call. */
  @State(Scope.Thread)
  public static class Edited {
    BudgetedPlan[] plans;
    private int years = 1;

    /** Creates the state. */
    public Edited() {}

    /**
     * Postpones the first action of the first plan by a year, or brings it back.
     *
     * @param benchmark the region, consolidated once
     */
    @Setup(Level.Invocation)
    public void edit(RegionConsolidationBenchmark benchmark) {
      plans = benchmark.region.clone();
      plans[0] = plans[0].postpone(PlanDocuments.actionCode(1, 1, 1), years);
      years = -years;
      benchmark.region[0] = plans[0];
    }
  }

  /**
   * Our code, on plans straight from a reading.
   *
   * @param loaded the fresh plans
   * @return the table, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public BudgetTable firstAfterLoad(Loaded loaded) {
    return Budgets.consolidate(loaded.plans);
  }

  /**
   * Our code, after an edit of one plan.
   *
   * @param edited the region with one plan edited
   * @return the table, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public BudgetTable firstAfterEdit(Edited edited) {
    return Budgets.consolidate(edited.plans);
  }

  /**
   * Our code, called again on the same plans.
   *
   * @return the table, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public BudgetTable warm() {
    return Budgets.consolidate(region);
  }

  /**
   * The floor over the same lines as column arrays.
   *
   * @return the cells, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public CentTable columnarFloor() {
    return floor.consolidate();
  }
}
