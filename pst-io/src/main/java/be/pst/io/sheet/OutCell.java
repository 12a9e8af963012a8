package be.pst.io.sheet;

import be.pst.budget.money.EuroAmount;
import java.math.BigDecimal;

/** A cell to write: empty, a text (bold for headings), an amount in euros, or a whole number. */
final class OutCell {

  enum Kind { EMPTY, TEXT, AMOUNT, INTEGER }

  static final OutCell EMPTY = new OutCell(Kind.EMPTY, "", null, false);

  final Kind kind;
  final String text;
  /** Euros at scale 2, for {@link Kind#AMOUNT}. */
  final BigDecimal euros;
  final boolean bold;

  private OutCell(Kind kind, String text, BigDecimal euros, boolean bold) {
    this.kind = kind;
    this.text = text;
    this.euros = euros;
    this.bold = bold;
  }

  static OutCell text(String text) {
    return text.isEmpty() ? EMPTY : new OutCell(Kind.TEXT, text, null, false);
  }

  static OutCell heading(String text) {
    return new OutCell(Kind.TEXT, text, null, true);
  }

  static OutCell amount(EuroAmount amount) {
    return new OutCell(Kind.AMOUNT, "", amount.toBigDecimal(), false);
  }

  static OutCell integer(int value) {
    return new OutCell(Kind.INTEGER, Integer.toString(value), null, false);
  }

  OutCell bold() {
    return new OutCell(kind, text, euros, true);
  }

  /** The characters the cell takes on screen, for column widths. */
  int displayWidth() {
    if (kind == Kind.AMOUNT) {
      int digits = euros.precision() - euros.scale();
      return Math.max(digits, 1) + Math.max(digits - 1, 0) / 3 + 6;
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text.length() : newline;
  }
}
