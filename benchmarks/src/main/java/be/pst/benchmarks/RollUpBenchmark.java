package be.pst.benchmarks;

import be.pst.benchmarks.baseline.RollUpFloor;
import be.pst.budget.BudgetTable;
import be.pst.budget.Budgets;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.RemainderPolicy;
import be.pst.budget.RollUp;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
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
 * Roll-ups (ventilations) of a plan of 10^2, 10^3 or 10^4 actions (48 lines each): {@code
 * Budgets.byStrategicObjective} and {@code byOperationalObjective}, called again and again on
 * the same plan (its element index built once), against the hand-written floor {@link
 * RollUpFloor}, which rebuilds its map of codes at every call.
 *
 * <p>Benchmark methods are not inlined into JMH's measurement loop, as in {@link
 * ConsolidationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class RollUpBenchmark {

  /** The number of actions of the plan. */
  @Param({"100", "1000", "10000"})
  public int actions;

  private BudgetedPlan plan;

  /** Creates the state; JMH calls {@link #setUp()} before timing. */
  public RollUpBenchmark() {}

  /**
   * Reads the plan and checks that our roll-ups and the floor give the same totals.
   *
   * @throws IOException never
   * @throws PstFormatException if the generated document is not valid
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, PstFormatException {
    plan = PstJson.read(new ByteArrayInputStream(JsonBenchmark.document(actions)));
    agree(Budgets.byStrategicObjective(plan, RemainderPolicy.LARGEST_REMAINDER),
        RollUpFloor.byStrategicObjective(plan));
    agree(Budgets.byOperationalObjective(plan, RemainderPolicy.LARGEST_REMAINDER),
        RollUpFloor.byOperationalObjective(plan));
  }

  private static void agree(RollUp<String> ours, long[][] floor) {
    long[] totals = RollUpFloor.totals(floor);
    long[] expected = new long[ours.keys().size() + 1];
    int i = 0;
    for (BudgetTable table : ours.buckets().values()) {
      expected[i++] = total(table);
    }
    expected[i] = total(ours.unallocated());
    if (!Arrays.equals(expected, totals)) {
      throw new IllegalStateException("roll-up disagrees with the floor: "
          + Arrays.toString(expected) + " versus " + Arrays.toString(totals));
    }
  }

  private static long total(BudgetTable table) {
    return table.totalReceipts().cents() + table.totalExpenses().cents();
  }

  /**
   * Our roll-up by strategic objective.
   *
   * @return the roll-up, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public RollUp<String> pstByStrategicObjective() {
    return Budgets.byStrategicObjective(plan, RemainderPolicy.LARGEST_REMAINDER);
  }

  /**
   * Our roll-up by operational objective.
   *
   * @return the roll-up, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public RollUp<String> pstByOperationalObjective() {
    return Budgets.byOperationalObjective(plan, RemainderPolicy.LARGEST_REMAINDER);
  }

  /**
   * The floor by strategic objective.
   *
   * @return the cells, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public long[][] floorByStrategicObjective() {
    return RollUpFloor.byStrategicObjective(plan);
  }

  /**
   * The floor by operational objective.
   *
   * @return the cells, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public long[][] floorByOperationalObjective() {
    return RollUpFloor.byOperationalObjective(plan);
  }
}
