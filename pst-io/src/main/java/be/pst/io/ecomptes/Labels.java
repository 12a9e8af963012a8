package be.pst.io.ecomptes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** A code prefix written by real tools: OS.1, OO.1.2, OP 3, A.16, SA.17 (any case). */
  private static final Pattern TOOL_CODE =
      Pattern.compile("(?:OS|OO|OP|SA|A)\\s?\\.?\\s?\\d+(?:\\.\\d+)*", Pattern.CASE_INSENSITIVE);

  private static final Pattern TOOL_PREFIX = Pattern.compile(
      "^\\s*((?:(?:OS|OO|OP|SA|A)\\s?\\.?\\s?\\d+(?:\\.\\d+)*\\s*[-\u2013\u2014:]\\s*)+)(.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

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
   * ({@code "id - title"} or {@code "parent - id - title"}), it is the code; otherwise a
   * real-tool prefix ({@code OS.1}, {@code OO.1.2}, {@code A.16 - SA.17}) gives the codes;
   * otherwise the whole label is the title and there is no code.
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
        int idx = trimmed.indexOf(SEPARATOR + marker);
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
    Matcher m = TOOL_PREFIX.matcher(trimmed);
    if (m.matches() && !m.group(2).isBlank()) {
      List<String> codes = new ArrayList<>();
      Matcher c = TOOL_CODE.matcher(m.group(1));
      while (c.find()) {
        codes.add(c.group().replace(" ", "").toUpperCase(Locale.ROOT));
      }
      return new Decoded(List.copyOf(codes), m.group(2).strip());
    }
    return new Decoded(List.of(), trimmed);
  }
}
