package be.pst.io.ecomptes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Element labels (libellés) of eComptes: the code travels in front of the title,
 * {@code "OS1 - Être un CPAS…"}, as real PST tools write it ({@code "OS.1 - …"},
 * {@code "OO.1.2 - …"}, {@code "A.16 - SA.17 - …"} for a sub-action), and labels are at most
 * 255 characters.
 */
final class Labels {

  /** Maximum length of {@code Libelle}, in characters (XML Schema counts code points). */
  static final int MAX = 255;

  /** Separator between codes and title. */
  static final String SEPARATOR = " - ";

  private static final String ELLIPSIS = "\u2026";

  private Labels() {}

  /** What a label says: the codes in front (ancestors first, own code last) and the title. */
  record Decoded(List<String> codes, String title) {
    /** The element's own code, when the label had one. */
    Optional<String> ownCode() {
      return codes.isEmpty() ? Optional.empty()
          : Optional.of(codes.get(codes.size() - 1));
    }

    /** The code of the parent action, for a sub-action label. */
    Optional<String> parentCode() {
      return codes.size() < 2 ? Optional.empty()
          : Optional.of(codes.get(codes.size() - 2));
    }
  }

  /**
   * Truncates to at most {@code max} code points: a longer text keeps its first
   * {@code max - 1} code points and ends with {@code …}. Never splits a surrogate pair.
   */
  static String truncate(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    if (max <= 0) {
      return "";
    }
    int end = text.offsetByCodePoints(0, max - 1);
    return text.substring(0, end) + ELLIPSIS;
  }

  /**
   * Encodes codes and title as {@code "A1 - A1.1 - title"}, truncating the title (never the
   * codes, unless they alone exceed the limit) to {@link #MAX} characters.
   */
  static String encode(List<String> codes, String title) {
    StringBuilder prefix = new StringBuilder();
    for (String code : codes) {
      prefix.append(code).append(SEPARATOR);
    }
    int prefixLength = prefix.codePointCount(0, prefix.length());
    if (prefixLength >= MAX - 1) {
      return truncate(prefix + title, MAX);
    }
    return prefix + truncate(title, MAX - prefixLength);
  }

  /**
   * Decodes a label. When the element id is found as a code in front of the title
   * ({@code "id - title"} or {@code "parent - id - title"}), it is the code; otherwise codes as
   * pst writes them ({@code "OS1-OP1-A1 - title"}, {@code "A16 - A16.1 - title"}: words with a
   * digit and no space, each followed by {@code " - "}) give the codes; otherwise a real-tool
   * prefix ({@code OS 1: }, {@code OO.1.2 – }) gives them; otherwise the whole label is the
   * title and there is no code.
   */
  static Decoded decode(String label, String elementId) {
    String trimmed = label.strip();
    String id = elementId == null ? "" : elementId.strip();
    if (!id.isEmpty()) {
      String marker = id + SEPARATOR;
      int at = -1;
      if (trimmed.startsWith(marker)) {
        at = 0;
      } else {
        int idx = indexOf(trimmed, SEPARATOR + marker);
        if (idx > 0) {
          at = idx + SEPARATOR.length();
        }
      }
      if (at >= 0) {
        String title = trimmed.substring(at + marker.length()).strip();
        List<String> codes = new ArrayList<>();
        if (at > 0) {
          for (String c : trimmed.substring(0, at - SEPARATOR.length()).split(" - ")) {
            codes.add(c.strip());
          }
        }
        codes.add(id);
        if (!title.isEmpty()) {
          return new Decoded(List.copyOf(codes), title);
        }
      }
    }
    Decoded tokens = codeTokens(trimmed);
    if (tokens != null) {
      return tokens;
    }
    Decoded prefixed = toolPrefix(trimmed);
    if (prefixed != null) {
      return prefixed;
    }
    return new Decoded(List.of(), trimmed);
  }

  /** The longest text read as a code by {@link #codeTokens}. */
  private static final int MAX_TOKEN = 64;

  /**
   * The codes and title of a label that starts with codes as pst writes them, each followed by
   * {@code " - "}: a code is a word of at most 64 characters, without white space, holding a
   * digit ({@code OS1-OP1-A1}, {@code A16.1}, {@code 101}); then a non-blank title. {@code null}
   * if the label does not start so. One pass, left to right.
   */
  private static Decoded codeTokens(String label) {
    List<String> codes = new ArrayList<>();
    int start = 0;
    while (true) {
      int end = label.indexOf(SEPARATOR, start);
      if (end < 0 || !isCodeToken(label, start, end)) {
        break;
      }
      codes.add(label.substring(start, end));
      start = end + SEPARATOR.length();
    }
    if (codes.isEmpty() || label.substring(start).isBlank()) {
      return null;
    }
    return new Decoded(List.copyOf(codes), label.substring(start).strip());
  }

  private static boolean isCodeToken(String s, int from, int to) {
    if (to == from || to - from > MAX_TOKEN) {
      return false;
    }
    boolean digit = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return false;
      }
      digit |= isDigit(c);
    }
    return digit;
  }

  /**
   * The codes and title of a label that starts with real-tool codes ({@code OS.1 - },
   * {@code A.16 - SA.17 - }), or {@code null}: one or more codes, each followed by {@code -},
   * {@code –}, {@code —} or {@code :} between optional spaces, then a non-blank title. A code is
   * {@code OS}, {@code OO}, {@code OP}, {@code SA} or {@code A} (any case), an optional space, an
   * optional {@code .}, an optional space and numbers separated by dots. Scanned once, left to
   * right: linear in the length of the label, however many codes it repeats.
   */
  private static Decoded toolPrefix(String label) {
    List<String> codes = new ArrayList<>();
    int i = skipSpaces(label, 0);
    while (true) {
      int codeEnd = toolCodeEnd(label, i);
      if (codeEnd < 0) {
        break;
      }
      int j = skipSpaces(label, codeEnd);
      if (j >= label.length() || "-\u2013\u2014:".indexOf(label.charAt(j)) < 0) {
        break;
      }
      codes.add(label.substring(i, codeEnd).replace(" ", "").toUpperCase(Locale.ROOT));
      i = skipSpaces(label, j + 1);
    }
    if (codes.isEmpty() || label.substring(i).isBlank()) {
      return null;
    }
    return new Decoded(List.copyOf(codes), label.substring(i).strip());
  }

  /** The end of a real-tool code starting at {@code i}, or -1 if none starts there. */
  private static int toolCodeEnd(String s, int i) {
    int n = s.length();
    int j;
    if (startsWithIgnoringCase(s, i, "OS") || startsWithIgnoringCase(s, i, "OO")
        || startsWithIgnoringCase(s, i, "OP") || startsWithIgnoringCase(s, i, "SA")) {
      j = i + 2;
    } else if (startsWithIgnoringCase(s, i, "A")) {
      j = i + 1;
    } else {
      return -1;
    }
    if (j < n && isSpace(s.charAt(j))) {
      j++;
    }
    if (j < n && s.charAt(j) == '.') {
      j++;
    }
    if (j < n && isSpace(s.charAt(j))) {
      j++;
    }
    int digits = j;
    while (j < n && isDigit(s.charAt(j))) {
      j++;
    }
    if (j == digits) {
      return -1;
    }
    while (j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
      j += 2;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
    }
    return j;
  }

  /** Whether {@code s} has the ASCII letters {@code ascii} at {@code at}, in any case. */
  private static boolean startsWithIgnoringCase(String s, int at, String ascii) {
    if (at + ascii.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      char c = s.charAt(at + k);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != Character.toLowerCase(ascii.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** {@code \s} of regular expressions: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }
  /**
   * The first index of {@code pattern} in {@code text}, or -1, in time linear in both
   * (Knuth–Morris–Pratt): {@link String#indexOf(String)} compares naively, which is quadratic
   * when a long element id almost matches a long label many times.
   */
  static int indexOf(String text, String pattern) {
    int m = pattern.length();
    if (m == 0) {
      return 0;
    }
    int[] border = new int[m];
    for (int i = 1, k = 0; i < m; i++) {
      while (k > 0 && pattern.charAt(i) != pattern.charAt(k)) {
        k = border[k - 1];
      }
      if (pattern.charAt(i) == pattern.charAt(k)) {
        k++;
      }
      border[i] = k;
    }
    for (int i = 0, k = 0; i < text.length(); i++) {
      while (k > 0 && text.charAt(i) != pattern.charAt(k)) {
        k = border[k - 1];
      }
      if (text.charAt(i) == pattern.charAt(k)) {
        k++;
      }
      if (k == m) {
        return i - m + 1;
      }
    }
    return -1;
  }
}
