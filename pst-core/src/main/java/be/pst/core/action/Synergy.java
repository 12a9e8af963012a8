package be.pst.core.action;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * Whether an action of a CPAS is carried out in synergy with the commune (synergie CPAS –
 * commune, seeds 001 and 003). Instances are immutable and thread-safe.
 */
public enum Synergy {
  /** To be considered: "À envisager". */
  TO_CONSIDER("À envisager"),
  /** In place: "Effective". */
  EFFECTIVE("Effective", "Effectif"),
  /** Not applicable: "Sans objet". */
  NOT_APPLICABLE("Sans objet", "N/A"),
  /** Not determined yet: "Indéterminé". */
  UNDETERMINED("Indéterminé", "Indéterminée");

  private final List<String> words;

  Synergy(String... words) {
    this.words = List.of(words);
  }

  /**
   * The French label.
   *
   * @return the label
   */
  public String label() {
    return words.get(0);
  }

  /**
   * Parses a French label or the constant name, accent- and case-insensitively.
   *
   * @param text the word
   * @return the synergy
   * @throws IllegalArgumentException if the word is unknown, listing the accepted ones
   */
  public static Synergy parse(String text) {
    return Labels.parse(Synergy.class, text, s -> s.words);
  }
}
