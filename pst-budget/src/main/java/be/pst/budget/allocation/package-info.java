/**
 * Splitting an amount (répartition d'un montant) over years, actions or percentage shares
 * without creating or losing a cent: {@link be.pst.budget.allocation.Allocation}, with the
 * remainder rule made explicit by {@link be.pst.budget.allocation.RemainderPolicy}.
 */
package be.pst.budget.allocation;
