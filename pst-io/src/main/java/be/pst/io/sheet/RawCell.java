package be.pst.io.sheet;

/**
 * A cell as a file holds it, before its column gives it a meaning: its kind and its text. A CSV
 * cell is always text; a workbook cell may be a number (its text is then the number as the
 * workbook stores it, such as {@code 287500} or {@code 0.30000000000000004}), a boolean
 * ({@code 1} or {@code 0}) or an error ({@code #DIV/0!}).
 */
final class RawCell {

  /** What a cell holds. */
  enum Kind { EMPTY, TEXT, NUMBER, BOOLEAN, ERROR }

  static final RawCell EMPTY = new RawCell(Kind.EMPTY, "");

  final Kind kind;
  final String text;

  private RawCell(Kind kind, String text) {
    this.kind = kind;
    this.text = text;
  }

  static RawCell text(String text) {
    return text.isEmpty() ? EMPTY : new RawCell(Kind.TEXT, text);
  }

  static RawCell of(Kind kind, String text) {
    return kind == Kind.EMPTY || (kind == Kind.TEXT && text.isEmpty()) ? EMPTY
        : new RawCell(kind, text);
  }

  /** Whether the cell holds nothing but spaces. */
  boolean isBlank() {
    return kind == Kind.EMPTY || (kind == Kind.TEXT && text.isBlank());
  }
}
