package be.pst.core.label;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Accent- and case-insensitive matching of French labels (libellés) to enumeration constants.
 *
 * <p>Every enumeration of pst parses the words of the seeds through {@link #parse}: "À l'étude",
 * "a l'etude", "A L’ETUDE" and the constant name {@code UNDER_STUDY} all denote the same
 * constant. This class is stateless and thread-safe.
 */
public final class Labels {

  /** Combining marks, which the canonical decomposition separates from their letters. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  private Labels() {}

  /**
   * Normalises a word for comparison: accents removed, lower case, typographic apostrophes,
   * underscores and dashes turned into spaces, runs of white space collapsed, spaces around "/"
   * removed ("Fait/ pas fait" = "Fait/pas fait"), trimmed. An ASCII word (the common case) is
   * normalised in one pass over its characters, with no Unicode decomposition.
   *
   * @param text the word to normalise
   * @return the comparison key of {@code text}
   */
  public static String normalize(String text) {
    Objects.requireNonNull(text, "text");
    String folded = isAscii(text) ? text
        : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
            .toLowerCase(Locale.ROOT);
    return collapse(folded);
  }

  private static boolean isAscii(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * One pass over a text without marks: ASCII upper case lowered (the rest is lowered already),
   * apostrophes unified, underscores, dashes and runs of white space ({@code \\s}) turned into
   * one space, spaces around "/" dropped, then trimmed, as {@code String.trim} does.
   */
  private static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    boolean afterSlash = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (isSeparator(c)) {
        space = true;
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (c == '\u2019' || c == '`') {
        c = '\'';
      }
      if (space && !afterSlash && c != '/' && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      afterSlash = c == '/';
      out.append(c);
    }
    return out.toString().trim();
  }

  /** White space of {@code \\s} (ASCII), underscore, hyphen, en and em dashes. */
  private static boolean isSeparator(char c) {
    switch (c) {
      case ' ':
      case '\t':
      case '\n':
      case '\u000B':
      case '\f':
      case '\r':
      case '_':
      case '-':
      case '\u2013':
      case '\u2014':
        return true;
      default:
        return false;
    }
  }

  /**
   * Finds the constant of {@code type} denoted by {@code text}: its name, or one of its words.
   *
   * @param <E> the enumeration type
   * @param type the enumeration class
   * @param text the word to parse (French label, alias or constant name)
   * @param words the accepted words of each constant (the constant name is always accepted)
   * @return the matching constant
   * @throws IllegalArgumentException if no constant matches, naming the word and listing the
   *     accepted ones
   */
  public static <E extends Enum<E>> E parse(
      Class<E> type, String text, Function<E, ? extends Collection<String>> words) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(words, "words");
    String key = normalize(text);
    for (E constant : type.getEnumConstants()) {
      if (normalize(constant.name()).equals(key)) {
        return constant;
      }
      for (String word : words.apply(constant)) {
        if (normalize(word).equals(key)) {
          return constant;
        }
      }
    }
    Set<String> accepted = new LinkedHashSet<>();
    for (E constant : type.getEnumConstants()) {
      accepted.addAll(words.apply(constant));
    }
    String names =
        Arrays.stream(type.getEnumConstants())
            .map(Enum::name)
            .collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "Unknown "
            + type.getSimpleName()
            + " '"
            + text
            + "'; accepted words: "
            + String.join(", ", accepted)
            + " (or a constant name: "
            + names
            + ")");
  }
}
