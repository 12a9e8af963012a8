package be.pst.testkit;

/**
 * A defect that {@link PlanArbitrary#withDefects(PlanDefect...)} can inject into generated plans
 * (défaut), the kind of dirty data an ERP maps from its own records. Each constant names the
 * validation rule it is meant to trigger.
 *
 * <p>Defects of actions land on top-level actions (a missing pilot also on their sub-actions,
 * which would otherwise inherit it); they are injected only into plans that have an action.
 * Instances are immutable and thread-safe.
 */
public enum PlanDefect {

  /** An action takes the code of its operational objective ({@code duplicate-code}). */
  DUPLICATE_CODE,

  /**
   * A strategic objective names an axis that does not exist, or a project an action that does
   * not exist ({@code dangling-reference}).
   */
  DANGLING_REFERENCE,

  /**
   * An action shares its budget with an operational objective that does not exist ({@code
   * dangling-reference}).
   */
  DANGLING_SHARE,

  /** The shares of an action add up to 90 % ({@code shares-not-100}). */
  SHARES_NOT_100,

  /** An action's progress is 140 % or −5 % ({@code progress-out-of-range}). */
  PROGRESS_OUT_OF_RANGE,

  /**
   * An action ends the year after its objective's deadline, the objective receiving a deadline if
   * it had none ({@code ends-after-deadline}).
   */
  ENDS_AFTER_DEADLINE,

  /** An action starts after it ends ({@code schedule-inverted}). */
  INVERTED_SCHEDULE,

  /** An action has neither a political nor an administrative pilot ({@code missing-pilot}). */
  MISSING_PILOT,

  /** A count indicator holds a text measurement ({@code indicator-kind-mismatch}). */
  INDICATOR_KIND_MISMATCH,

  /**
   * An indicator is measured two years before the legislature ({@code
   * measurement-outside-legislature}).
   */
  MEASUREMENT_OUTSIDE_LEGISLATURE,

  /** An action names a partner the plan does not declare ({@code undeclared-partner}). */
  UNDECLARED_PARTNER
}
