/**
 * Who pays for an action besides the authority itself (sources de financement, subsides):
 * Wallonia, the federal State, Europe (FSE, FEAD), the ONE, the Province…; shared with
 * pst-budget.
 */
package be.pst.core.funding;
