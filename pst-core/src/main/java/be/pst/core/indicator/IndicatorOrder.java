package be.pst.core.indicator;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * The order of an indicator (ordre d'indicateur, seed 004): what level of effect it measures.
 * Instances are immutable and thread-safe.
 */
public enum IndicatorOrder {
  /** Realisation: what the action did ("réalisation"), typically for actions. */
  REALISATION("Réalisation"),
  /** Result: the direct effect ("résultat"), typically for operational objectives. */
  RESULT("Résultat"),
  /** Impact: the long-term effect ("impact"), typically for strategic objectives. */
  IMPACT("Impact");

  private final String label;

  IndicatorOrder(String label) {
    this.label = label;
  }

  /**
   * The French label.
   *
   * @return the label, e.g. "Résultat"
   */
  public String label() {
    return label;
  }

  /**
   * Parses a French label ("réalisation", "résultat", "impact") or the constant name.
   *
   * @param text the word
   * @return the order
   * @throws IllegalArgumentException if the word is unknown, listing the accepted ones
   */
  public static IndicatorOrder parse(String text) {
    return Labels.parse(IndicatorOrder.class, text, o -> List.of(o.label));
  }
}
