package be.pst.benchmarks;

import be.pst.benchmarks.data.PlanDocuments;
import be.pst.budget.BudgetedPlan;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
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
 * Reading and writing a large plan (lecture et écriture JSON): {@code PstJson.read} and {@code
 * PstJson.write} of a document of more than 5 MB (600 actions, 28.800 budget lines) against
 * Jackson's {@code ObjectMapper.readTree} and {@code writeValue} (with indentation, as {@code
 * PstJson} indents) of the same bytes.
 *
 * <p>Benchmark methods are not inlined into JMH's measurement loop, as in {@link
 * ConsolidationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonBenchmark {

  /** The smallest document the benchmark accepts, in bytes. */
  public static final int MINIMUM_SIZE = 5 * 1024 * 1024;

  private final ObjectMapper mapper =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private byte[] document;
  private BudgetedPlan plan;
  private JsonNode tree;

  /** Creates the state; JMH calls {@link #setUp()} before timing. */
  public JsonBenchmark() {}

  /**
   * Generates the plan, writes it with {@code PstJson} and keeps those bytes, the plan read back
   * from them and Jackson's tree of them.
   *
   * @throws IOException never, the document is in memory
   * @throws PstFormatException if the generated document is not valid
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, PstFormatException {
    document = largeDocument();
    if (document.length < MINIMUM_SIZE) {
      throw new IllegalStateException("the large document has " + document.length
          + " bytes, fewer than " + MINIMUM_SIZE);
    }
    plan = PstJson.read(new ByteArrayInputStream(document));
    if (plan.lines().size() != PlanDocuments.large().lines()) {
      throw new IllegalStateException("PstJson read " + plan.lines().size() + " lines instead of "
          + PlanDocuments.large().lines());
    }
    tree = mapper.readTree(document);
  }

  /**
   * The large document, as {@code PstJson} writes it: the generated plan, read and written back.
   *
   * @return the UTF-8 bytes of the document
   * @throws IOException never, the document is in memory
   * @throws PstFormatException if the generated document is not valid
   */
  public static byte[] largeDocument() throws IOException, PstFormatException {
    byte[] generated = PlanDocuments.large().document(0, 20261123L);
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
   * Jackson's tree reader.
   *
   * @return the tree, consumed by JMH
   * @throws IOException never
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public JsonNode jacksonReadTree() throws IOException {
    return mapper.readTree(new ByteArrayInputStream(document));
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
   * Jackson's tree writer.
   *
   * @return the number of bytes written, consumed by JMH
   * @throws IOException never
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public long jacksonWriteValue() throws IOException {
    CountingSink sink = new CountingSink();
    mapper.writeValue(sink, tree);
    return sink.count;
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
