package be.pst.benchmarks;

import be.pst.core.label.Labels;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Normalisation of a label (normalisation des libellés), which validation runs for every service
 * of every action: {@code Labels.normalize} against its former definition (a Unicode
 * normalisation and four regular expressions compiled at every call, kept here as the "before")
 * and against {@code String.toLowerCase}, the least any case-insensitive key costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 2, time = 1)
public class LabelsBenchmark {

  /** The label: a service name, without and with accents. */
  @Param({"Service des travaux", "Service des Aînés"})
  public String label;

  /** Creates the state. */
  public LabelsBenchmark() {}

  /**
   * Ours.
   *
   * @return the key, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public String pst() {
    return Labels.normalize(label);
  }

  /**
   * The definition before this change.
   *
   * @return the key, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public String before() {
    String decomposed = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed
        .toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replace('`', '\'')
        .replaceAll("[_\\-\u2013\u2014]", " ")
        .replaceAll("\\s+", " ")
        .replaceAll(" ?/ ?", "/")
        .trim();
  }

  /**
   * The floor: lower case only.
   *
   * @return the key, consumed by JMH
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public String floor() {
    return label.toLowerCase(Locale.ROOT);
  }
}
