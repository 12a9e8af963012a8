package be.pst.io.json;

/**
 * Thrown when a value held by the model cannot be written in the {@code be.pst/1} format
 * because the reader would refuse it (a text beyond the format's string bound, an element
 * nested too deep…): writing stops before a file the reader refuses is produced. The message
 * names the JSON pointer of the value.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class UnwritableValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The JSON pointer of the value that cannot be written. */
  private final String pointer;

  /**
   * Creates the exception.
   *
   * @param pointer the JSON pointer of the value
   * @param problem what is wrong with it
   */
  public UnwritableValueException(String pointer, String problem) {
    super("cannot write " + (pointer.isEmpty() ? "the document" : pointer) + ": " + problem);
    this.pointer = pointer;
  }

  /**
   * The JSON pointer of the value that cannot be written.
   *
   * @return e.g. {@code /plan/strategicObjectives/0/title}
   */
  public String pointer() {
    return pointer;
  }
}
