package be.pst.benchmarks;

import be.pst.benchmarks.baseline.PlanRecords;
import be.pst.benchmarks.baseline.TokenFloor;
import be.pst.benchmarks.data.PlanDocuments;
import be.pst.budget.BudgetedPlan;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * Reading and writing a plan (lecture et écriture JSON) of 10^2, 10^3 and 10^4 actions (48
 * budget lines each; about 1.2 MB, 12 MB and 120 MB): {@code PstJson.read} and {@code
 * PstJson.write} against what a user would write instead — Jackson data binding of the same bytes
 * into plain records of the same shape ({@link PlanRecords}) — and against the floors of reading
 * ({@link TokenFloor}: {@code nextToken()} alone, and {@code nextToken()} + {@code getText()}).
 * 10^5 actions would make a document of 1.2 GB, beyond the reader's 256 MiB bound.
 *
 * <p>Benchmark methods are not inlined into JMH's measurement loop, as in {@link
 * ConsolidationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class JsonBenchmark {

  /** The seed of the documents. */
  public static final long SEED = 20261123L;

  /** The number of actions of the plan. */
  @Param({"100", "1000", "10000"})
  public int actions;

  private byte[] document;
  private BudgetedPlan plan;
  private PlanRecords.Document records;

  /** Creates the state; JMH calls {@link #setUp()} before timing. */
  public JsonBenchmark() {}

  /**
   * Generates the plan, writes it with {@code PstJson} and keeps those bytes, the plan read back
   * from them and the records bound from them; checks that both readers see every line.
   *
   * @throws IOException never, the document is in memory
   * @throws PstFormatException if the generated document is not valid
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, PstFormatException {
    document = document(actions);
    plan = PstJson.read(new ByteArrayInputStream(document));
    records = PlanRecords.MAPPER.readValue(document, PlanRecords.Document.class);
    byte[] bound = bindWriteTo(new ByteArrayOutputStream(document.length)).toByteArray();
    if (!Arrays.equals(bound, document)) {
      throw new IllegalStateException("data binding writes " + bound.length + " bytes, PstJson "
          + document.length + ": not the same document");
    }
    int lines = PlanDocuments.withActions(actions).lines();
    if (plan.lines().size() != lines || records.budget().size() != lines) {
      throw new IllegalStateException("PstJson read " + plan.lines().size() + " lines, data"
          + " binding " + records.budget().size() + ", instead of " + lines);
    }
  }

  /**
   * The document of a plan of that many actions, as {@code PstJson} writes it: the generated
   * plan, read and written back.
   *
   * @param actions 100, 1000 or 10000
   * @return the UTF-8 bytes of the document
   * @throws IOException never, the document is in memory
   * @throws PstFormatException if the generated document is not valid
   */
  public static byte[] document(int actions) throws IOException, PstFormatException {
    byte[] generated = PlanDocuments.withActions(actions).document(0, SEED);
    BudgetedPlan generatedPlan = PstJson.read(new ByteArrayInputStream(generated));
    ByteArrayOutputStream out = new ByteArrayOutputStream(generated.length);
    PstJson.write(generatedPlan, out);
    return out.toByteArray();
  }

  /**
   * Our reader.
   *
   * @return the plan, consumed by JMH
   * @throws IOException never
   * @throws PstFormatException never, the document is valid
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public BudgetedPlan pstRead() throws IOException, PstFormatException {
    return PstJson.read(new ByteArrayInputStream(document));
  }

  /**
   * Jackson data binding into records of the same shape.
   *
   * @return the records, consumed by JMH
   * @throws IOException never
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public PlanRecords.Document bindRead() throws IOException {
    return PlanRecords.MAPPER.readValue(new ByteArrayInputStream(document),
        PlanRecords.Document.class);
  }

  /**
   * The floor of a reader that keeps the values: {@code nextToken()} + {@code getText()}.
   *
   * @return the count, consumed by JMH
   * @throws IOException never
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public long tokenTextFloor() throws IOException {
    return TokenFloor.texts(document);
  }

  /**
   * The floor of tokenising: {@code nextToken()} alone.
   *
   * @return the count, consumed by JMH
   * @throws IOException never
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public long tokenFloor() throws IOException {
    return TokenFloor.tokens(document);
  }

  /**
   * Our writer.
   *
   * @return the number of bytes written, consumed by JMH
   * @throws IOException never
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public long pstWrite() throws IOException {
    CountingSink sink = new CountingSink();
    PstJson.write(plan, sink);
    return sink.count;
  }

  /**
   * Jackson data binding's writer, of the records, indented as ours.
   *
   * @return the number of bytes written, consumed by JMH
   * @throws IOException never
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public long bindWrite() throws IOException {
    return bindWriteTo(new CountingSink()).count;
  }

  /** Writes the records and the final line break that {@code PstJson} writes. */
  private <S extends OutputStream> S bindWriteTo(S sink) throws IOException {
    PlanRecords.WRITER.writeValue(sink, records);
    sink.write('\n');
    return sink;
  }

  /** An output stream that only counts, so that writing is measured without the disk. */
  static final class CountingSink extends OutputStream {
    long count;
    int last;

    @Override
    public void write(int b) {
      count++;
      last = b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
      if (len > 0) {
        last = b[off + len - 1];
      }
    }
  }
}
