package be.pst.io;

import java.util.Objects;

/**
 * A PST document (JSON or eComptes XML) whose content is not what the format allows
 * (document PST mal formé): a syntax error, an unknown member, a value of the wrong type, a
 * missing required value, a duplicate code, a dangling reference, an amount with a fraction of
 * a cent, a document too deep or too large.
 *
 * <p>The exception says where the problem is: the {@linkplain #source() source} (a file name,
 * or {@code "<string>"} / {@code "<stream>"}), the {@linkplain #pointer() pointer} to the
 * offending value (an RFC 6901 JSON pointer for JSON, such as
 * {@code /plan/strategicObjectives/0/code}; for eComptes XML, the path of the element; the empty
 * string is the whole document), and the
 * {@linkplain #line() line} and {@linkplain #column() column} in the text (1-based, or
 * {@code -1} when unknown). {@link #problem()} says what was wrong and what was expected;
 * {@link #getMessage()} combines all of it, e.g.
 * {@code pst.json:12:17: /plan/title: expected a string, found a number}.
 *
 * <p>Instances are immutable and thread-safe (the cause, if any, is fixed at construction).
 */
public final class PstFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The source name used when a document is parsed from a string. */
  public static final String STRING_SOURCE = "<string>";

  /** The source name used when a document is read from a stream with no known name. */
  public static final String STREAM_SOURCE = "<stream>";

  /** What was wrong and what was expected. */
  private final String problem;

  /** The name of the document. */
  private final String source;

  /** The pointer to the offending value. */
  private final String pointer;

  /** The 1-based line, or -1. */
  private final int line;

  /** The 1-based column, or -1. */
  private final int column;

  /**
   * Creates an exception for a problem at a known place.
   *
   * @param problem what was wrong and what was expected, e.g.
   *     {@code "expected a string, found a number"}
   * @param source the file name, {@code "<string>"} or {@code "<stream>"}
   * @param pointer the pointer to the offending value ({@code ""} for the whole document)
   * @param line the 1-based line, or {@code -1} if unknown
   * @param column the 1-based column, or {@code -1} if unknown
   */
  public PstFormatException(String problem, String source, String pointer, int line, int column) {
    this(problem, source, pointer, line, column, null);
  }

  /**
   * Creates an exception for a problem at a known place, caused by another exception.
   *
   * @param problem what was wrong and what was expected
   * @param source the file name, {@code "<string>"} or {@code "<stream>"}
   * @param pointer the pointer to the offending value ({@code ""} for the whole document)
   * @param line the 1-based line, or {@code -1} if unknown
   * @param column the 1-based column, or {@code -1} if unknown
   * @param cause the underlying exception, or {@code null}
   */
  public PstFormatException(
      String problem, String source, String pointer, int line, int column, Throwable cause) {
    super(Location.of(pointer, line, column).message(source, problem), cause);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.source = Objects.requireNonNull(source, "source");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
  }

  /**
   * Returns what was wrong and what was expected, without the place.
   *
   * @return the problem, e.g. {@code "expected a string, found a number"}
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns the name of the document: a file name, {@code "<string>"} or {@code "<stream>"}.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the pointer to the offending value: an RFC 6901 JSON pointer for JSON documents,
   * the path of the element for eComptes XML ({@code ""} is the whole document).
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the 1-based line of the offending value in the text.
   *
   * @return the line, or {@code -1} if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the offending value in the text.
   *
   * @return the column, or {@code -1} if unknown
   */
  public int column() {
    return column;
  }
}
