package be.pst.io.ecomptes;

import be.pst.core.style.PstStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem found in an eComptes XML document (anomalie d'un export eComptes) that did not
 * stop the reading: a missing required element that a real tool left out, a value that had to
 * be guessed, or a schema violation reported by {@link EcomptesXml#validate(java.nio.file.Path)}.
 * An import reports each {@linkplain #kind() kind} of warning once: the issue is placed at its
 * first occurrence, {@link #count()} says how many there were and {@link #examples()} shows the
 * first few.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class EcomptesIssue implements WithEcomptesIssue {

  EcomptesIssue() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates an issue.
   *
   * @param xmlPath the path of the element concerned, {@code ""} when unknown
   * @param line the 1-based line, {@code -1} when unknown
   * @param column the 1-based column, {@code -1} when unknown
   * @param message what was found and what was done about it
   * @return the issue
   */
  public static EcomptesIssue of(String xmlPath, int line, int column, String message) {
    return builder().xmlPath(xmlPath).line(line).column(column).message(message).build();
  }

  /**
   * Returns the path of the element concerned.
   *
   * @return an XPath-like path such as {@code /dataroot/PST/Volets/Volet[1]}, or {@code ""}
   */
  public abstract String xmlPath();

  /**
   * Returns the line.
   *
   * @return the 1-based line, {@code -1} when unknown
   */
  public abstract int line();

  /**
   * Returns the column.
   *
   * @return the 1-based column, {@code -1} when unknown
   */
  public abstract int column();

  /**
   * The kind of warning, for an import warning.
   *
   * @return the kind; empty for a schema violation reported by validation
   */
  public abstract Optional<EcomptesWarning> kind();

  /**
   * How many times this kind of warning occurred in the document.
   *
   * @return at least 1
   */
  @Value.Default
  public int count() {
    return 1;
  }

  /**
   * The first occurrences (at most {@value #MAX_EXAMPLES}), each naming what was found and
   * where.
   *
   * @return the examples
   */
  public abstract List<String> examples();

  /** The most occurrences an issue shows in {@link #examples()}. */
  public static final int MAX_EXAMPLES = 5;

  /**
   * Returns the message.
   *
   * @return what was found and what was done about it
   */
  public abstract String message();

  /**
   * Returns the issue as {@code "line 12, column 5, /dataroot/…: message"}.
   *
   * @return a readable one-line description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (line() > 0) {
      sb.append("line ").append(line());
      if (column() > 0) {
        sb.append(", column ").append(column());
      }
      sb.append(", ");
    }
    if (!xmlPath().isEmpty()) {
      sb.append(xmlPath()).append(": ");
    }
    return sb.append(message()).toString();
  }

  @Value.Check
  void check() {
    if (count() < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count());
    }
  }

  /** Builds an {@link EcomptesIssue}. */
  public static final class Builder extends ImmutableEcomptesIssue.Builder {
    Builder() {}
  }
}
