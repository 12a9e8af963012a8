package be.pst.io;

import java.util.Objects;

/**
 * Where a value is in a PST document (emplacement): the pointer to the value (an RFC 6901 JSON
 * pointer for JSON, the path of the element for eComptes XML, {@code ""} for the whole
 * document) and its 1-based line and column in the text ({@code -1} when unknown). It is the
 * place both a {@link PstFormatException} and a lenient reading's warning name.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Location {

  private final String pointer;
  private final int line;
  private final int column;

  private Location(String pointer, int line, int column) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the location of a value.
   *
   * @param pointer the pointer to the value ({@code ""} for the whole document)
   * @param line the 1-based line, or {@code -1} if unknown
   * @param column the 1-based column, or {@code -1} if unknown
   * @return the location
   */
  public static Location of(String pointer, int line, int column) {
    return new Location(pointer, line, column);
  }

  /**
   * Returns the pointer to the value ({@code ""} is the whole document).
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the 1-based line of the value in the text.
   *
   * @return the line, or {@code -1} if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the value in the text.
   *
   * @return the column, or {@code -1} if unknown
   */
  public int column() {
    return column;
  }

  /**
   * The message of a problem in document {@code source} at this location: {@code
   * source:line:column: pointer: problem}, without the line and column when unknown.
   */
  String message(String source, String problem) {
    StringBuilder message = new StringBuilder().append(source);
    if (line > 0) {
      message.append(':').append(line);
      if (column > 0) {
        message.append(':').append(column);
      }
    }
    return message.append(": ").append(pointerText()).append(": ").append(problem).toString();
  }

  /** The pointer as messages show it: {@code (document)} for the whole document. */
  private String pointerText() {
    return pointer.isEmpty() ? "(document)" : pointer;
  }

  /**
   * Compares the pointer, line and column.
   *
   * @param other the object to compare to
   * @return whether {@code other} is a location with the same pointer, line and column
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Location
        && pointer.equals(((Location) other).pointer)
        && line == ((Location) other).line
        && column == ((Location) other).column;
  }

  /**
   * Hashes the pointer, line and column.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(pointer, line, column);
  }

  /**
   * Returns {@code line:column: pointer}, {@code (document)} for the whole document; a warning
   * adds {@code : message} to it.
   *
   * @return the readable location
   */
  @Override
  public String toString() {
    return line + ":" + column + ": " + pointerText();
  }
}
