/**
 * The plan itself (Programme Stratégique Transversal, PST): the authority that adopts it, its
 * legislature, axes, political objectives, declared services and partners, projects, the tree
 * of objectives, and navigation in that tree.
 */
package be.pst.core.plan;
