// The evaluation report and the published plan of the Ottignies PST, as self-contained HTML
// files (no script, no network; print them to PDF from any browser).
//
// Ottignies published its plan, not its accounts nor a mid-term evaluation. Everything this
// script adds to the plan is INVENTED FOR THE EXAMPLE and marked so in the report's subtitle:
// - realised lines (figure "Imputé") for 2020 and 2021: each projection line of an action,
//   expenses at 92 % (2020) and 88 % (2021) of the projection, receipts at 97 % and 95 %,
//   rounded half-even to the cent;
// - an updated version at 31/12/2021: A4 completed, A9 postponed by a year, a few progress
//   rates, four indicator measurements. The report compares it with the adopted version.
//
//   ./pst-shell examples/evaluation.jsh
import java.util.*;

var adopted = open("examples/ottignies-2019-2024/pst.json");
var asOf = LocalDate.of(2021, 12, 31);

/** A realised line (imputé) from a projection line, at a rate: INVENTED. */
BudgetLine charged(BudgetLine projection, String rate) {
  return projection.withFigure(BudgetFigure.CHARGED)
      .withAmount(projection.amount().multiply(new BigDecimal(rate), RoundingMode.HALF_EVEN))
      .withLabel("Imputé inventé pour l'exemple");
}

var updated = adopted.postpone("OS1-OP3-A9", 1);
var realised = new ArrayList<BudgetLine>();
for (var line : updated.lines()) {
  if (line.figure() == BudgetFigure.PROJECTION && line.elementCode().isPresent()
      && line.exercice() <= 2021) {
    boolean expense = line.side() == Side.EXPENSES;
    String rate = line.exercice() == 2020 ? (expense ? "0.92" : "0.97") : (expense ? "0.88" : "0.95");
    realised.add(charged(line, rate));
  }
}

/** The plan with one action changed. */
Plan change(Plan plan, String code, java.util.function.UnaryOperator<Action> edit) {
  return plan.replace(edit.apply(plan.findAction(code).orElseThrow()));
}

/** The action with a measurement of its indicator {@code number}: INVENTED. */
Action measured(Action action, String number, IndicatorValue value) {
  var indicators = new ArrayList<Indicator>();
  for (var indicator : action.indicators()) {
    indicators.add(indicator.code().equals(Optional.of(number))
        ? indicator.withMeasurement(Measurement.of(asOf, value)) : indicator);
  }
  return action.withIndicators(indicators);
}

updated = updated.plusLines(realised);
var plan = updated.plan();
plan = change(plan, "OS1-OP1-A4", a -> a.withStatus(Status.COMPLETED).withProgress(new BigDecimal("100")));
plan = change(plan, "OS1-OP1-A1", a -> measured(a, "2", IndicatorValue.count(new BigDecimal("3")))
    .withProgress(new BigDecimal("60")));
plan = change(plan, "OS1-OP1-A2", a -> measured(a, "2", IndicatorValue.count(19)).withProgress(new BigDecimal("40")));
plan = change(plan, "OS4-OP14-A36", a -> measured(a, "1", IndicatorValue.done(true)).withProgress(new BigDecimal("75")));
plan = change(plan, "OS5-OP18-A43", a -> measured(a, "1", IndicatorValue.done(true)).withProgress(new BigDecimal("50")));
updated = updated.withPlan(plan);

var out = Path.of("target", "evaluation");
var evaluation = EvaluationReport.of(updated, asOf)
    .withPrevious(adopted)
    .withSubtitle("Exemple : les montants « Imputé » 2020-2021, les avancements, les mesures et"
        + " les changements depuis la version adoptée sont INVENTÉS pour l'illustration.")
    .writeHtml(out.resolve("evaluation.html"));
var published = PublishedPlan.of(adopted).writeHtml(out.resolve("published-plan.html"));

var comparison = BudgetComparison.of(updated, BudgetFigure.PROJECTION, BudgetFigure.CHARGED).within(2020, 2021);
System.out.println(updated.plan());
System.out.println("Coût net 2020-2021 : " + comparison.table().totalNetCost());
System.out.println(PlanDiff.between(adopted.plan(), updated.plan()).summary());
System.out.println("Rapport d'évaluation : " + evaluation.toAbsolutePath());
System.out.println("Plan publié : " + published.toAbsolutePath());
