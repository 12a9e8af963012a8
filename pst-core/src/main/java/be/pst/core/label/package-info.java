/**
 * Matching of the French words of the seeds (labels) to enumeration constants, accent- and
 * case-insensitively: the single place where "Terminé", "termine" and "TERMINE" are made equal.
 */
package be.pst.core.label;
