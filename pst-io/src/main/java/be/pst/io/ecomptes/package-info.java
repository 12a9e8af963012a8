/**
 * The eComptes XML exchange of a PST (export PST vers eComptes): {@link
 * be.pst.io.ecomptes.EcomptesXml} writes a {@link be.pst.budget.BudgetedPlan} as a
 * document valid against the regional schema {@code PST_eComptes_Export_201805V1.xsd} (shipped
 * in this package), reads such documents back, leniently for those real tools produce, and
 * validates them. Parsing is hardened: no DTD, no entity, bounded depth and size.
 */
package be.pst.io.ecomptes;
