package be.pst.budget;

/**
 * Where the cents left over by a split go (règle d'attribution du reste).
 *
 * <p>Splitting {@code total} over weights {@code w1…wn} first gives every part the whole cents
 * of its exact quota {@code |total| × wi / Σw}, rounded towards zero; the remainder (fewer cents
 * than there are parts) is then handed out by the policy, so the parts always add up to the
 * total exactly. A negative total is split as its absolute value and every part negated, so a
 * policy behaves the same for receipts and refunds.
 *
 * <p>Instances are immutable and thread-safe.
 */
public enum RemainderPolicy {
  /**
   * One cent each to the parts with the largest fractional remainders (Hamilton's method); ties
   * go to the earlier part. The fairest rule: no part is more than one cent from its exact quota.
   */
  LARGEST_REMAINDER,
  /** The whole remainder to the first part whose weight is not zero. */
  FIRST,
  /** The whole remainder to the last part whose weight is not zero. */
  LAST
}
