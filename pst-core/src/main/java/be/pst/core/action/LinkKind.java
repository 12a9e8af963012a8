package be.pst.core.action;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * How an action relates to another one (lien entre actions), in the words of the seeds' fiches.
 * Instances are immutable and thread-safe.
 */
public enum LinkKind {
  /** The other action must be done first (prérequis). */
  PREREQUISITE("Prérequis", "Préalable"),
  /** This action follows the other one ("suite de l'action 6"). */
  FOLLOW_UP("Suite de", "Suite"),
  /** Both actions share one budget ("combinée avec les actions 2 et 3"). */
  SHARED_BUDGET("Budget commun", "Combinée avec"),
  /** The same as the other action ("Idem A1"). */
  SAME_AS("Idem"),
  /** Related in another way (lié à). */
  RELATED("Lié à", "Lien");

  private final List<String> words;

  LinkKind(String... words) {
    this.words = List.of(words);
  }

  /**
   * The French label.
   *
   * @return e.g. "Suite de"
   */
  public String label() {
    return words.get(0);
  }

  /**
   * The kind named by a French word or the constant name, accent- and case-insensitively.
   *
   * @param text the word
   * @return the kind
   * @throws IllegalArgumentException if the word names no kind, listing the accepted ones
   */
  public static LinkKind parse(String text) {
    return Labels.parse(LinkKind.class, text, k -> k.words);
  }
}
