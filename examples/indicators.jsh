// Indicator attainment (taux d'atteinte) per strategic objective, on the Ottignies PST.
//
// The five seed PSTs carry targets but no measurement. This script records an ILLUSTRATIVE
// mid-term evaluation (évaluation à mi-parcours, 31/12/2021): the measured values below are
// invented for the example, on real indicators of the plan. Attainment of an OS = the mean of
// the attainments of the indicators, of the OS, its OOs and their actions, that have a
// measurement (and, for counts, ratios and amounts, a target).
//
//   ./pst-shell examples/indicators.jsh
import java.util.*;

var pst = open("examples/ottignies-2019-2024/pst.json");
var plan = pst.plan();
var evaluation = LocalDate.of(2021, 12, 31);
var note = "Évaluation à mi-parcours — valeur illustrative";

/** The plan with one more measurement on indicator {@code number} of an action. */
Plan measure(Plan plan, String actionCode, String number, IndicatorValue value) {
  var action = plan.findAction(actionCode).orElseThrow(
      () -> new IllegalArgumentException("no action " + actionCode));
  if (action.indicators().stream().noneMatch(i -> i.code().equals(Optional.of(number)))) {
    throw new IllegalArgumentException("no indicator " + number + " on " + actionCode);
  }
  var indicators = new ArrayList<Indicator>();
  for (var indicator : action.indicators()) {
    indicators.add(indicator.code().equals(Optional.of(number))
        ? indicator.withMeasurement(Measurement.builder().date(evaluation).value(value).note(note).build())
        : indicator);
  }
  return plan.withAction(action.withIndicators(indicators));
}

// The illustrative evaluation (Ottignies did not publish one).
plan = measure(plan, "OS1-OP1-A1", "2", IndicatorValue.count(new BigDecimal("3")));    // 3 of 4.5 puéricultrices
plan = measure(plan, "OS1-OP1-A1", "3", IndicatorValue.done(true));                     // marché repas évalué
plan = measure(plan, "OS1-OP1-A1", "4", IndicatorValue.ratio(new BigDecimal("30")));   // 30 % formés (cible 25 %)
plan = measure(plan, "OS1-OP1-A2", "1", IndicatorValue.count(49));                      // 49 places à la Pyramide
plan = measure(plan, "OS1-OP1-A2", "2", IndicatorValue.count(19));                      // 19 places aux Colibris (18 → 21)
plan = measure(plan, "OS1-OP1-A5", "1", IndicatorValue.count(1));                       // une accueillante engagée
plan = measure(plan, "OS2-OP8-A23", "1", IndicatorValue.ratio(new BigDecimal("10")));  // 10 % des processus (cible 20 %)
plan = measure(plan, "OS4-OP14-A36", "1", IndicatorValue.done(true));                   // parc informatique remplacé
plan = measure(plan, "OS4-OP14-A36", "2", IndicatorValue.done(false));                  // réflexion pas encore faite
plan = measure(plan, "OS4-OP15-A37", "2", IndicatorValue.count(1));                     // 1 mesure sur 3
plan = measure(plan, "OS5-OP18-A42", "1", IndicatorValue.done(true));                   // site en production
plan = measure(plan, "OS5-OP18-A43", "1", IndicatorValue.done(true));                   // affichage réalisé
plan = measure(plan, "OS5-OP18-A43", "2", IndicatorValue.count(2));                     // 2 articles sur 3

System.out.println(plan);
System.out.println("Évaluation à mi-parcours au " + evaluation + " (mesures ILLUSTRATIVES, pas celles du CPAS)");
System.out.println();

/** A percentage written the Belgian way: 83,33. */
String pct(BigDecimal percent) {
  return percent.toPlainString().replace('.', ',');
}

BigDecimal mean(List<BigDecimal> values) {
  var sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_EVEN);
}

var overall = new ArrayList<BigDecimal>();
for (var os : plan.strategicObjectives()) {
  var elements = new ArrayList<PlanElement>();
  elements.add(os);
  for (var oo : os.operationalObjectives()) {
    elements.add(oo);
    elements.addAll(oo.allActions());
  }
  var attained = new ArrayList<BigDecimal>();
  int indicators = 0;
  var lines = new ArrayList<String>();
  for (var element : elements) {
    for (var indicator : element.indicators()) {
      indicators++;
      var attainment = indicator.attainment();
      if (attainment.isPresent()) {
        attained.add(attainment.get());
        lines.add(String.format("    %-13s n° %-2s %7s %%  %s", element.code(),
            indicator.code().orElse("-"), pct(attainment.get()),
            indicator.latestMeasurement().get().value()));
      }
    }
  }
  overall.addAll(attained);
  System.out.printf("%-4s %s%n", os.code(), os.title());
  if (attained.isEmpty()) {
    System.out.printf("     atteinte : -  (aucun des %d indicateurs n'est mesuré)%n", indicators);
  } else {
    System.out.printf("     atteinte : %s %%  (moyenne de %d indicateur(s) mesuré(s) sur %d)%n",
        pct(mean(attained)), attained.size(), indicators);
    lines.forEach(System.out::println);
  }
}
System.out.println();
System.out.println("Atteinte moyenne du PST : " + pct(mean(overall)) + " % ("
    + overall.size() + " indicateurs mesurés)");
