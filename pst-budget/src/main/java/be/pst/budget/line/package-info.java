/**
 * Budget lines (lignes budgétaires): one amount of one exercice in one economic group, for the
 * plan itself or for one of its elements, with its optional budget article
 * ({@link be.pst.budget.line.BudgetArticle}) and funding source.
 */
package be.pst.budget.line;
