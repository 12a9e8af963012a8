package be.pst.benchmarks;

import be.pst.benchmarks.baseline.Agreement;
import be.pst.benchmarks.baseline.BigDecimalFold;
import be.pst.benchmarks.baseline.LongCentsFloor;
import be.pst.benchmarks.baseline.MonetaFold;
import be.pst.benchmarks.baseline.NaiveAmounts;
import be.pst.benchmarks.data.LineGenerator;
import be.pst.budget.BudgetTable;
import be.pst.budget.Budgets;
import be.pst.budget.line.BudgetLine;
import java.math.BigDecimal;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Consolidation of N budget lines (consolidation de N lignes): {@code Budgets.consolidate} against
 * the hand-written {@code long}-cents loop (the floor), the naive Moneta {@code Money.add} fold and,
 * for information, the {@code BigDecimal.add} fold, on the same lines, in the same run.
 *
 * <p>Every benchmark method is kept out of JMH's measurement loop ({@code DONT_INLINE}): otherwise
 * the JIT may inline one implementation's loop into the loop of the harness and compile it
 * differently from the others, which made the floor, for one, 2.5 times slower at 10^4 lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class ConsolidationBenchmark {

  /** How many lines: 10^4 and 10^6. */
  @Param({"10000", "1000000"})
  public int lines;

  private static final long SEED = 20261123L;

  private List<BudgetLine> data;
  private Money[] moneta;
  private BigDecimal[] decimals;

  /** Creates the state; JMH calls {@link #setUp()} before timing. */
  public ConsolidationBenchmark() {}

  /**
   * Checks that every implementation gives the same cells on the lines, then generates them again
   * for timing: the naive fold leaves a heap that would slow whatever runs after it.
   */
  @Setup(Level.Trial)
  public void setUp() {
    checkAgreement(LineGenerator.lines(lines, SEED));
    System.gc();
    data = LineGenerator.lines(lines, SEED);
    moneta = NaiveAmounts.moneta(data);
    decimals = NaiveAmounts.decimals(data);
    // Compact the heap once, so that every fork times the lines laid out the same way (as a
    // long-running server's collector would have left them), not wherever the generator's
    // garbage happened to separate them.
    System.gc();
  }

  private static void checkAgreement(List<BudgetLine> lines) {
    var floor = LongCentsFloor.consolidate(lines);
    Agreement.check(floor, Budgets.consolidate(lines));
    Agreement.check(floor, MonetaFold.consolidateToCents(lines, NaiveAmounts.moneta(lines)),
        "the Moneta fold");
  }

  /**
   * Our code.
   *
   * @return the table, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public BudgetTable pst() {
    return Budgets.consolidate(data);
  }

  /**
   * The floor: a {@code long}-cents loop.
   *
   * @return the cells, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public Object longCentsFloor() {
    return LongCentsFloor.consolidate(data);
  }

  /**
   * The naive fold with Moneta {@code Money.add}, over one {@code Money} per line.
   *
   * @return the cells, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public Money[] monetaFold() {
    return MonetaFold.consolidate(data, moneta);
  }

  /**
   * The fold with {@code BigDecimal.add}, over one {@code BigDecimal} per line, for information.
   *
   * @return the cells, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public BigDecimal[] bigDecimalFold() {
    return BigDecimalFold.consolidate(data, decimals);
  }
}
