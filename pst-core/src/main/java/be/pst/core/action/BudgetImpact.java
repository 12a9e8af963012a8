package be.pst.core.action;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * Whether an action has an impact on the budget (impact budgétaire), as the fiches of seed 000
 * state it. Instances are immutable and thread-safe.
 */
public enum BudgetImpact {
  /** "Oui": the action costs or brings money. */
  YES("Oui"),
  /** "Non" (or "Aucun", seed 000's A4): no budget impact. */
  NO("Non", "Aucun", "Aucune"),
  /** "Indéterminé": not known yet. */
  UNDETERMINED("Indéterminé", "Indéterminée", "À déterminer");

  private final List<String> words;

  BudgetImpact(String... words) {
    this.words = List.of(words);
  }

  /**
   * The French word.
   *
   * @return "Oui", "Non" or "Indéterminé"
   */
  public String label() {
    return words.get(0);
  }

  /**
   * The impact named by a French word or the constant name, accent- and case-insensitively.
   *
   * @param text the word
   * @return the impact
   * @throws IllegalArgumentException if the word names no impact, listing the accepted ones
   */
  public static BudgetImpact parse(String text) {
    return Labels.parse(BudgetImpact.class, text, b -> b.words);
  }
}
