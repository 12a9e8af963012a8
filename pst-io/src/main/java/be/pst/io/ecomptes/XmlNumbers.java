package be.pst.io.ecomptes;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The numbers of an eComptes document ({@code xs:decimal}, {@code xs:integer}), read by a
 * scanner that counts significant digits before anything is converted: a million digits cost a
 * linear scan and a refusal, never a quadratic conversion.
 */
final class XmlNumbers {

  /** Longest text quoted in a message. */
  private static final int QUOTE = 40;

  private XmlNumbers() {}

  /** A decimal split into sign and significant digits. */
  private record Digits(boolean negative, String integer, String fraction) {}

  /**
   * Splits {@code [+-]?(d+(.d*)?|.d+)} into sign, integer digits without leading zeros and
   * fraction digits without trailing zeros beyond {@code keepScale}; {@code null} if the text is
   * not a decimal.
   */
  private static Digits digits(String text, int keepScale) {
    int n = text.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    int intStart = i;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    int intEnd = i;
    int fracStart = i;
    int fracEnd = i;
    if (i < n && text.charAt(i) == '.') {
      i++;
      fracStart = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      fracEnd = i;
    }
    if (i != n || intEnd == intStart && fracEnd == fracStart) {
      return null;
    }
    while (intStart < intEnd && text.charAt(intStart) == '0') {
      intStart++;
    }
    while (fracEnd - fracStart > keepScale && text.charAt(fracEnd - 1) == '0') {
      fracEnd--;
    }
    return new Digits(negative, text.substring(intStart, intEnd),
        text.substring(fracStart, fracEnd));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * An {@code xs:decimal} with at most {@code maxIntegerDigits} significant integer digits and
   * {@code maxScale} decimals (trailing zeros beyond it are dropped: {@code 1.000…0} is 1 at
   * scale {@code maxScale}).
   *
   * @throws NumberFormatException saying what was expected, the text quoted (abbreviated)
   */
  static BigDecimal decimal(String text, int maxIntegerDigits, int maxScale) {
    Digits d = digits(text, maxScale);
    if (d == null) {
      throw new NumberFormatException(
          "expected a decimal number such as 1234.56, found '" + quote(text) + "'");
    }
    if (d.integer().length() > maxIntegerDigits || d.fraction().length() > maxScale) {
      throw new NumberFormatException("decimal out of range: '" + quote(text) + "' (at most "
          + maxIntegerDigits + " integer digits and " + maxScale + " decimals)");
    }
    String plain = (d.negative() ? "-" : "") + (d.integer().isEmpty() ? "0" : d.integer())
        + (d.fraction().isEmpty() ? "" : "." + d.fraction());
    return new BigDecimal(plain);
  }

  /**
   * An amount in euros as cents: an {@code xs:decimal} with at most two significant decimals,
   * within ±{@value Long#MAX_VALUE} cents (±92 233 720 368 547 758,07 €).
   *
   * @throws NumberFormatException saying what was wrong, the text quoted (abbreviated)
   */
  static long cents(String text) {
    Digits d = digits(text, 2);
    if (d == null) {
      throw new NumberFormatException(
          "expected a decimal number such as 1234.56, found '" + quote(text) + "'");
    }
    if (d.fraction().length() > 2) {
      throw new NumberFormatException("amount " + quote(text)
          + " has a fraction of a cent; expected at most 2 decimals");
    }
    String digits = d.integer() + (d.fraction() + "00").substring(0, 2);
    if (digits.length() > 19
        || new BigInteger(digits).compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
      throw new NumberFormatException("amount " + quote(text)
          + " is out of range (at most ±92233720368547758.07)");
    }
    long cents = Long.parseLong(digits);
    return d.negative() ? -cents : cents;
  }

  /**
   * An {@code xs:integer} of at most {@code maxDigits} significant digits.
   *
   * @throws NumberFormatException saying what was expected, the text quoted (abbreviated)
   */
  static int integer(String text, int maxDigits) {
    Digits d = digits(text, 0);
    if (d == null || !d.fraction().isEmpty() || text.indexOf('.') >= 0) {
      throw new NumberFormatException("expected an integer, found '" + quote(text) + "'");
    }
    if (d.integer().length() > Math.min(maxDigits, 9)) {
      throw new NumberFormatException("integer out of range: '" + quote(text) + "' (at most "
          + Math.min(maxDigits, 9) + " digits)");
    }
    int value = d.integer().isEmpty() ? 0 : Integer.parseInt(d.integer());
    return d.negative() ? -value : value;
  }

  /** The text as messages quote it: at most {@value #QUOTE} characters. */
  static String quote(String text) {
    if (text.length() <= QUOTE) {
      return text;
    }
    return text.substring(0, QUOTE - 3) + "… (" + text.length() + " characters)";
  }
}
