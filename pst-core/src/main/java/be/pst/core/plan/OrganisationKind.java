package be.pst.core.plan;

/**
 * Whether an organisation named by a plan is one of the authority's services or an external
 * partner (service ou partenaire). Instances are immutable and thread-safe.
 */
public enum OrganisationKind {
  /** A service of the authority itself (service interne, département). */
  SERVICE,
  /** An external partner (partenaire). */
  PARTNER
}
