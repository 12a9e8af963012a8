/**
 * How an investment is financed (financement): a {@link be.pst.budget.financing.Loan} (emprunt)
 * becomes an extraordinary receipt (group 82) and ordinary debt charges every year (group 7X); a
 * {@link be.pst.budget.financing.ReserveWithdrawal} (prélèvement sur le fonds de réserve
 * extraordinaire) becomes an extraordinary receipt (group 88). Seed 003 (Anderlues) explains
 * both.
 */
package be.pst.budget.financing;
