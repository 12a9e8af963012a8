package be.pst.core.element;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * The format of a text such as a description (mode du texte), as the regional exchange format
 * records it ({@code TEXTE}, {@code HTML}, {@code RTF}): iA.PST writes rich text as HTML. A text
 * without a format is plain. Instances are immutable and thread-safe.
 */
public enum TextFormat {
  /** Plain text (eComptes {@code TEXTE}). */
  TEXT("Texte", "TEXTE"),
  /** HTML (eComptes {@code HTML}). */
  HTML("HTML"),
  /** Rich Text Format (eComptes {@code RTF}). */
  RTF("RTF");

  private final List<String> words;

  TextFormat(String... words) {
    this.words = List.of(words);
  }

  /**
   * The French word.
   *
   * @return e.g. "Texte"
   */
  public String label() {
    return words.get(0);
  }

  /**
   * The format named by a word ("Texte", {@code TEXTE}, {@code HTML}, {@code RTF}) or the
   * constant name, case-insensitively.
   *
   * @param text the word
   * @return the format
   * @throws IllegalArgumentException if the word names no format, listing the accepted ones
   */
  public static TextFormat parse(String text) {
    return Labels.parse(TextFormat.class, text, f -> f.words);
  }
}
