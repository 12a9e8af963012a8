/**
 * The budgeted plan and its consolidation (plan budgété, consolidation budgétaire): {@link
 * be.pst.budget.BudgetedPlan} holds a plan with its budget lines; {@link be.pst.budget.Budgets}
 * adds the lines of a plan, of several plans (a CPAS and its commune) or any lines into a {@link
 * be.pst.budget.BudgetTable} of amounts per exercice and economic group, with the totals and net
 * cost of the PST annex, and rolls the budget up per strategic or operational objective, volet,
 * funding source and element into {@link be.pst.budget.RollUp}s whose buckets, with their
 * "non attribué" bucket, add up to the plan; {@link be.pst.budget.Allocation} splits an amount
 * without creating or losing a cent.
 *
 * <p>Consolidation works on {@code long} cents in flat arrays indexed by exercice and row, with an
 * exact fallback when a cell would overflow; no euro object is created per line.
 */
package be.pst.budget;
