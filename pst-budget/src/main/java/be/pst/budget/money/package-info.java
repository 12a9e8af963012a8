/**
 * Euros to the cent (montants en euros, au cent): {@link be.pst.budget.money.EuroAmount}, the one
 * euro type of pst, a {@link javax.money.MonetaryAmount} that prints itself Belgian style ({@code
 * 287.500,00 €}), parses plain and Belgian amounts within a documented range, and computes
 * exactly; every lossy operation takes an explicit {@link java.math.RoundingMode}.
 */
package be.pst.budget.money;
