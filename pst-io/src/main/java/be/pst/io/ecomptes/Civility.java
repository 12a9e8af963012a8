package be.pst.io.ecomptes;

/**
 * The civility (civilité) of a person in eComptes: the schema requires one for every
 * responsible and mandatary, and the plan model does not record it.
 */
public enum Civility {
  /** Madame. */
  MADAME,
  /** Monsieur. */
  MONSIEUR
}
