package be.pst.core.action;

import be.pst.core.label.Labels;
import java.util.List;
import java.util.Objects;

/**
 * The state of an action (statut, état d'avancement) in the words of the seeds, each mapped to
 * one of the six regional statuses of eComptes ({@link #ecomptesStatus()}). Instances are
 * immutable and thread-safe.
 */
public enum Status {
  /** To be programmed: "À programmer". */
  TO_PROGRAM(EcomptesStatus.NON_COMMENCE, "À programmer"),
  /** Being studied: "À l'étude". */
  UNDER_STUDY(EcomptesStatus.EN_COURS, "À l'étude"),
  /** Proposed, not decided: "Proposition". */
  PROPOSAL(EcomptesStatus.NON_COMMENCE, "Proposition"),
  /** Decided, not started: "Non commencé". */
  NOT_STARTED(EcomptesStatus.NON_COMMENCE, "Non commencé", "Non commencée", "Pas commencé"),
  /** Under way: "En cours", also "En cours de réalisation". */
  IN_PROGRESS(EcomptesStatus.EN_COURS, "En cours", "En cours de réalisation"),
  /** Waiting for something: "En attente". */
  WAITING(EcomptesStatus.EN_ATTENTE, "En attente"),
  /** Facing a problem: "Problème". */
  PROBLEM(EcomptesStatus.PROBLEME, "Problème"),
  /** Postponed: "Postposé". */
  POSTPONED(EcomptesStatus.EN_ATTENTE, "Postposé", "Postposée", "Reporté", "Reportée"),
  /** Done: "Terminé", also "Finalisé", "Réalisé". */
  COMPLETED(
      EcomptesStatus.TERMINE,
      "Terminé",
      "Terminée",
      "Finalisé",
      "Finalisée",
      "Réalisé",
      "Réalisée"),
  /** Given up: "Abandonné", also "Annulé". */
  ABANDONED(
      EcomptesStatus.ANNULE_ABANDONNE,
      "Abandonné",
      "Abandonnée",
      "Annulé",
      "Annulée",
      "Annulé/Abandonné"),
  /** Not determined: "Indéterminé". */
  UNDETERMINED(EcomptesStatus.NON_COMMENCE, "Indéterminé", "Indéterminée");

  private final EcomptesStatus ecomptes;
  private final List<String> words;

  Status(EcomptesStatus ecomptes, String... words) {
    this.ecomptes = ecomptes;
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
   * The regional status this status is reported as in eComptes.
   *
   * @return the eComptes status
   */
  public EcomptesStatus ecomptesStatus() {
    return ecomptes;
  }

  /**
   * The status an eComptes status is read back as; see {@link EcomptesStatus#toStatus()}.
   *
   * @param ecomptes the regional status
   * @return the status
   */
  public static Status of(EcomptesStatus ecomptes) {
    return Objects.requireNonNull(ecomptes, "ecomptes").toStatus();
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
