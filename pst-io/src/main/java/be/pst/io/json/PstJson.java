package be.pst.io.json;

import be.pst.budget.BudgetedPlan;
import be.pst.core.plan.Plan;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstModule;
import com.fasterxml.jackson.databind.Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The JSON door of pst (import et export JSON): reads and writes plans with their budget in the
 * versioned {@code be.pst/1} format described in {@code docs/format.md}, and provides the
 * Jackson {@link Module} that lets any {@code ObjectMapper} do the same.
 *
 * <pre>{@code
 * BudgetedPlan plan = PstJson.read(Path.of("pst.json"));
 * PstJson.write(plan.withLines(moreLines), Path.of("pst.json"));
 * PstJsonResult result = PstJson.reader().lenient().read(Path.of("old.json"));
 * List<BudgetedPlan> region = PstJson.readAll(List.of(Path.of("a.json"), Path.of("b.json")));
 * }</pre>
 *
 * <p>Reading is strict: anything the format does not allow fails with a {@link
 * PstFormatException} giving the JSON pointer, line and column. Writing is deterministic. The
 * methods are thread-safe.
 */
public final class PstJson {

  private PstJson() {}

  /**
   * Reads a plan and its budget from a file, strictly.
   *
   * @param path the file
   * @return the plan and its budget
   * @throws PstFormatException if the content is not a valid {@code be.pst/1} document
   * @throws IOException if the file cannot be read
   */
  public static BudgetedPlan read(Path path) throws IOException, PstFormatException {
    return reader().read(path).plan();
  }

  /**
   * Reads the plans of many files, such as a region's communes and CPAS, in parallel on the
   * machine's processors, with the strict reader; see {@link PstJsonReader#readAll(Collection,
   * int)} for the threads used and the failure reported.
   *
   * @param paths the files
   * @return the plans, in the order of {@code paths}
   * @throws IOException if a file cannot be read
   * @throws PstFormatException if a document is not valid: that of the first such file in the
   *     order of {@code paths}, whose path is its source
   */
  public static List<BudgetedPlan> readAll(Collection<Path> paths)
      throws IOException, PstFormatException {
    List<PstJsonResult> results = PstJsonReader.create().readAll(paths);
    List<BudgetedPlan> plans = new ArrayList<>(results.size());
    for (PstJsonResult result : results) {
      plans.add(result.plan());
    }
    return Collections.unmodifiableList(plans);
  }

  /**
   * Reads a plan and its budget from a stream, strictly; the stream is not closed.
   *
   * @param in the stream
   * @return the plan and its budget
   * @throws PstFormatException if the content is not a valid {@code be.pst/1} document
   * @throws IOException if the stream cannot be read
   */
  public static BudgetedPlan read(InputStream in) throws IOException, PstFormatException {
    return reader().read(in).plan();
  }

  /**
   * Reads a plan and its budget from a string, strictly.
   *
   * @param json the document
   * @return the plan and its budget
   * @throws PstFormatException if the content is not a valid {@code be.pst/1} document
   */
  public static BudgetedPlan parse(String json) throws PstFormatException {
    return reader().parse(json).plan();
  }

  /**
   * Writes a plan and its budget to a file, replacing it.
   *
   * @param plan the plan
   * @param path the file
   * @throws IOException if the file cannot be written
   */
  public static void write(BudgetedPlan plan, Path path) throws IOException {
    writer().write(plan, path);
  }

  /**
   * Writes a plan and its budget to a stream, which is flushed and not closed.
   *
   * @param plan the plan
   * @param out the stream
   * @throws IOException if the stream cannot be written
   */
  public static void write(BudgetedPlan plan, OutputStream out) throws IOException {
    writer().write(plan, out);
  }

  /**
   * Writes a plan without budget to a file, replacing it.
   *
   * @param plan the plan
   * @param path the file
   * @throws IOException if the file cannot be written
   */
  public static void write(Plan plan, Path path) throws IOException {
    writer().write(plan, path);
  }

  /**
   * Writes a plan without budget to a stream, which is flushed and not closed.
   *
   * @param plan the plan
   * @param out the stream
   * @throws IOException if the stream cannot be written
   */
  public static void write(Plan plan, OutputStream out) throws IOException {
    writer().write(plan, out);
  }

  /**
   * Returns the document of a plan and its budget.
   *
   * @param plan the plan
   * @return the JSON text, ending with a newline
   */
  public static String toJson(BudgetedPlan plan) {
    return writer().toJson(plan);
  }

  /**
   * Returns the document of a plan without budget.
   *
   * @param plan the plan
   * @return the JSON text, ending with a newline
   */
  public static String toJson(Plan plan) {
    return writer().toJson(plan);
  }

  /**
   * Returns the strict reader, to be made lenient or given other bounds.
   *
   * @return the strict reader
   */
  public static PstJsonReader reader() {
    return PstJsonReader.create();
  }

  /**
   * Returns the writer.
   *
   * @return the writer
   */
  public static PstJsonWriter writer() {
    return PstJsonWriter.create();
  }

  /**
   * Returns the Jackson module that (de)serializes pst's types (plans, budgeted plans, budget
   * lines, actions, amounts…) in the {@code be.pst/1} shapes. It is also found by {@code
   * ObjectMapper.findModules()}.
   *
   * @return a new module
   */
  public static Module module() {
    return new PstModule();
  }
}
