package be.pst.io.json;

import be.pst.budget.BudgetedPlan;
import be.pst.core.plan.Plan;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes {@code be.pst/1} JSON documents (écriture de documents PST): UTF-8, members in the
 * order of {@code docs/format.md}, two-space indentation, {@code \n} line ends and a trailing
 * newline, so that the same plan always gives the same bytes and files diff well. Reading what
 * was written gives back an equal plan: a value the reader would refuse (a text beyond its
 * bounds, an element nested deeper than it reads) is refused here first, with an {@link
 * UnwritableValueException} naming its JSON pointer, so no file the reader refuses is ever
 * written.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PstJsonWriter {

  private static final PstJsonWriter INSTANCE =
      new PstJsonWriter(JsonCodec.factory(PstJsonReader.DEFAULT_CONSTRAINTS));

  private final JsonFactory factory;

  private PstJsonWriter(JsonFactory factory) {
    this.factory = factory;
  }

  /**
   * Returns the writer.
   *
   * @return the writer
   */
  public static PstJsonWriter create() {
    return INSTANCE;
  }

  /**
   * Writes a plan and its budget to a file, replacing it.
   *
   * @param plan the plan
   * @param path the file
   * @throws IOException if the file cannot be written
   * @throws UnwritableValueException if a value is beyond what the format holds (a text longer
   *     than the reader's bound, an amount that is not euros to the cent…), naming its pointer
   */
  public void write(BudgetedPlan plan, Path path) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(path, "path");
    try (OutputStream out = Files.newOutputStream(path)) {
      write(plan, out);
    }
  }

  /**
   * Writes a plan and its budget to a stream, which is flushed and not closed.
   *
   * @param plan the plan
   * @param out the stream; UTF-8 is written
   * @throws IOException if the stream cannot be written
   * @throws UnwritableValueException if a value is beyond what the format holds (a text longer
   *     than the reader's bound, an amount that is not euros to the cent…), naming its pointer
   */
  public void write(BudgetedPlan plan, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
      write(plan, generator);
    }
    out.flush();
  }

  /**
   * Writes a plan and its budget to a character stream, which is flushed and not closed.
   *
   * @param plan the plan
   * @param out the character stream
   * @throws IOException if the stream cannot be written
   * @throws UnwritableValueException if a value is beyond what the format holds (a text longer
   *     than the reader's bound, an amount that is not euros to the cent…), naming its pointer
   */
  public void write(BudgetedPlan plan, Writer out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = factory.createGenerator(out)) {
      write(plan, generator);
    }
    out.flush();
  }

  /**
   * Writes a plan without budget to a file, replacing it.
   *
   * @param plan the plan
   * @param path the file
   * @throws IOException if the file cannot be written
   */
  public void write(Plan plan, Path path) throws IOException {
    write(BudgetedPlan.of(plan), path);
  }

  /**
   * Writes a plan without budget to a stream, which is flushed and not closed.
   *
   * @param plan the plan
   * @param out the stream; UTF-8 is written
   * @throws IOException if the stream cannot be written
   */
  public void write(Plan plan, OutputStream out) throws IOException {
    write(BudgetedPlan.of(plan), out);
  }

  /**
   * Returns the document of a plan and its budget.
   *
   * @param plan the plan
   * @return the JSON text, ending with a newline
   * @throws UnwritableValueException if a value is beyond what the format holds (a text longer
   *     than the reader's bound, an amount that is not euros to the cent…), naming its pointer
   */
  public String toJson(BudgetedPlan plan) {
    StringWriter out = new StringWriter(4096);
    try {
      write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter never fails", e);
    }
    return out.toString();
  }

  /**
   * Returns the document of a plan without budget.
   *
   * @param plan the plan
   * @return the JSON text, ending with a newline
   */
  public String toJson(Plan plan) {
    return toJson(BudgetedPlan.of(plan));
  }

  private static void write(BudgetedPlan plan, JsonGenerator generator) throws IOException {
    generator.setPrettyPrinter(JsonCodec.newPrettyPrinter());
    PlanCodecs.DOCUMENT.write(output(generator), plan);
    generator.writeRaw('\n');
  }

  /** The output of a document: bounded as the default reader reads. */
  static JsonOutput output(JsonGenerator generator) {
    return new JsonOutput(generator, PstJsonReader.DEFAULT_CONSTRAINTS.getMaxStringLength(),
        PstJsonReader.DEFAULT_CONSTRAINTS.getMaxNestingDepth());
  }

  /** Returns {@code PstJsonWriter}. */
  @Override
  public String toString() {
    return "PstJsonWriter";
  }
}
