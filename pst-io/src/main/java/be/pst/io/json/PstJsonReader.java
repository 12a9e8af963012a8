package be.pst.io.json;

import be.pst.budget.BudgetedPlan;
import be.pst.io.PstFormatException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@code be.pst/1} JSON documents (lecteur de documents PST), strictly by default.
 *
 * <p>A strict reader refuses anything the format does not allow with a {@link
 * PstFormatException} that gives the JSON pointer, line and column of the problem and what
 * was expected. A {@linkplain #lenient() lenient} reader tolerates what can be safely ignored —
 * unknown members, {@code null} values, missing optional structure such as an absent {@code
 * strategicObjectives} array — and reports it as {@link PstJsonWarning}s alongside the plan;
 * everything else (wrong types, duplicate codes, dangling references, bad amounts) still fails.
 * Nothing is ever half-built: a reading returns a whole plan or throws.
 *
 * <p>Documents are parsed by a streaming Jackson parser bounded by {@link
 * StreamReadConstraints} ({@linkplain #DEFAULT_CONSTRAINTS defaults}: nesting depth 100,
 * numbers of 100 characters, strings of 1 000 000 characters, documents of 256 MiB), so a
 * hostile document cannot exhaust memory.
 *
 * <p>Instances are immutable and thread-safe; {@code lenient()} and {@code withConstraints}
 * return copies.
 */
public final class PstJsonReader {

  /** The bounds applied to every document unless {@link #withConstraints} says otherwise. */
  public static final StreamReadConstraints DEFAULT_CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(100)
          .maxNumberLength(100)
          .maxStringLength(1_000_000)
          .maxNameLength(1_000)
          .maxDocumentLength(256L * 1024 * 1024)
          .build();

  private static final PstJsonReader STRICT =
      new PstJsonReader(false, DEFAULT_CONSTRAINTS, JsonCodec.factory(DEFAULT_CONSTRAINTS));

  private final boolean lenient;
  private final boolean requireValid;
  private final StreamReadConstraints constraints;
  private final JsonFactory factory;

  private PstJsonReader(boolean lenient, StreamReadConstraints constraints, JsonFactory factory) {
    this(lenient, false, constraints, factory);
  }

  private PstJsonReader(boolean lenient, boolean requireValid, StreamReadConstraints constraints,
      JsonFactory factory) {
    this.lenient = lenient;
    this.requireValid = requireValid;
    this.constraints = constraints;
    this.factory = factory;
  }

  /**
   * Returns the strict reader with the default constraints.
   *
   * @return the strict reader
   */
  public static PstJsonReader create() {
    return STRICT;
  }

  /**
   * Returns a copy of this reader that tolerates unknown members, {@code null} values and
   * missing optional structure, reporting them as warnings.
   *
   * @return a lenient reader
   */
  public PstJsonReader lenient() {
    return lenient ? this : new PstJsonReader(true, requireValid, constraints, factory);
  }

  /**
   * Returns a copy of this reader that refuses anything the format does not allow.
   *
   * @return a strict reader
   */
  public PstJsonReader strict() {
    return lenient ? new PstJsonReader(false, requireValid, constraints, factory) : this;
  }

  /**
   * Returns a copy of this reader that also validates the plan it reads ({@code
   * BudgetedPlan.validate()}, the domain rules) and refuses a plan with errors: the first error
   * becomes a {@link PstFormatException} at the JSON pointer, line and column of the element (or
   * budget line) it is about, naming the rule. Warnings do not stop the reading.
   *
   * @return a reader that reads valid plans only
   */
  public PstJsonReader requireValid() {
    return requireValid ? this : new PstJsonReader(lenient, true, constraints, factory);
  }

  /**
   * Tells whether this reader refuses plans with validation errors.
   *
   * @return {@code true} if it validates what it reads
   */
  public boolean isRequiringValid() {
    return requireValid;
  }

  /**
   * Tells whether this reader is lenient.
   *
   * @return {@code true} if problems that can be ignored safely become warnings
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Returns the bounds on nesting depth, number, string and document length.
   *
   * @return the constraints
   */
  public StreamReadConstraints constraints() {
    return constraints;
  }

  /**
   * Returns a copy of this reader with other bounds on nesting depth, number, string and
   * document length.
   *
   * @param constraints the bounds
   * @return a reader with these bounds
   */
  public PstJsonReader withConstraints(StreamReadConstraints constraints) {
    Objects.requireNonNull(constraints, "constraints");
    return new PstJsonReader(lenient, requireValid, constraints, JsonCodec.factory(constraints));
  }

  /**
   * Reads a document from a file.
   *
   * @param path the file, UTF-8 (UTF-16 and UTF-32 are detected)
   * @return the plan read and the warnings
   * @throws PstFormatException if the content is not a valid {@code be.pst/1} document; its
   *     source is the path
   * @throws IOException if the file cannot be read
   */
  public PstJsonResult read(Path path) throws IOException, PstFormatException {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /**
   * Reads many documents from files, such as the plans of a region's communes and CPAS, on as
   * many threads as the machine has processors ({@code Runtime.availableProcessors()}); see
   * {@link #readAll(Collection, int)}.
   *
   * @param paths the files, UTF-8 (UTF-16 and UTF-32 are detected)
   * @return the plans read and their warnings, in the order of {@code paths}
   * @throws PstFormatException if a document is not valid: that of the first such file in the
   *     order of {@code paths}; its source is the path
   * @throws IOException if a file cannot be read (the first such file), or {@link
   *     InterruptedIOException} if the calling thread is interrupted while it waits
   */
  public List<PstJsonResult> readAll(Collection<Path> paths)
      throws IOException, PstFormatException {
    return readAll(paths, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Reads many documents from files, on up to {@code threads} threads: the calling thread and
   * {@code threads - 1} short-lived daemon threads (never more than there are files), each
   * taking the next file in the order of {@code paths} until none is left. Nothing is shared
   * between documents but this immutable reader, so the result is the same as reading the files
   * one after the other.
   *
   * <p>Fail-fast: once a file fails, no further file is started; the files already started are
   * finished, and the failure of the first failing file in the order of {@code paths} is thrown
   * (the one a sequential reading would have thrown, since every file before it was started).
   *
   * @param paths the files, UTF-8 (UTF-16 and UTF-32 are detected)
   * @param threads the most threads to read on, the calling thread included; 1 reads on the
   *     calling thread only
   * @return the plans read and their warnings, in the order of {@code paths}
   * @throws PstFormatException if a document is not valid: that of the first such file in the
   *     order of {@code paths}; its source is the path
   * @throws IOException if a file cannot be read (the first such file), or {@link
   *     InterruptedIOException} if the calling thread is interrupted while it waits
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public List<PstJsonResult> readAll(Collection<Path> paths, int threads)
      throws IOException, PstFormatException {
    Objects.requireNonNull(paths, "paths");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    Path[] files = paths.toArray(new Path[0]);
    for (Path file : files) {
      Objects.requireNonNull(file, "paths contains null");
    }
    RegionRead region = new RegionRead(this, files);
    Thread[] helpers = new Thread[Math.max(0, Math.min(threads, files.length) - 1)];
    for (int t = 0; t < helpers.length; t++) {
      helpers[t] = new Thread(region::work, "pst-json-readAll-" + (t + 1));
      helpers[t].setDaemon(true);
      helpers[t].start();
    }
    region.work();
    try {
      for (Thread helper : helpers) {
        helper.join();
      }
    } catch (InterruptedException e) {
      region.stop();
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted while reading " + files.length + " files");
      interrupted.initCause(e);
      throw interrupted;
    }
    return region.results();
  }

  /**
   * Reads a document from a stream, which is read to the end of the document and not closed.
   *
   * @param in the stream, UTF-8 (UTF-16 and UTF-32 are detected)
   * @return the plan read and the warnings
   * @throws PstFormatException if the content is not a valid {@code be.pst/1} document; its
   *     source is {@code "<stream>"}
   * @throws IOException if the stream cannot be read
   */
  public PstJsonResult read(InputStream in) throws IOException, PstFormatException {
    return read(in, PstFormatException.STREAM_SOURCE);
  }

  /**
   * Reads a document from a stream, naming it in problems; the stream is not closed.
   *
   * @param in the stream, UTF-8 (UTF-16 and UTF-32 are detected)
   * @param source the name of the document in problems, e.g. a file name or a URL
   * @return the plan read and the warnings
   * @throws PstFormatException if the content is not a valid {@code be.pst/1} document
   * @throws IOException if the stream cannot be read
   */
  public PstJsonResult read(InputStream in, String source)
      throws IOException, PstFormatException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    byte[] head = JsonEncoding.head(in);
    JsonEncoding encoding = JsonEncoding.detect(head);
    try (JsonParser parser = encoding.isUtf8()
        ? factory.createParser(JsonEncoding.bytes(head, in))
        : factory.createParser(encoding.reader(head, in))) {
      return read(parser, source, encoding.name());
    } catch (CharConversionException e) {
      // Jackson's own detection refused the first bytes before any parser existed.
      throw new PstFormatException("not a UTF-8, UTF-16 or UTF-32 document: " + e.getMessage(),
          source, "", 1, 1, e);
    }
  }

  /**
   * Reads a document held in a string.
   *
   * @param json the document
   * @return the plan read and the warnings
   * @throws PstFormatException if the content is not a valid {@code be.pst/1} document; its
   *     source is {@code "<string>"}
   */
  public PstJsonResult parse(String json) throws PstFormatException {
    Objects.requireNonNull(json, "json");
    long max = constraints.getMaxDocumentLength();
    if (max > 0 && json.length() > max) {
      // Jackson only counts what it loads from streams: a string is checked here.
      throw new PstFormatException(
          "document length ("
              + json.length()
              + ") exceeds the maximum allowed ("
              + constraints.getMaxDocumentLength()
              + ")",
          PstFormatException.STRING_SOURCE, "", 1, 1);
    }
    try (JsonParser parser = factory.createParser(json)) {
      return read(parser, PstFormatException.STRING_SOURCE, "UTF-16");
    } catch (PstFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new PstFormatException(
          "unreadable document: " + e.getMessage(), PstFormatException.STRING_SOURCE, "", -1, -1,
          e);
    }
  }

  private PstJsonResult read(JsonParser parser, String source, String encoding)
      throws IOException, PstFormatException {
    JsonInput in = new JsonInput(parser, source, lenient);
    if (requireValid) {
      in.recordPlaces();
    }
    BudgetedPlan plan;
    try {
      plan = readDocument(in);
    } catch (JsonProcessingException e) {
      throw in.fromJackson(e);
    } catch (CharConversionException | CharacterCodingException e) {
      // Malformed UTF-16 or UTF-32: a problem of the content, not of the stream.
      throw in.fromEncoding(encoding, e);
    }
    if (requireValid) {
      ValidPlans.require(plan, in);
    }
    return PstJsonResult.of(plan, in.warnings());
  }

  /** Reads a whole document, from its first token to the end of the input. */
  static BudgetedPlan readDocument(JsonInput in) throws IOException, PstFormatException {
    if (in.next() == null) {
      throw in.fail("empty document: expected a be.pst/1 object");
    }
    BudgetedPlan plan = PlanCodecs.DOCUMENT.read(in);
    if (in.next() != null) {
      throw in.fail("unexpected content (" + JsonInput.describe(in.parser.currentToken())
          + ") after the end of the document");
    }
    return plan;
  }

  /** Returns {@code PstJsonReader[strict|lenient]}. */
  @Override
  public String toString() {
    return "PstJsonReader[" + (lenient ? "lenient" : "strict")
        + (requireValid ? ", valid plans only" : "") + "]";
  }
}
