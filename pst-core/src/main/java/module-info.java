/**
 * The plan of a Programme Stratégique Transversal (PST): the authority and its legislature, the
 * strategic and operational objectives, the actions with their pilots, schedules, statuses,
 * fundings and indicators, and the validation of a plan.
 *
 * <p>Amounts are {@code javax.money.MonetaryAmount}s, so this module requires {@code java.money}
 * transitively; it needs no implementation of it (pst-budget brings Moneta). Immutables is used
 * at compile time only ({@code requires static}).
 *
 * <p>{@code be.pst.core.label} (matching of French labels) and {@code be.pst.core.style} (the
 * Immutables style) are internal: they are exported only to the pst modules that use them.
 */
// "module": the qualified exports name modules that are compiled after this one.
// "requires-automatic": Immutables' annotations jar is an automatic module, read at compile time only.
@SuppressWarnings({"module", "requires-automatic"})
module be.pst.core {
  requires transitive java.money;
  requires static org.immutables.value.annotations;

  exports be.pst.core.action;
  exports be.pst.core.diff;
  exports be.pst.core.element;
  exports be.pst.core.funding;
  exports be.pst.core.indicator;
  exports be.pst.core.objective;
  exports be.pst.core.person;
  exports be.pst.core.plan;
  exports be.pst.core.schedule;
  exports be.pst.core.validation;

  exports be.pst.core.label to
      be.pst.budget,
      be.pst.io;
  exports be.pst.core.style to
      be.pst.budget,
      be.pst.io;
}
