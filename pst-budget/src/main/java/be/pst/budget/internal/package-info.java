/**
 * Helpers shared by the packages of pst-budget; not exported by the module, not API.
 */
package be.pst.budget.internal;
