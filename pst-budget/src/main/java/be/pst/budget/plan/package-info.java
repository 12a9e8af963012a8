/**
 * A plan with its budget (plan budgété): {@link be.pst.budget.plan.BudgetedPlan} joins the plan
 * model of pst-core and the budget lines of pst-budget, and checks that they fit together.
 */
package be.pst.budget.plan;
