/**
 * Indicators (indicateurs) of objectives and actions: their kind, order, baseline, target,
 * dated measurements and computed attainment.
 */
package be.pst.core.indicator;
