package be.pst.core.element;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * The priority of an action (priorité): the categories of seed 003 and a plain high / medium /
 * low scale. Instances are immutable and thread-safe.
 */
public enum Priority {
  /** "Projet considéré prioritaire". */
  PRIORITY("Projet considéré prioritaire", "Prioritaire"),
  /** "Projet en cours". */
  ONGOING("Projet en cours"),
  /** "Projet postposé". */
  POSTPONED("Projet postposé"),
  /** "Projet obligatoire (obligations légales)". */
  MANDATORY("Projet obligatoire (obligations légales)", "Projet obligatoire", "Obligatoire"),
  /** "Haute". */
  HIGH("Haute", "Élevée"),
  /** "Moyenne". */
  MEDIUM("Moyenne"),
  /** "Basse". */
  LOW("Basse", "Faible");

  private final List<String> words;

  Priority(String... words) {
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
   * @return the priority
   * @throws IllegalArgumentException if the word is unknown, listing the accepted ones
   */
  public static Priority parse(String text) {
    return Labels.parse(Priority.class, text, p -> p.words);
  }
}
