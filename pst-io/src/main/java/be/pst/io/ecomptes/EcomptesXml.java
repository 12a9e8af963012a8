package be.pst.io.ecomptes;

import be.pst.budget.BudgetedPlan;
import be.pst.io.PstFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;

/**
 * The eComptes XML exchange (export PST eComptes, schema {@code PST_eComptes_Export_201805V1}):
 * the regional format through which PST applications hand a PST to eComptes, the accounting
 * software of Walloon communes and CPAS.
 *
 * <p>{@code write} produces a document valid against the schema; {@code read} accepts valid
 * documents and, with warnings, those real tools produce with required elements missing;
 * {@code validate} checks a document against the schema. Reading and validating refuse DTDs,
 * entities and excessive nesting before anything is fetched. The mapping between the plan model
 * and the schema, and what it loses, is documented in {@code docs/ecomptes.md}.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class EcomptesXml {

  /** The source name used when a document is read from a stream with no known name. */
  public static final String STREAM_SOURCE = PstFormatException.STREAM_SOURCE;

  private EcomptesXml() {}

  /**
   * Writes a plan and its budget as an eComptes document (UTF-8) with the default options.
   *
   * @param plan the plan and its budget lines
   * @param out where to write; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the authority's INS code is not a number
   */
  public static void write(BudgetedPlan plan, OutputStream out) throws IOException {
    write(plan, out, EcomptesOptions.defaults());
  }

  /**
   * Writes a plan and its budget as an eComptes document (UTF-8).
   *
   * @param plan the plan and its budget lines
   * @param out where to write; not closed
   * @param options the exercice, generator and defaults to use
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the authority's INS code is not a number
   */
  public static void write(BudgetedPlan plan, OutputStream out, EcomptesOptions options)
      throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    try {
      new EcomptesWriter(plan, options).write(out);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the eComptes document: " + e.getMessage(), e);
    }
    out.flush();
  }

  /**
   * Writes a plan and its budget to a file with the default options.
   *
   * @param plan the plan and its budget lines
   * @param file the file, created or replaced
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the authority's INS code is not a number
   */
  public static void write(BudgetedPlan plan, Path file) throws IOException {
    write(plan, file, EcomptesOptions.defaults());
  }

  /**
   * Writes a plan and its budget to a file. The document is built in memory first, so a
   * failure leaves no half-written file.
   *
   * @param plan the plan and its budget lines
   * @param file the file, created or replaced
   * @param options the exercice, generator and defaults to use
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the authority's INS code is not a number
   */
  public static void write(BudgetedPlan plan, Path file, EcomptesOptions options)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Files.write(file, toBytes(plan, options));
  }

  /**
   * Returns a plan and its budget as an eComptes document.
   *
   * @param plan the plan and its budget lines
   * @param options the exercice, generator and defaults to use
   * @return the XML text
   * @throws IllegalArgumentException if the authority's INS code is not a number
   */
  public static String toXml(BudgetedPlan plan, EcomptesOptions options) {
    return new String(toBytes(plan, options), StandardCharsets.UTF_8);
  }

  /**
   * Returns a plan and its budget as an eComptes document, with the default options.
   *
   * @param plan the plan and its budget lines
   * @return the XML text
   * @throws IllegalArgumentException if the authority's INS code is not a number
   */
  public static String toXml(BudgetedPlan plan) {
    return toXml(plan, EcomptesOptions.defaults());
  }

  private static byte[] toBytes(BudgetedPlan plan, EcomptesOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      new EcomptesWriter(plan, options).write(buffer);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write to memory: " + e.getMessage(), e);
    }
    return buffer.toByteArray();
  }

  /**
   * Reads an eComptes document with the default (lenient) options.
   *
   * @param in the document; not closed
   * @return the plan, its budget and the warnings
   * @throws IOException if reading fails
   * @throws PstFormatException if the document is not well-formed, hostile, or cannot be read
   *     as a PST; its pointer is the XML path of the offending element
   */
  public static EcomptesImport read(InputStream in) throws IOException, PstFormatException {
    return read(in, EcomptesOptions.defaults());
  }

  /**
   * Reads an eComptes document.
   *
   * @param in the document; not closed
   * @param options leniency, limits and the authority name
   * @return the plan, its budget and the warnings
   * @throws IOException if reading fails
   * @throws PstFormatException if the document is not well-formed, hostile, or cannot be read
   *     as a PST; its pointer is the XML path of the offending element
   */
  public static EcomptesImport read(InputStream in, EcomptesOptions options)
      throws IOException, PstFormatException {
    return read(in, STREAM_SOURCE, options);
  }

  /**
   * Reads an eComptes file with the default (lenient) options.
   *
   * @param file the file
   * @return the plan, its budget and the warnings
   * @throws IOException if reading fails
   * @throws PstFormatException if the document is not well-formed, hostile, or cannot be read
   *     as a PST; its source is the file name
   */
  public static EcomptesImport read(Path file) throws IOException, PstFormatException {
    return read(file, EcomptesOptions.defaults());
  }

  /**
   * Reads an eComptes file.
   *
   * @param file the file
   * @param options leniency, limits and the authority name
   * @return the plan, its budget and the warnings
   * @throws IOException if reading fails
   * @throws PstFormatException if the document is not well-formed, hostile, or cannot be read
   *     as a PST; its source is the file name
   */
  public static EcomptesImport read(Path file, EcomptesOptions options)
      throws IOException, PstFormatException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), options);
    }
  }

  /**
   * Reads an eComptes document held in a string.
   *
   * @param xml the document
   * @param options leniency, limits and the authority name
   * @return the plan, its budget and the warnings
   * @throws PstFormatException if the document is not well-formed, hostile, or cannot be read
   *     as a PST
   */
  public static EcomptesImport parse(String xml, EcomptesOptions options)
      throws PstFormatException {
    Objects.requireNonNull(xml, "xml");
    try {
      return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
          PstFormatException.STRING_SOURCE, options);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read from memory", e);
    }
  }

  private static EcomptesImport read(InputStream in, String source, EcomptesOptions options)
      throws IOException, PstFormatException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    byte[] bytes = SecureXml.readAll(in, source, options.maxBytes());
    XmlNode root;
    if (options.lenient()) {
      root = SecureXml.parse(bytes, source, options.maxDepth(), options.maxElements());
    } else {
      EcomptesSchema.Validated validated =
          EcomptesSchema.parseValid(bytes, source, options.maxDepth(), options.maxElements());
      root = validated.root();
      if (validated.firstViolation().isPresent()) {
        EcomptesIssue first = validated.firstViolation().get();
        XmlNode at = root == null ? null : XmlNode.at(root, first.line(), first.column());
        throw new PstFormatException("not valid against the eComptes schema: "
            + first.message(), source, at == null ? "" : at.path(), Math.max(1, first.line()),
            Math.max(1, first.column()));
      }
    }
    return new EcomptesReader(source, options).read(root);
  }

  /**
   * Validates an eComptes document against the schema.
   *
   * @param in the document; not closed
   * @return every schema violation (the first 1 000, then one saying that validation stopped),
   *     with line and column; empty for a valid document
   * @throws IOException if reading fails
   * @throws PstFormatException if the document is hostile (DTD, entity, excessive nesting) or
   *     not well-formed
   */
  public static List<EcomptesIssue> validate(InputStream in)
      throws IOException, PstFormatException {
    Objects.requireNonNull(in, "in");
    return EcomptesSchema.validate(
        SecureXml.readAll(in, STREAM_SOURCE, EcomptesOptions.DEFAULT_MAX_BYTES), STREAM_SOURCE);
  }

  /**
   * Validates an eComptes file against the schema.
   *
   * @param file the file
   * @return every schema violation (the first 1 000, then one saying that validation stopped),
   *     with line and column; empty for a valid document
   * @throws IOException if reading fails
   * @throws PstFormatException if the document is hostile (DTD, entity, excessive nesting) or
   *     not well-formed
   */
  public static List<EcomptesIssue> validate(Path file) throws IOException, PstFormatException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return EcomptesSchema.validate(
          SecureXml.readAll(in, file.toString(), EcomptesOptions.DEFAULT_MAX_BYTES),
          file.toString());
    }
  }

  /**
   * Validates an eComptes document held in a string.
   *
   * @param xml the document
   * @return every schema violation (the first 1 000, then one saying that validation stopped),
   *     with line and column; empty for a valid document
   * @throws PstFormatException if the document is hostile (DTD, entity, excessive nesting) or
   *     not well-formed
   */
  public static List<EcomptesIssue> validate(String xml) throws PstFormatException {
    Objects.requireNonNull(xml, "xml");
    return EcomptesSchema.validate(xml.getBytes(StandardCharsets.UTF_8),
        PstFormatException.STRING_SOURCE);
  }

  /**
   * The plan as an export to eComptes followed by an import gives it back: every attribute the
   * format carries, as the reader will read it, and nothing else (the projection documented in
   * {@code docs/ecomptes.md}, computed on the model). {@code read(write(plan, options),
   * options).budgetedPlan()} equals {@code carried(plan, options)} for every plan whose codes are
   * unique and whose lines belong to its elements.
   *
   * @param plan the plan and its budget lines
   * @param options the options of the export and of the import (default volet and civility,
   *     authority name)
   * @return what comes back
   * @throws IllegalArgumentException if the authority's INS code is not a number
   */
  public static BudgetedPlan carried(BudgetedPlan plan, EcomptesOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    new EcomptesWriter(plan, options);
    return new Carried(plan, options).project();
  }

  /**
   * Applies an eComptes file's budget to a plan, as iA.PST does with the file eComptes sends
   * back: each element of the file (volet, OS, OO, action) is found in the plan by its
   * {@code ElementId}, which is the plan element's external identifier, or its code when the
   * plan element has no external identifier; the budget ({@code BUDGET}) and projection
   * ({@code PROJECTION}) lines of every element found are replaced by the file's, every other
   * line is kept. Elements of the file that are not found are listed, and their lines not
   * applied; so are the file's plan-level lines, which belong to no element. Nothing else of the
   * file is applied.
   *
   * @param plan the plan to update
   * @param file an eComptes import, e.g. {@code EcomptesXml.read(path)}
   * @return the merged plan and what could not be applied
   */
  public static EcomptesMerge merge(BudgetedPlan plan, EcomptesImport file) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(file, "file");
    return Merge.apply(plan, file);
  }
}
