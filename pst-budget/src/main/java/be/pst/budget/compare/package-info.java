/**
 * Budgets side by side (comparaison budgétaire): planned against realised in one plan ({@link
 * be.pst.budget.compare.BudgetComparison}: the projection, an adopted budget or the accounts, two
 * figures cell by cell, per objective and per action, with the variance in euros and in percent),
 * and one figure in two versions of a plan ({@link be.pst.budget.compare.BudgetDiff}). Each side
 * is a table of one figure: a comparison never adds a realised amount to a planned one.
 */
package be.pst.budget.compare;
