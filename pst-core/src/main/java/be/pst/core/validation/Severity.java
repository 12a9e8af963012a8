package be.pst.core.validation;

/**
 * How serious a validation issue is (gravité). Instances are immutable and thread-safe.
 */
public enum Severity {
  /** The plan breaks a rule of the domain (erreur): the plan is not valid. */
  ERROR("erreur"),
  /** Something looks wrong or incomplete but may be intended (avertissement). */
  WARNING("avertissement");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /**
   * The French label.
   *
   * @return "erreur" or "avertissement"
   */
  public String label() {
    return label;
  }
}
