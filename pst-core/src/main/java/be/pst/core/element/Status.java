package be.pst.core.element;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * The state of an action or objective (statut, état d'avancement) in the words of the seeds and
 * of the regional tools. The six statuses of the eComptes exchange format are parsed too
 * ({@code NON_COMMENCE}, {@code EN_COURS}, {@code EN_ATTENTE}, {@code PROBLEME}, {@code TERMINE},
 * {@code ANNULE_ABANDONNE}); how each status travels to eComptes is pst-io's business. Instances
 * are immutable and thread-safe.
 */
public enum Status {
  /** To be programmed: "À programmer". */
  TO_PROGRAM("À programmer"),
  /** Being studied: "À l'étude". */
  UNDER_STUDY("À l'étude"),
  /** Proposed, not decided: "Proposition". */
  PROPOSAL("Proposition"),
  /** Decided, not started: "Non commencé". */
  NOT_STARTED("Non commencé", "Non commencée", "Pas commencé"),
  /** Under way: "En cours", also "En cours de réalisation". */
  IN_PROGRESS("En cours", "En cours de réalisation"),
  /** Waiting for something: "En attente". */
  WAITING("En attente"),
  /** Facing a problem: "Problème". */
  PROBLEM("Problème"),
  /** Postponed: "Postposé". */
  POSTPONED("Postposé", "Postposée", "Reporté", "Reportée"),
  /** Done: "Terminé", also "Finalisé", "Réalisé". */
  COMPLETED(
      "Terminé",
      "Terminée",
      "Finalisé",
      "Finalisée",
      "Réalisé",
      "Réalisée"),
  /** Given up: "Abandonné", also "Annulé" (eComptes {@code ANNULE_ABANDONNE}). */
  ABANDONED(
      "Abandonné",
      "Abandonnée",
      "Annulé",
      "Annulée",
      "Annulé/Abandonné",
      "Annulé abandonné"),
  /** Not determined: "Indéterminé". */
  UNDETERMINED("Indéterminé", "Indéterminée");

  private final List<String> words;

  Status(String... words) {
    this.words = List.of(words);
  }

  /**
   * The French label.
   *
   * @return the label, e.g. "En cours"
   */
  public String label() {
    return words.get(0);
  }

  /**
   * Whether the action is over, done or abandoned.
   *
   * @return {@code true} for {@link #COMPLETED} and {@link #ABANDONED}
   */
  public boolean isClosed() {
    return this == COMPLETED || this == ABANDONED;
  }

  /**
   * Parses a French word of the seeds ("En cours de réalisation", "finalisé", "Annulé"…), an
   * eComptes code ("EN_COURS", "TERMINE", "ANNULE_ABANDONNE") or the constant name, accent- and
   * case-insensitively.
   *
   * @param text the word
   * @return the status
   * @throws IllegalArgumentException if the word is unknown, listing the accepted ones
   */
  public static Status parse(String text) {
    return Labels.parse(Status.class, text, s -> s.words);
  }
}
