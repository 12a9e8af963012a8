package be.pst.io.json;

import be.pst.io.Location;
import java.util.Objects;

/**
 * A problem that a lenient reading tolerated (avertissement de lecture): an unknown member that
 * was skipped, a {@code null} that was ignored, a missing optional structure that was read as
 * empty. It says where, like a {@link be.pst.io.PstFormatException}: the JSON pointer of the
 * value, its line and column.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PstJsonWarning {

  private final Location location;
  private final String message;

  /**
   * Creates a warning.
   *
   * @param pointer the RFC 6901 JSON pointer of the value concerned
   * @param line the 1-based line, or {@code -1} if unknown
   * @param column the 1-based column, or {@code -1} if unknown
   * @param message what was tolerated
   */
  public PstJsonWarning(String pointer, int line, int column, String message) {
    this.location = Location.of(pointer, line, column);
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the JSON pointer of the value concerned.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String pointer() {
    return location.pointer();
  }

  /**
   * Returns the 1-based line of the value concerned.
   *
   * @return the line, or {@code -1} if unknown
   */
  public int line() {
    return location.line();
  }

  /**
   * Returns the 1-based column of the value concerned.
   *
   * @return the column, or {@code -1} if unknown
   */
  public int column() {
    return location.column();
  }

  /**
   * Returns what was tolerated.
   *
   * @return the message, e.g. {@code unknown member "colour" in an action: ignored}
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PstJsonWarning
        && location.equals(((PstJsonWarning) other).location)
        && message.equals(((PstJsonWarning) other).message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location.pointer(), location.line(), location.column(), message);
  }

  /** Returns {@code line:column: pointer: message}. */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
