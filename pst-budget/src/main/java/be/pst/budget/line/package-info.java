/**
 * Budget lines (lignes budgétaires): one amount of one exercice, in one service and side and
 * usually one economic group, for the plan itself or for one of its elements, with the {@linkplain
 * be.pst.budget.line.BudgetFigure figure} it gives (projection, budget, account), its optional
 * budget article ({@link be.pst.budget.line.BudgetArticle}) and funding source.
 */
package be.pst.budget.line;
