package be.pst.core.funding;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * Where a funding stands (état du financement): acquired, requested or refused — the seed 000
 * conclusion separates confirmed from unconfirmed funding. Instances are immutable and
 * thread-safe.
 */
public enum FundingStatus {
  /** Granted, confirmed: "acquis". */
  ACQUIRED("Acquis", "Acquise", "Confirmé", "Confirmée", "Obtenu", "Obtenue"),
  /** Asked for, not decided: "demandé". */
  REQUESTED("Demandé", "Demandée", "Sollicité", "Sollicitée", "En attente", "Non confirmé"),
  /** Refused: "refusé". */
  REFUSED("Refusé", "Refusée");

  private final List<String> words;

  FundingStatus(String... words) {
    this.words = List.of(words);
  }

  /**
   * The French word.
   *
   * @return e.g. "Acquis"
   */
  public String label() {
    return words.get(0);
  }

  /**
   * The status named by a French word or the constant name, accent- and case-insensitively.
   *
   * @param text the word
   * @return the status
   * @throws IllegalArgumentException if the word names no status, listing the accepted ones
   */
  public static FundingStatus parse(String text) {
    return Labels.parse(FundingStatus.class, text, f -> f.words);
  }
}
