/**
 * Actions (actions, projets, fiches action) and what they carry: status, priority, health,
 * progress, pilots, steps, funding, human resources, sustainable-development goals, transversal
 * shares between operational objectives; and the filters and counts of a dashboard.
 */
package be.pst.core.action;
