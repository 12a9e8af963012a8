package be.pst.benchmarks;

import be.pst.benchmarks.baseline.TokenFloor;
import be.pst.benchmarks.data.RegionFiles;
import be.pst.budget.BudgetedPlan;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a region from disk (chargement d'une région): 10, 100 or 500 plan files of 100 actions
 * (10^3, 10^4 and 5 × 10^4 actions; about 1.2 MB a file), warm in the page cache. Our code: a
 * sequential loop of {@code PstJson.read(path)}, and {@code PstJson.readAll(paths)} on the
 * machine's cores. Floors: {@code nextToken()} + {@code getText()} over the same files ({@link
 * TokenFloor}), sequentially and on a hand-written fixed pool of as many threads as processors,
 * one task per file — what a user writes today.
 *
 * <p>The files are kept in {@code benchmarks/target/region} (or the directory of the system
 * property {@code pst.region.dir}) and written by the first run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RegionLoadBenchmark {

  /** The number of plan files. */
  @Param({"10", "100", "500"})
  public int plans;

  private List<Path> files;
  private ExecutorService pool;

  /** Creates the state; JMH calls {@link #setUp()} before timing. */
  public RegionLoadBenchmark() {}

  /**
   * Writes the files if needed, reads them once (into the page cache) and checks that both ways
   * of loading give the same plans.
   *
   * @throws IOException if a file cannot be read
   * @throws PstFormatException if a generated document is not valid
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, PstFormatException {
    files = RegionFiles.of(directory(), plans);
    pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    if (!sequential().equals(PstJson.readAll(files))) {
      throw new IllegalStateException("PstJson.readAll disagrees with PstJson.read");
    }
  }

  /**
   * Where the region's files are kept.
   *
   * @return {@code pst.region.dir}, or {@code benchmarks/target/region} from the repository root
   */
  public static Path directory() {
    return Path.of(System.getProperty("pst.region.dir", "benchmarks/target/region"));
  }

  /** Stops the floor's thread pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdown();
  }

  /**
   * Our reader, one file after the other.
   *
   * @return the plans, consumed by JMH
   * @throws IOException never
   * @throws PstFormatException never, the documents are valid
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public List<BudgetedPlan> sequential() throws IOException, PstFormatException {
    List<BudgetedPlan> region = new ArrayList<>(files.size());
    for (Path file : files) {
      region.add(PstJson.read(file));
    }
    return region;
  }

  /**
   * Our region loader, on the machine's cores.
   *
   * @return the plans, consumed by JMH
   * @throws IOException never
   * @throws PstFormatException never, the documents are valid
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public List<BudgetedPlan> readAll() throws IOException, PstFormatException {
    return PstJson.readAll(files);
  }

  /**
   * The floor, one file after the other.
   *
   * @return the count, consumed by JMH
   * @throws IOException never
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public long tokenFloorSequential() throws IOException {
    long count = 0;
    for (Path file : files) {
      count += TokenFloor.texts(file);
    }
    return count;
  }

  /**
   * The floor on a fixed pool of as many threads as processors, one task per file.
   *
   * @return the count, consumed by JMH
   * @throws InterruptedException never
   * @throws ExecutionException never
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public long tokenFloorParallel() throws InterruptedException, ExecutionException {
    List<Future<Long>> counts = new ArrayList<>(files.size());
    for (Path file : files) {
      counts.add(pool.submit(() -> TokenFloor.texts(file)));
    }
    long count = 0;
    for (Future<Long> c : counts) {
      count += c.get();
    }
    return count;
  }
}
