/**
 * The baselines our code is measured against (références): the hand-written {@code long}-cents
 * loop (the floor no safe implementation can beat), the naive Moneta {@code Money.add} fold and the
 * {@code BigDecimal.add} fold. Each sums the same lines into the same exercice × group cells as
 * {@code Budgets.consolidate}.
 */
package be.pst.benchmarks.baseline;
