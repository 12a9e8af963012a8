package be.pst.testkit;

/**
 * A defect that {@link PlanArbitrary#withDefects(PlanDefect...)} can inject into generated plans
 * (défaut), the kind of dirty data an ERP maps from its own records. Each constant names the
 * validation rule it is meant to trigger.
 *
 * <p>Defects of actions land on top-level actions (a missing pilot also on their sub-actions,
 * which would otherwise inherit it); they are injected only into plans that have an action.
 * {@link #DANGLING_REFERENCE} and {@link #DANGLING_VOLET_SECTION} are injected into every plan.
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
  UNDECLARED_PARTNER,

  /**
   * An action links to an action the plan does not have ({@code dangling-reference}: the link
   * names nothing of the right kind).
   */
  DANGLING_ACTION_LINK,

  /**
   * A volet section lists a strategic objective the plan does not have ({@code
   * dangling-reference}).
   */
  DANGLING_VOLET_SECTION,

  /**
   * An action cites a political objective (DPS/DPC) the plan does not declare ({@code
   * dangling-reference}).
   */
  DANGLING_POLITICAL_OBJECTIVE,

  /**
   * Some objective shares of an action have a percentage and others none ({@code
   * shares-partly-without-percent}).
   */
  SHARES_PARTLY_WITHOUT_PERCENT,

  /**
   * A budget item states an amount that is not its quantity times its unit price, as seed 004
   * does (8 × 74 € stated as 700 €).
   */
  BUDGET_ITEM_MISMATCH
}
