package be.pst.benchmarks;

import be.pst.benchmarks.baseline.ValidationFloor;
import be.pst.budget.BudgetedPlan;
import be.pst.core.validation.ValidationReport;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * Validation (contrôle) of a plan of 10^2, 10^3 or 10^4 actions with its budget: {@code
 * BudgetedPlan.validate()} (every rule of {@code Rule}, plan and budget) against {@link
 * ValidationFloor}, one pass over the elements and one over the lines reading the same fields.
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
public class ValidationBenchmark {

  /** The number of actions of the plan. */
  @Param({"100", "1000", "10000"})
  public int actions;

  private BudgetedPlan plan;

  /** Creates the state; JMH calls {@link #setUp()} before timing. */
  public ValidationBenchmark() {}

  /**
   * Reads the plan.
   *
   * @throws IOException never
   * @throws PstFormatException if the generated document is not valid
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, PstFormatException {
    plan = PstJson.read(new ByteArrayInputStream(JsonBenchmark.document(actions)));
  }

  /**
   * Our validation.
   *
   * @return the report, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public ValidationReport pst() {
    return plan.validate();
  }

  /**
   * The floor.
   *
   * @return the number of problems, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public int floor() {
    return ValidationFloor.check(plan);
  }
}
