/**
 * The evaluation report and the published plan of a PST (rapport d'évaluation, plan publié):
 * {@link be.pst.report.EvaluationReport} and {@link be.pst.report.PublishedPlan} render a budgeted
 * plan as one self-contained XHTML5 document — inline CSS with a print style, inline SVG charts
 * drawn by this library, no script, no network, system fonts — that any browser shows and prints
 * to PDF. Labels are French and amounts Belgian ({@code 287.500,00 €}); every text of the plan is
 * escaped.
 */
package be.pst.report;
