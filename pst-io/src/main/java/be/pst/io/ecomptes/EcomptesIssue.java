package be.pst.io.ecomptes;

import be.pst.core.style.PstStyle;
import org.immutables.value.Value;

/**
 * A problem found in an eComptes XML document (anomalie d'un export eComptes) that did not
 * stop the reading: a missing required element that a real tool left out, a value that had to
 * be guessed, or a schema violation reported by {@link EcomptesXml#validate(java.nio.file.Path)}.
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

  /** Builds an {@link EcomptesIssue}. */
  public static final class Builder extends ImmutableEcomptesIssue.Builder {
    Builder() {}
  }
}
