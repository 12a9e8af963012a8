package be.pst.report;

/**
 * Escaping of text for XHTML and SVG: the five XML special characters become references, and
 * characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE, U+FFFF) become
 * U+FFFD, so that any title, however hostile, yields a well-formed document. Stateless;
 * package-private.
 */
final class Html {

  /** The replacement character, for what XML cannot carry. */
  private static final char REPLACEMENT = '\uFFFD';

  private Html() {}

  /**
   * Escapes text for an element's content or an attribute's value.
   *
   * @param text any text, {@code null} read as empty
   * @return the escaped text
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder s = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      String replacement = null;
      switch (c) {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '"':
          replacement = "&quot;";
          break;
        case '\'':
          replacement = "&#39;";
          break;
        default:
          if (!allowed(text, i)) {
            replacement = String.valueOf(REPLACEMENT);
          } else if (Character.isHighSurrogate(c)) {
            if (s != null) {
              s.append(c).append(text.charAt(i + 1));
            }
            i++;
            continue;
          }
      }
      if (replacement != null) {
        if (s == null) {
          s = new StringBuilder(n + 16).append(text, 0, i);
        }
        s.append(replacement);
      } else if (s != null) {
        s.append(c);
      }
    }
    return s == null ? text : s.toString();
  }

  /** Whether the character at {@code i} (with its pair, for a surrogate) may appear in XML 1.0. */
  private static boolean allowed(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return false;
    }
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
  }
}
