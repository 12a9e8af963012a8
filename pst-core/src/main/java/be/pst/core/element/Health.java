package be.pst.core.element;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * The health of an action (indice de santé), as the most used regional PST application rates
 * it. Instances are immutable and thread-safe.
 */
public enum Health {
  /** On track: "Bon". */
  GOOD("Bon", "Bonne"),
  /** At risk: "Risque". */
  AT_RISK("Risque", "À risque"),
  /** Blocked: "Blocage". */
  BLOCKED("Blocage", "Bloqué"),
  /** Paused: "En pause". */
  PAUSED("En pause", "Pause");

  private final List<String> words;

  Health(String... words) {
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
   * @return the health
   * @throws IllegalArgumentException if the word is unknown, listing the accepted ones
   */
  public static Health parse(String text) {
    return Labels.parse(Health.class, text, h -> h.words);
  }
}
