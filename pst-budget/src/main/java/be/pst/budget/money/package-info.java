/**
 * Euros at cent scale (montants en euros, au cent): the money boundary of pst-budget.
 *
 * <p>Amounts cross the API as {@link javax.money.MonetaryAmount} and are kept inside as {@code
 * long} cents. The amounts handed out are {@link be.pst.budget.money.EuroAmount}s, immutable euro
 * amounts at cent scale that print themselves Belgian style ({@code 287.500,00 €}) and work with
 * Moneta's {@code Money}. {@link be.pst.budget.money.Euros} makes them, converts between amounts
 * and cents, formats and parses Belgian amounts ({@code 287.500,00 €}), and
 * {@link be.pst.budget.CentSum} adds cents exactly, whatever the size of the total.
 */
package be.pst.budget.money;
