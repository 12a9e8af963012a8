package be.pst.io.ecomptes;

import be.pst.core.element.Status;
import be.pst.core.label.Labels;
import java.util.List;
import java.util.Objects;

/**
 * The six statuses of an action in the regional exchange format with eComptes (statut
 * eComptes, element {@code Statut} of the XSD), and how pst's {@link Status} maps to them.
 * Instances are immutable and thread-safe.
 */
public enum EcomptesStatus {
  /** Not started: "Non commencé". */
  NON_COMMENCE("Non commencé"),
  /** Under way: "En cours". */
  EN_COURS("En cours"),
  /** Waiting: "En attente". */
  EN_ATTENTE("En attente"),
  /** Problem: "Problème". */
  PROBLEME("Problème"),
  /** Done: "Terminé". */
  TERMINE("Terminé"),
  /** Cancelled or abandoned: "Annulé/Abandonné". */
  ANNULE_ABANDONNE("Annulé/Abandonné");

  private final String label;

  EcomptesStatus(String label) {
    this.label = label;
  }

  /**
   * The French label.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The regional status a status is reported as: TO_PROGRAM, PROPOSAL, NOT_STARTED and
   * UNDETERMINED → NON_COMMENCE; UNDER_STUDY and IN_PROGRESS → EN_COURS; WAITING and POSTPONED →
   * EN_ATTENTE; PROBLEM → PROBLEME; COMPLETED → TERMINE; ABANDONED → ANNULE_ABANDONNE.
   *
   * @param status a status
   * @return the eComptes status
   */
  public static EcomptesStatus of(Status status) {
    switch (Objects.requireNonNull(status, "status")) {
      case UNDER_STUDY:
      case IN_PROGRESS:
        return EN_COURS;
      case WAITING:
      case POSTPONED:
        return EN_ATTENTE;
      case PROBLEM:
        return PROBLEME;
      case COMPLETED:
        return TERMINE;
      case ABANDONED:
        return ANNULE_ABANDONNE;
      default:
        return NON_COMMENCE;
    }
  }

  /**
   * The status an eComptes status is read back as: NON_COMMENCE → NOT_STARTED, EN_COURS →
   * IN_PROGRESS, EN_ATTENTE → WAITING, PROBLEME → PROBLEM, TERMINE → COMPLETED,
   * ANNULE_ABANDONNE → ABANDONED.
   *
   * @return the status
   */
  public Status toStatus() {
    switch (this) {
      case NON_COMMENCE:
        return Status.NOT_STARTED;
      case EN_COURS:
        return Status.IN_PROGRESS;
      case EN_ATTENTE:
        return Status.WAITING;
      case PROBLEME:
        return Status.PROBLEM;
      case TERMINE:
        return Status.COMPLETED;
      default:
        return Status.ABANDONED;
    }
  }

  /**
   * Parses the XML code ("EN_COURS") or the French label, accent- and case-insensitively.
   *
   * @param text the word
   * @return the eComptes status
   * @throws IllegalArgumentException if the word is unknown, listing the accepted ones
   */
  public static EcomptesStatus parse(String text) {
    return Labels.parse(EcomptesStatus.class, text, s -> List.of(s.label));
  }
}
