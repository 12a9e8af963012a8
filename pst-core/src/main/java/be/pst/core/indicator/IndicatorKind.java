package be.pst.core.indicator;

import be.pst.core.label.Labels;
import java.util.List;
import java.util.Objects;

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
   * Guesses the kind of an indicator from how a plan words it, by its first words as in seed
   * 002's table: "Fait/pas fait…" → DONE; "Nombre de…" → COUNT; "Taux de…", "Pourcentage de…",
   * "Ratio…" → RATIO; "Montant(s) de…" → AMOUNT; "Délibération…", "Approbation…", "Réalisation
   * des travaux", "Date de…" → MILESTONE; anything else → TEXT. A heuristic for importers, not
   * a parser: it never fails.
   *
   * @param wording the indicator as the plan words it
   * @return the guessed kind
   */
  public static IndicatorKind fromWording(String wording) {
    String w = Labels.normalize(Objects.requireNonNull(wording, "wording"));
    if (w.startsWith("fait") || w.startsWith("oui/non")) {
      return DONE;
    }
    if (w.startsWith("nombre")) {
      return COUNT;
    }
    if (w.startsWith("taux") || w.startsWith("pourcentage") || w.startsWith("ratio")) {
      return RATIO;
    }
    if (w.startsWith("montant")) {
      return AMOUNT;
    }
    if (w.startsWith("deliberation")
        || w.startsWith("approbation")
        || w.startsWith("realisation des travaux")
        || w.startsWith("date")) {
      return MILESTONE;
    }
    return TEXT;
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
