/**
 * The budget of a PST: euro amounts at cent scale ({@code EuroAmount}), economic groups and
 * budget articles, budget lines, the budgeted plan, its consolidation into the annex table,
 * roll-ups per objective, volet or funding, exact allocation, loans and reserve withdrawals.
 *
 * <p>Requires {@code be.pst.core} and Moneta ({@code org.javamoney.moneta}) transitively: the
 * plan types and {@code EuroAmount.getFactory()} are part of this module's API. Immutables is
 * used at compile time only.
 */
// "requires-automatic": Immutables' annotations jar is an automatic module, read at compile time only.
@SuppressWarnings("requires-automatic")
module be.pst.budget {
  requires transitive be.pst.core;
  requires transitive java.money;
  requires transitive org.javamoney.moneta;
  requires static org.immutables.value.annotations;

  exports be.pst.budget;
  exports be.pst.budget.compare;
  exports be.pst.budget.financing;
  exports be.pst.budget.group;
  exports be.pst.budget.line;
  exports be.pst.budget.money;
}
