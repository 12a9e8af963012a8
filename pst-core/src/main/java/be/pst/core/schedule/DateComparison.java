package be.pst.core.schedule;

/**
 * The answer to "does this end after that date?" when dates are only known to a month or a year
 * (comparaison de dates partielles).
 */
public enum DateComparison {
  /** Certainly after: every day the first date may denote is after every day of the second. */
  DEFINITELY,
  /** Maybe after: some day the first date may denote is after some day of the second. */
  POSSIBLY,
  /** Not after: no day the first date may denote is after the second. */
  NO,
  /** Nothing can be said: an end date is missing. */
  UNKNOWN
}
