package be.pst.core.indicator;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * How often a target recurs (périodicité). Instances are immutable and thread-safe.
 */
public enum Frequency {
  /** Every year: "chaque année", "annuel", "par an". */
  YEARLY("Chaque année", "Annuel", "Annuelle", "Par an"),
  /** Every six months: "semestriel". */
  HALF_YEARLY("Chaque semestre", "Semestriel", "Semestrielle"),
  /** Every three months: "trimestriel". */
  QUARTERLY("Chaque trimestre", "Trimestriel", "Trimestrielle"),
  /** Every month: "mensuel". */
  MONTHLY("Chaque mois", "Mensuel", "Mensuelle");

  private final List<String> words;

  Frequency(String... words) {
    this.words = List.of(words);
  }

  /**
   * The French words.
   *
   * @return e.g. "Chaque année"
   */
  public String label() {
    return words.get(0);
  }

  /**
   * The frequency named by a French word or the constant name, accent- and case-insensitively.
   *
   * @param text the word
   * @return the frequency
   * @throws IllegalArgumentException if the word names no frequency, listing the accepted ones
   */
  public static Frequency parse(String text) {
    return Labels.parse(Frequency.class, text, f -> f.words);
  }
}
