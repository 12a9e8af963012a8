package be.pst.core.diff;

/**
 * How an element of the older version was paired with one of the newer version: by code, then by
 * external identifier, then by title similarity. Instances are immutable and thread-safe.
 */
public enum MatchedBy {
  /** The same code, and the same kind of element. */
  CODE("code"),
  /** The same external identifier ({@code PlanElement.externalId()}), the codes differing. */
  EXTERNAL_ID("identifiant externe"),
  /** Titles similar enough ({@link PlanDiff#TITLE_SIMILARITY_THRESHOLD}), nothing else matching. */
  TITLE("intitulé");

  private final String label;

  MatchedBy(String label) {
    this.label = label;
  }

  /**
   * The French words.
   *
   * @return e.g. {@code "identifiant externe"}
   */
  public String label() {
    return label;
  }
}
