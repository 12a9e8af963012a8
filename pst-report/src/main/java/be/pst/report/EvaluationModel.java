package be.pst.report;

import be.pst.budget.BudgetTable;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.Budgets;
import be.pst.budget.compare.BudgetComparison;
import be.pst.budget.compare.BudgetDiff;
import be.pst.budget.compare.RollUpComparison;
import be.pst.budget.compare.TableComparison;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.action.StatusCount;
import be.pst.core.action.Synergy;
import be.pst.core.diff.AttributeChange;
import be.pst.core.diff.ChangeKind;
import be.pst.core.diff.ElementChange;
import be.pst.core.diff.PlanDiff;
import be.pst.core.diff.StatusTransition;
import be.pst.core.element.PlanElement;
import be.pst.core.element.Status;
import be.pst.core.funding.Funding;
import be.pst.core.funding.FundingStatus;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.Measurement;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of the evaluation report, from a budgeted plan, a date, the figures compared and
 * the previous version. Stateless; package-private.
 */
final class EvaluationModel {

  private EvaluationModel() {}

  static Map<String, Object> of(BudgetedPlan budgeted, LocalDate asOf, BudgetFigure reference,
      Optional<BudgetFigure> compared, Optional<BudgetedPlan> previous, String subtitle) {
    Plan plan = budgeted.plan();
    Map<String, Object> model = View.header(plan, "Évaluation du PST", subtitle);
    model.put("asOf", Formats.date(asOf));
    List<Action> actions = plan.actions();
    List<Map<String, Object>> late = late(plan, asOf);
    model.put("summary", summary(plan, actions, late));
    model.put("statusChart", Charts.statusesPerObjective(statusBars(plan)));
    model.put("objectives", objectives(plan, asOf));
    model.put("late", late);
    model.put("hasLate", !late.isEmpty());
    model.put("indicators", indicators(plan));
    Map<String, Object> budget = budget(budgeted, reference, compared);
    model.put("budget", budget);
    model.put("budgetSummary", budget.remove("summary"));
    model.put("funding", funding(actions));
    model.put("synergy", synergy(plan, actions));
    model.put("changes", changes(budgeted, previous));
    return model;
  }

  // ------------------------------------------------------------------ actions

  private static Map<String, Object> summary(Plan plan, List<Action> actions,
      List<Map<String, Object>> late) {
    StatusCount count = plan.countByStatus();
    List<Object> statuses = new ArrayList<>();
    for (Status status : Status.values()) {
      if (count.count(status) > 0) {
        statuses.add(View.map("label", status.label(), "count", count.count(status),
            "colour", Charts.colour(status), "text", Charts.textColour(status)));
      }
    }
    if (count.withoutStatus() > 0) {
      statuses.add(View.map("label", "Sans statut", "count", count.withoutStatus(),
          "colour", Charts.NO_STATUS_COLOUR, "text", Charts.textColour(null)));
    }
    List<BigDecimal> progresses = new ArrayList<>();
    for (Action action : actions) {
      action.progress().ifPresent(progresses::add);
    }
    int indicators = 0;
    int measured = 0;
    for (PlanElement element : plan.elements()) {
      for (Indicator indicator : element.indicators()) {
        indicators++;
        if (!indicator.measurements().isEmpty()) {
          measured++;
        }
      }
    }
    return View.map(
        "os", plan.strategicObjectives().size(),
        "oo", plan.operationalObjectives().size(),
        "actions", actions.size(),
        "statuses", statuses,
        "progress", progresses.isEmpty() ? "" : Formats.percent(mean(progresses, 1)),
        "progressCount", progresses.size(),
        "late", late.size(),
        "indicators", indicators,
        "measured", measured);
  }

  static BigDecimal mean(List<BigDecimal> values, int scale) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal value : values) {
      sum = sum.add(value);
    }
    return sum.divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_EVEN);
  }

  static List<Charts.StatusBar> statusBars(Plan plan) {
    List<Charts.StatusBar> bars = new ArrayList<>();
    for (StrategicObjective os : plan.strategicObjectives()) {
      Map<Status, Integer> counts = new EnumMap<>(Status.class);
      int without = 0;
      for (Action action : os.actions()) {
        if (action.status().isPresent()) {
          counts.merge(action.status().get(), 1, Integer::sum);
        } else {
          without++;
        }
      }
      bars.add(new Charts.StatusBar(os.code(), os.code() + " " + os.title(), counts, without));
    }
    return bars;
  }

  /** Whether an action's planned end is certainly before the date, and it is not closed. */
  static boolean isLate(Action action, LocalDate asOf) {
    return action.status().map(s -> !s.isClosed()).orElse(true)
        && action.schedule().flatMap(s -> s.end()).map(end -> end.latest().isBefore(asOf))
            .orElse(false);
  }

  private static List<Map<String, Object>> late(Plan plan, LocalDate asOf) {
    List<Map<String, Object>> late = new ArrayList<>();
    for (Action action : plan.actions()) {
      if (isLate(action, asOf)) {
        late.add(View.map("code", action.code(), "title", action.title(),
            "end", Formats.date(action.schedule().get().end().get()),
            "status", action.status().map(Status::label).orElse("sans statut"),
            "oo", plan.homeOf(action.code()).map(OperationalObjective::code).orElse("")));
      }
    }
    return late;
  }

  private static List<Object> objectives(Plan plan, LocalDate asOf) {
    List<Object> result = new ArrayList<>();
    for (StrategicObjective os : plan.strategicObjectives()) {
      List<Object> oos = new ArrayList<>();
      for (OperationalObjective oo : os.operationalObjectives()) {
        List<Object> rows = new ArrayList<>();
        for (Action action : oo.allActions()) {
          rows.add(View.map(
              "code", action.code(),
              "title", action.title(),
              "status", action.status().map(Status::label).orElse("—"),
              "colour", Charts.colour(action.status().orElse(null)),
              "text", Charts.textColour(action.status().orElse(null)),
              "progress", action.progress().map(Formats::percent).orElse(""),
              "width", action.progress().map(p -> p.max(BigDecimal.ZERO)
                  .min(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_EVEN)
                  .toPlainString()).orElse("0"),
              "end", action.schedule().flatMap(s -> s.end()).map(Formats::date).orElse("—"),
              "late", isLate(action, asOf),
              "health", action.health().map(h -> h.label()).orElse(""),
              "healthNote", Formats.text(action.healthNote())));
        }
        oos.add(View.map("code", oo.code(), "title", oo.title(),
            "deadline", oo.deadline().map(Formats::date).orElse(""),
            "count", rows.size(), "actions", rows, "hasActions", !rows.isEmpty()));
      }
      result.add(View.map("code", os.code(), "title", os.title(), "oos", oos,
          "count", os.actions().size()));
    }
    return result;
  }

  // ------------------------------------------------------------------ indicators

  private static Map<String, Object> indicators(Plan plan) {
    List<Object> rows = new ArrayList<>();
    List<Charts.AttainmentBar> bars = new ArrayList<>();
    List<BigDecimal> attainments = new ArrayList<>();
    int total = 0;
    for (PlanElement element : plan.elements()) {
      for (Indicator indicator : element.indicators()) {
        total++;
        if (indicator.measurements().isEmpty()) {
          continue;
        }
        Optional<BigDecimal> attainment = indicator.attainment();
        List<Object> measurements = new ArrayList<>();
        for (Measurement m : indicator.measurements()) {
          measurements.add(View.map("date", Formats.date(m.date()), "value", m.value().toString(),
              "note", Formats.text(m.note())));
        }
        String name = indicator.code().map(c -> c + ". ").orElse("") + indicator.name();
        rows.add(View.map("element", element.code(), "name", name,
            "kind", indicator.kind().label(),
            "order", indicator.order().map(o -> o.label()).orElse(""),
            "target", indicator.target().map(Object::toString).orElse("—"),
            "baseline", indicator.baseline().map(Object::toString).orElse(""),
            "attainment", attainment.map(Formats::percent).orElse("—"),
            "measurements", measurements));
        if (attainment.isPresent()) {
          attainments.add(attainment.get());
          bars.add(new Charts.AttainmentBar(element.code() + " · " + name,
              element.code() + " — " + indicator.name() + " : " + Formats.percent(attainment.get()),
              attainment.get()));
        }
      }
    }
    return View.map("total", total, "measured", rows.size(), "rows", rows,
        "hasRows", !rows.isEmpty(),
        "mean", attainments.isEmpty() ? "" : Formats.percent(mean(attainments, 2)),
        "chart", Charts.attainment(bars));
  }

  // ------------------------------------------------------------------ budget

  /** The realised figure to compare with: charged, else committed, if the plan has lines. */
  static Optional<BudgetFigure> realisedFigure(BudgetedPlan plan) {
    boolean charged = false;
    boolean committed = false;
    for (BudgetLine line : plan.lines()) {
      charged |= line.figure() == BudgetFigure.CHARGED;
      committed |= line.figure() == BudgetFigure.COMMITTED;
    }
    return charged ? Optional.of(BudgetFigure.CHARGED)
        : committed ? Optional.of(BudgetFigure.COMMITTED) : Optional.empty();
  }

  private static Map<String, Object> budget(BudgetedPlan plan, BudgetFigure reference,
      Optional<BudgetFigure> compared) {
    BudgetTable planned = Budgets.consolidate(plan, reference);
    Map<String, Object> budget = View.map(
        "reference", reference.label(),
        "planned", View.table(planned),
        "plannedChart", Charts.budgetByYearAndGroup(planned),
        "hasLines", !plan.lines().isEmpty());
    budget.put("summary", View.map("chart", budget.get("plannedChart"),
        "text", "Coût net (" + reference.label() + ", " + planned.exercices().get(0) + "–"
            + planned.exercices().get(planned.exercices().size() - 1) + ") : "
            + planned.totalNetCost().format()));
    if (compared.isEmpty() || compared.get() == reference) {
      budget.put("comparison", false);
      return budget;
    }
    BudgetComparison comparison = BudgetComparison.of(plan, reference, compared.get());
    Optional<int[]> years = comparison.realisedExercices();
    if (years.isEmpty()) {
      budget.put("comparison", false);
      budget.put("compared", compared.get().label());
      return budget;
    }
    comparison = comparison.within(years.get()[0], years.get()[1]);
    TableComparison table = comparison.table();
    String span = years.get()[0] == years.get()[1] ? Integer.toString(years.get()[0])
        : years.get()[0] + "–" + years.get()[1];
    be.pst.budget.compare.Variance net = table.totalNetCost();
    String chart = Charts.plannedAgainstRealised(table);
    budget.put("summary", View.map("chart", chart, "text", "Coût net " + span + " : "
        + reference.label().toLowerCase(java.util.Locale.ROOT) + " " + net.reference().format()
        + ", " + compared.get().label().toLowerCase(java.util.Locale.ROOT) + " "
        + net.compared().format() + " (écart " + net.difference().format() + ", "
        + net.formatPercent() + ")"));
    RollUpComparison<String> byOs = comparison.byStrategicObjective();
    RollUpComparison<String> byElement = comparison.byElement();
    budget.put("comparison", View.map(
        "compared", compared.get().label(),
        "years", span,
        "table", View.comparison(table),
        "chart", chart,
        "byObjective", rollUp(byOs, reference, compared.get()),
        "byElement", rollUp(byElement, reference, compared.get())));
    return budget;
  }

  private static Map<String, Object> rollUp(RollUpComparison<String> rollUp,
      BudgetFigure reference, BudgetFigure compared) {
    List<Object> rows = new ArrayList<>();
    rollUp.buckets().forEach((key, comparison) ->
        rows.add(View.varianceLine(rollUp.label(key), comparison.totalNetCost())));
    rows.add(View.varianceLine(be.pst.budget.RollUp.UNALLOCATED,
        rollUp.unallocated().totalNetCost()));
    Map<String, Object> total = View.varianceLine("Total", rollUp.total().totalNetCost());
    total.put("strong", true);
    rows.add(total);
    return View.map("reference", reference.label(), "compared", compared.label(), "lines", rows);
  }

  // ------------------------------------------------------------------ funding and synergies

  private static Map<String, Object> funding(List<Action> actions) {
    Map<String, List<EuroAmount>> amounts = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (FundingStatus status : FundingStatus.values()) {
      amounts.put(status.label(), new ArrayList<>());
      counts.put(status.label(), 0);
    }
    amounts.put("Non précisé", new ArrayList<>());
    counts.put("Non précisé", 0);
    List<Object> rows = new ArrayList<>();
    int withoutAmount = 0;
    for (Action action : actions) {
      for (Funding funding : action.funding()) {
        String status = funding.status().map(FundingStatus::label).orElse("Non précisé");
        counts.merge(status, 1, Integer::sum);
        if (funding.amount().isPresent()) {
          amounts.get(status).add(EuroAmount.from(funding.amount().get()));
        } else {
          withoutAmount++;
        }
        rows.add(View.map("code", action.code(), "source", funding.source().toString(),
            "status", status,
            "rate", funding.rate().map(Formats::percent).orElse(""),
            "amount", funding.amount().map(a -> EuroAmount.from(a).format()).orElse(""),
            "purpose", Formats.text(funding.purpose())));
      }
    }
    List<Object> byStatus = new ArrayList<>();
    counts.forEach((status, n) -> byStatus.add(View.map("status", status, "count", n,
        "amount", EuroAmount.sum(amounts.get(status)).format())));
    return View.map("count", rows.size(), "rows", rows, "hasRows", !rows.isEmpty(),
        "byStatus", byStatus, "withoutAmount", withoutAmount);
  }

  private static Map<String, Object> synergy(Plan plan, List<Action> actions) {
    Map<Synergy, Integer> counts = new EnumMap<>(Synergy.class);
    int unknown = 0;
    List<Object> effective = new ArrayList<>();
    List<Object> toConsider = new ArrayList<>();
    for (Action action : actions) {
      if (action.synergy().isEmpty()) {
        unknown++;
        continue;
      }
      Synergy synergy = action.synergy().get();
      counts.merge(synergy, 1, Integer::sum);
      Map<String, Object> row = View.map("code", action.code(), "title", action.title(),
          "note", Formats.text(action.synergyNote()));
      if (synergy == Synergy.EFFECTIVE) {
        effective.add(row);
      } else if (synergy == Synergy.TO_CONSIDER) {
        toConsider.add(row);
      }
    }
    List<Object> rows = new ArrayList<>();
    for (Synergy synergy : Synergy.values()) {
      rows.add(View.map("label", synergy.label(), "count", counts.getOrDefault(synergy, 0)));
    }
    rows.add(View.map("label", "Non renseignée", "count", unknown));
    String partner = plan.authority().kind() == be.pst.core.plan.AuthorityKind.CPAS
        ? "la commune" : "le CPAS";
    return View.map("partner", partner, "rows", rows, "effective", effective,
        "hasEffective", !effective.isEmpty(), "toConsider", toConsider,
        "hasToConsider", !toConsider.isEmpty(), "known", actions.size() - unknown);
  }

  // ------------------------------------------------------------------ changes

  private static Object changes(BudgetedPlan newer, Optional<BudgetedPlan> previous) {
    if (previous.isEmpty()) {
      return false;
    }
    BudgetDiff budgetDiff = BudgetDiff.between(previous.get(), newer);
    PlanDiff diff = budgetDiff.planDiff();
    List<Object> rows = new ArrayList<>();
    for (ElementChange change : diff.changes()) {
      StringBuilder kinds = new StringBuilder();
      for (ChangeKind kind : change.kinds()) {
        kinds.append(kinds.length() == 0 ? "" : ", ").append(kind.label());
      }
      List<Object> details = new ArrayList<>();
      if (change.is(ChangeKind.RECODED)) {
        details.add("code : " + change.oldCode().orElse("") + " → " + change.newCode().orElse(""));
      }
      if (change.is(ChangeKind.MOVED)) {
        details.add("déplacé de " + change.oldParent().orElse("—") + " vers "
            + change.newParent().orElse("—"));
      }
      for (AttributeChange attribute : change.attributes()) {
        details.add(attribute.toString());
      }
      rows.add(View.map("kinds", kinds.toString(), "element", change.elementKind().label(),
          "code", change.code(), "title", change.title(), "details", details));
    }
    List<Object> transitions = new ArrayList<>();
    for (StatusTransition t : diff.statusTransitions()) {
      transitions.add(t.toString());
    }
    List<Object> planChanges = new ArrayList<>();
    for (AttributeChange change : diff.planChanges()) {
      planChanges.add(change.toString());
    }
    List<Object> budgetRows = new ArrayList<>();
    budgetDiff.changedElements().forEach((key, comparison) -> budgetRows.add(
        View.varianceLine(budgetDiff.byElement().label(key), comparison.totalNetCost())));
    return View.map(
        "previous", previous.get().plan().version().orElse(previous.get().plan().title()),
        "summary", diff.summary(),
        "rows", rows, "hasRows", !rows.isEmpty(),
        "transitions", transitions, "hasTransitions", !transitions.isEmpty(),
        "planChanges", planChanges, "hasPlanChanges", !planChanges.isEmpty(),
        "budgetFigure", budgetDiff.figure().label(),
        "budgetTotal", View.varianceLine("Coût net total", budgetDiff.table().totalNetCost()),
        "budgetRows", budgetRows, "hasBudgetRows", !budgetRows.isEmpty());
  }
}
