/**
 * Version diffs of a plan (comparaison de versions): what changed between two versions of a PST —
 * the adopted plan and its update, the mid-term and the final version — element by element:
 * elements added, removed, moved or re-coded, their changed attributes and their status
 * transitions. Start with {@link be.pst.core.diff.PlanDiff#between}.
 */
package be.pst.core.diff;
