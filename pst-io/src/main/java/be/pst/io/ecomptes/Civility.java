package be.pst.io.ecomptes;

/**
 * The civility (civilité) of a person in eComptes, as {@link EcomptesOptions#defaultCivility()}
 * names it: the schema requires one for every responsible and mandatary, and a person of the
 * plan may have none ({@code be.pst.core.person.Person#civility()}). Instances are immutable and
 * thread-safe.
 */
public enum Civility {
  /** Madame. */
  MADAME,
  /** Monsieur. */
  MONSIEUR
}
