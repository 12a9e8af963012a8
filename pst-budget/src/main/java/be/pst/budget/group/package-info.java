/**
 * The economic classification of the budget (classification économique): the two
 * {@linkplain be.pst.budget.group.Service services}, the two
 * {@linkplain be.pst.budget.group.Side sides} and the
 * {@linkplain be.pst.budget.group.EconomicGroup economic groups} of the PST budget annex.
 */
package be.pst.budget.group;
