package be.pst.budget.money;

import java.math.BigInteger;

/**
 * Reads and prints euro amounts as text: plain decimals ({@code 287500.00}) and the Belgian
 * style of the PST annexes ({@code 287.500,00 €}). Every reader is linear in its input and
 * bounded: a text longer than {@link #MAX_LENGTH} characters is refused before it is looked at.
 * Stateless and thread-safe.
 */
final class EuroText {

  /** The longest text an amount is read from. */
  static final int MAX_LENGTH = 64;

  private static final String RANGE = "±92.233.720.368.547.758,07 €";

  private EuroText() {}

  /** Which separators a text uses. */
  enum Style {
    /** {@code 287500.00}: a dot before the cents, no thousands separator. */
    PLAIN,
    /** {@code 287.500,00}: dots between thousands, a comma before the cents. */
    BELGIAN,
    /** Belgian if the text has a comma, else plain. */
    EITHER
  }

  /**
   * The cents of an amount written in {@code style}, with an optional sign, an optional
   * {@code €} or {@code EUR} before or after, spaces (also non-breaking) around.
   */
  static long parse(CharSequence text, Style style) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "not an amount of euros: a text of " + text.length() + " characters (at most "
              + MAX_LENGTH + ")");
    }
    String s = clean(text.toString());
    if (s.equals("-") && style != Style.PLAIN) {
      return 0; // accounting tables print a lone dash for zero
    }
    Style actual = style == Style.EITHER ? (s.indexOf(',') >= 0 ? Style.BELGIAN : Style.PLAIN)
        : style;
    int i = 0;
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    char decimal = actual == Style.BELGIAN ? ',' : '.';
    long euros = 0;
    int digits = 0;
    int groupDigits = 0;
    boolean grouped = false;
    boolean overflow = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (digits > 0 || c != '0') {
          if (euros > (Long.MAX_VALUE - (c - '0')) / 10) {
            overflow = true;
          } else {
            euros = euros * 10 + (c - '0');
          }
        }
        digits++;
        groupDigits++;
      } else if (c == '.' && actual == Style.BELGIAN) {
        if (digits == 0 || (grouped ? groupDigits != 3 : groupDigits > 3)) {
          throw malformed(text, actual);
        }
        grouped = true;
        groupDigits = 0;
      } else if (c == decimal) {
        break;
      } else {
        throw malformed(text, actual);
      }
    }
    if (digits == 0 || (grouped && groupDigits != 3)) {
      throw malformed(text, actual);
    }
    long cents = 0;
    if (i < s.length()) {
      i++;
      int fraction = 0;
      boolean nonZeroBeyondCents = false;
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          throw malformed(text, actual);
        }
        if (fraction < 2) {
          cents = cents * 10 + (c - '0');
        } else if (c != '0') {
          nonZeroBeyondCents = true;
        }
        fraction++;
      }
      if (fraction == 0) {
        throw malformed(text, actual);
      }
      if (fraction == 1) {
        cents *= 10;
      }
      if (nonZeroBeyondCents) {
        throw new IllegalArgumentException(
            "amount '" + text + "' has a fraction of a cent; euros are kept to the cent");
      }
    }
    if (overflow || euros > Long.MAX_VALUE / 100) {
      throw outOfRange(text);
    }
    long total = euros * 100;
    if (total > Long.MAX_VALUE - cents) {
      throw outOfRange(text);
    }
    total += cents;
    return negative ? -total : total;
  }

  private static String clean(String text) {
    String s = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2212', '-').strip();
    if (s.endsWith("€")) {
      s = s.substring(0, s.length() - 1).strip();
    } else if (s.endsWith("EUR")) {
      s = s.substring(0, s.length() - 3).strip();
    } else if (s.startsWith("€")) {
      s = s.substring(1).strip();
    } else if (s.startsWith("EUR")) {
      s = s.substring(3).strip();
    }
    return s.indexOf(' ') >= 0 ? s.replace(" ", "") : s;
  }

  private static IllegalArgumentException malformed(CharSequence text, Style style) {
    return new IllegalArgumentException(
        "not an amount of euros: '" + text + "' (expected "
            + (style == Style.BELGIAN ? "287.500,00 €, 287500,00 or -984.700,00"
                : "287500.00, 287500 or -12.5")
            + ")");
  }

  static IllegalArgumentException outOfRange(CharSequence text) {
    return new IllegalArgumentException(
        "amount '" + text + "' is beyond the range of euro amounts (" + RANGE + ")");
  }

  /** {@code 287.500,00}: Belgian digits, no currency sign. */
  static String formatPlain(long cents) {
    StringBuilder out = new StringBuilder(24);
    if (cents < 0) {
      out.append('-');
    }
    // Long.MIN_VALUE has no positive counterpart: work on the negative magnitude.
    long negative = cents < 0 ? cents : -cents;
    long euros = -(negative / 100);
    int rest = (int) -(negative % 100);
    appendGrouped(out, Long.toString(euros));
    out.append(',').append((char) ('0' + rest / 10)).append((char) ('0' + rest % 10));
    return out.toString();
  }

  /** {@code 287.500,00} for a number of cents of any size. */
  static String formatPlain(BigInteger cents) {
    StringBuilder out = new StringBuilder();
    if (cents.signum() < 0) {
      out.append('-');
    }
    BigInteger[] qr = cents.abs().divideAndRemainder(BigInteger.valueOf(100));
    appendGrouped(out, qr[0].toString());
    int rest = qr[1].intValue();
    out.append(',').append((char) ('0' + rest / 10)).append((char) ('0' + rest % 10));
    return out.toString();
  }

  private static void appendGrouped(StringBuilder out, String digits) {
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      out.append('.').append(digits, i, i + 3);
    }
  }
}
