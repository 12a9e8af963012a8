package be.pst.core.diff;

/**
 * What happened to an element between two versions of a plan (nature du changement). One element
 * may be re-coded, moved and modified at once. Instances are immutable and thread-safe.
 */
public enum ChangeKind {
  /** In the newer version only: "ajouté". */
  ADDED("ajouté"),
  /** In the older version only: "supprimé". */
  REMOVED("supprimé"),
  /** Matched, with another code: "recodé". */
  RECODED("recodé"),
  /** Matched, under another parent: "déplacé". */
  MOVED("déplacé"),
  /** Matched, with attributes that changed: "modifié". */
  MODIFIED("modifié");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  /**
   * The French word.
   *
   * @return e.g. {@code "recodé"}
   */
  public String label() {
    return label;
  }
}
