package be.pst.core.schedule;

/**
 * The answer to "does this end after that deadline?" when dates are only known to a month or a
 * year (comparaison de dates partielles); see {@link Schedule#endsAfter(PartialDate)}. A
 * deadline stands for its last day ("2024" means by 31 December 2024). Instances are immutable
 * and thread-safe.
 */
public enum DateComparison {
  /** Certainly after: even the first day the end may denote is after the deadline. */
  DEFINITELY,
  /** Maybe after: some day the end may denote is after the deadline, or the end is open. */
  POSSIBLY,
  /** Not after: no day the end may denote is after the deadline. */
  NO,
  /** Nothing can be said: there is no end date. */
  UNKNOWN
}
