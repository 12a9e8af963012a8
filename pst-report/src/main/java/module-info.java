/**
 * The documents of a PST for people: the evaluation report ({@code EvaluationReport}) and the
 * published plan ({@code PublishedPlan}), as self-contained XHTML with inline CSS and SVG charts.
 *
 * <p>Requires {@code be.pst.budget} transitively (the plans it renders) and JMustache ({@code
 * com.samskivert.jmustache}) for its templates, which are resources of this module.
 */
module be.pst.report {
  requires transitive be.pst.budget;
  requires com.samskivert.jmustache;

  exports be.pst.report;
}
