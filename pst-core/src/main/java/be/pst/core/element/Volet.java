package be.pst.core.element;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * The side of the institution an element addresses (volet): the administration itself
 * (interne) or the citizens (externe). Instances are immutable and thread-safe.
 */
public enum Volet {
  /** The administration itself, HR, IT, procedures: "interne". */
  INTERNAL("interne", "volet interne"),
  /** Policies towards citizens: "externe". */
  EXTERNAL("externe", "volet externe"),
  /** Both sides: "interne et externe". */
  BOTH("interne et externe", "interne/externe", "mixte", "volet interne et externe"),
  /** A volet shared with the commune or common to all: "commun". */
  COMMON("commun", "volet commun");

  private final List<String> words;

  Volet(String... words) {
    this.words = List.of(words);
  }

  /**
   * The French label.
   *
   * @return the label, e.g. "interne"
   */
  public String label() {
    return words.get(0);
  }

  /**
   * Parses a French label ("interne", "Volet externe", "interne et externe", "commun") or the
   * constant name, accent- and case-insensitively.
   *
   * @param text the word
   * @return the volet
   * @throws IllegalArgumentException if the word is unknown, listing the accepted ones
   */
  public static Volet parse(String text) {
    return Labels.parse(Volet.class, text, v -> v.words);
  }
}
