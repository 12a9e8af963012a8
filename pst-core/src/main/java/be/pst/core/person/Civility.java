package be.pst.core.person;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * The civility of a person (civilité), as the regional exchange format records it for the
 * responsible and the elected official of an element. Instances are immutable and thread-safe.
 */
public enum Civility {
  /** "Monsieur" (eComptes {@code MONSIEUR}). */
  MR("Monsieur", "M.", "Mr"),
  /** "Madame" (eComptes {@code MADAME}). */
  MRS("Madame", "Mme");

  private final List<String> words;

  Civility(String... words) {
    this.words = List.of(words);
  }

  /**
   * The French word.
   *
   * @return "Monsieur" or "Madame"
   */
  public String label() {
    return words.get(0);
  }

  /**
   * The civility named by a French word ("Madame", "Mme"), an eComptes code ({@code MONSIEUR},
   * {@code MADAME}) or the constant name, accent- and case-insensitively.
   *
   * @param text the word
   * @return the civility
   * @throws IllegalArgumentException if the word names no civility, listing the accepted ones
   */
  public static Civility parse(String text) {
    return Labels.parse(Civility.class, text, c -> c.words);
  }
}
