package be.pst.benchmarks;

import be.pst.benchmarks.baseline.Agreement;
import be.pst.benchmarks.baseline.BigDecimalFold;
import be.pst.benchmarks.baseline.LongCentsFloor;
import be.pst.benchmarks.baseline.MonetaFold;
import be.pst.benchmarks.data.LineGenerator;
import be.pst.budget.consolidation.BudgetTable;
import be.pst.budget.consolidation.Budgets;
import be.pst.budget.line.BudgetLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
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
 * Consolidation of N budget lines (consolidation de N lignes): {@code Budgets.consolidate} against
 * the hand-written {@code long}-cents loop (the floor), the naive Moneta {@code Money.add} fold and,
 * for information, the {@code BigDecimal.add} fold, on the same lines, in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ConsolidationBenchmark {

  /** How many lines: 10^4 and 10^6. */
  @Param({"10000", "1000000"})
  public int lines;

  private List<BudgetLine> data;

  /** Creates the state; JMH calls {@link #setUp()} before timing. */
  public ConsolidationBenchmark() {}

  /** Generates the lines once and checks that every implementation gives the same cells. */
  @Setup(Level.Trial)
  public void setUp() {
    data = LineGenerator.lines(lines, 20261123L);
    var floor = LongCentsFloor.consolidate(data);
    Agreement.check(floor, Budgets.consolidate(data));
    Agreement.check(floor, MonetaFold.consolidateToCents(data), "the Moneta fold");
  }

  /**
   * Our code.
   *
   * @return the table, consumed by JMH
   */
  @Benchmark
  public BudgetTable pst() {
    return Budgets.consolidate(data);
  }

  /**
   * The floor: a {@code long}-cents loop.
   *
   * @return the cells, consumed by JMH
   */
  @Benchmark
  public Object longCentsFloor() {
    return LongCentsFloor.consolidate(data);
  }

  /**
   * The naive fold with Moneta {@code Money.add}.
   *
   * @return the cells, consumed by JMH
   */
  @Benchmark
  public MonetaryAmount[] monetaFold() {
    return MonetaFold.consolidate(data);
  }

  /**
   * The fold with {@code BigDecimal.add}, for information.
   *
   * @return the cells, consumed by JMH
   */
  @Benchmark
  public BigDecimal[] bigDecimalFold() {
    return BigDecimalFold.consolidate(data);
  }
}
