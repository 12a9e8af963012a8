/**
 * Euros at cent scale (montants en euros, au cent): the money boundary of pst-budget.
 *
 * <p>Amounts cross the API as {@link javax.money.MonetaryAmount} (Moneta {@code Money} in euros)
 * and are kept inside as {@code long} cents. {@link be.pst.budget.money.Euros} converts between
 * the two, formats and parses Belgian amounts ({@code 287.500,00 €}), and
 * {@link be.pst.budget.money.CentSum} adds cents exactly, whatever the size of the total.
 */
package be.pst.budget.money;
