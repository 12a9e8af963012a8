/**
 * Consolidation of budget lines (consolidation budgétaire): {@link
 * be.pst.budget.Budgets} adds lines, plans, or a CPAS and its commune into a
 * {@link be.pst.budget.BudgetTable} of amounts per exercice and economic group,
 * with the totals and net cost of the PST annex, and rolls the budget up per strategic or
 * operational objective, volet and funding source.
 *
 * <p>Consolidation works on {@code long} cents in flat arrays indexed by exercice and group, with
 * an exact fallback when a cell would overflow; no euro object is created per line.
 */
package be.pst.budget.consolidation;
