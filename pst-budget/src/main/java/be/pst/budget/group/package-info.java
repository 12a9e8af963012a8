/**
 * The economic classification of the budget (classification économique): the two
 * {@linkplain be.pst.budget.group.Service services}, the two
 * {@linkplain be.pst.budget.group.Side sides} and the
 * {@linkplain be.pst.budget.group.EconomicGroup economic groups} of the PST budget annex, and the
 * {@linkplain be.pst.budget.group.EconomicClassification table} that places the economic codes of
 * budget articles in those groups.
 */
package be.pst.budget.group;
