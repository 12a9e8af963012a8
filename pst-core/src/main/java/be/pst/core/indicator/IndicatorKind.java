package be.pst.core.indicator;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * What an indicator measures (type d'indicateur), which fixes the kind of its values.
 * Instances are immutable and thread-safe.
 */
public enum IndicatorKind {
  /** Done or not done, "Fait/pas fait"; values are {@link IndicatorValue.Done}. */
  DONE("Fait/pas fait", "Oui/non"),
  /** A count, "Nombre de…"; values are {@link IndicatorValue.Count}. */
  COUNT("Nombre", "Nombre de"),
  /** A rate or percentage, "Taux de…", "Pourcentage de…"; values are {@link IndicatorValue.Ratio}. */
  RATIO("Taux", "Pourcentage", "Taux de", "Pourcentage de"),
  /** A money amount, "Montant de…"; values are {@link IndicatorValue.Amount}. */
  AMOUNT("Montant", "Montant de"),
  /** A free text assessment, "Texte"; values are {@link IndicatorValue.Text}. */
  TEXT("Texte"),
  /**
   * A milestone reached on a date, "Jalon" ("Délibération du Conseil", "Réalisation des
   * travaux"); values are {@link IndicatorValue.Milestone}.
   */
  MILESTONE("Jalon", "Étape");

  private final List<String> words;

  IndicatorKind(String... words) {
    this.words = List.of(words);
  }

  /**
   * The French label.
   *
   * @return the label, e.g. "Nombre"
   */
  public String label() {
    return words.get(0);
  }

  /**
   * Parses a French label or the constant name, accent- and case-insensitively.
   *
   * @param text the word
   * @return the kind
   * @throws IllegalArgumentException if the word is unknown, listing the accepted ones
   */
  public static IndicatorKind parse(String text) {
    return Labels.parse(IndicatorKind.class, text, k -> k.words);
  }
}
