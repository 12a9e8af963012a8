package be.pst.report;

import be.pst.budget.BudgetTable;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.Budgets;
import be.pst.budget.RollUp;
import be.pst.budget.line.BudgetFigure;
import be.pst.core.action.Action;
import be.pst.core.action.ActionLink;
import be.pst.core.action.BudgetItem;
import be.pst.core.action.Step;
import be.pst.core.element.PlanElement;
import be.pst.core.element.Sdg;
import be.pst.core.element.Status;
import be.pst.core.element.Volet;
import be.pst.core.funding.Funding;
import be.pst.core.indicator.Indicator;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of the published plan: the tree of objectives and actions, each action's fiche and
 * the budget annex. Stateless; package-private.
 */
final class PlanModel {

  private PlanModel() {}

  static Map<String, Object> of(BudgetedPlan budgeted, String subtitle) {
    Plan plan = budgeted.plan();
    Map<String, Object> model = View.header(plan, "Programme Stratégique Transversal", subtitle);
    model.put("description", paragraphs(plan.description()));
    Map<String, String> anchors = new HashMap<>();
    int next = 0;
    for (PlanElement element : plan.elements()) {
      if (!anchors.containsKey(element.code())) {
        anchors.put(element.code(), "e" + next++);
      }
    }
    RollUp<String> byElement = Budgets.byElement(budgeted);
    Map<String, Action> parents = new HashMap<>();
    for (Action action : plan.actions()) {
      for (Action sub : action.subActions()) {
        parents.putIfAbsent(sub.code(), action);
      }
    }
    List<Object> objectives = new ArrayList<>();
    for (StrategicObjective os : plan.strategicObjectives()) {
      List<Object> oos = new ArrayList<>();
      for (OperationalObjective oo : os.operationalObjectives()) {
        List<Object> fiches = new ArrayList<>();
        for (Action action : oo.allActions()) {
          fiches.add(fiche(action, os, oo, anchors, byElement, parents));
        }
        oos.add(element(oo, anchors, fiches, "Échéance",
            oo.deadline().map(Formats::date).orElse("")));
      }
      objectives.add(element(os, anchors, oos, "Axe", Formats.text(os.axisCode())));
    }
    model.put("objectives", objectives);
    model.put("statusChart", Charts.statusesPerObjective(EvaluationModel.statusBars(plan)));
    BudgetTable annex = Budgets.consolidate(budgeted);
    model.put("hasBudget", !budgeted.lines().isEmpty());
    model.put("annex", View.table(annex));
    model.put("annexChart", Charts.budgetByYearAndGroup(annex));
    model.put("perElement", perElement(byElement));
    return model;
  }

  private static Map<String, Object> element(PlanElement element, Map<String, String> anchors,
      List<Object> children, String extraLabel, String extra) {
    return View.map("code", element.code(), "title", element.title(),
        "anchor", anchors.get(element.code()),
        "description", paragraphs(element.description()),
        "volet", element.volet().map(Volet::label).orElse(""),
        "extraLabel", extraLabel, "extra", extra,
        "pilots", Formats.pilots(element.politicalPilots()),
        "indicators", indicators(element.indicators()),
        "hasIndicators", !element.indicators().isEmpty(),
        "children", children, "count", children.size());
  }

  private static List<Object> paragraphs(Optional<String> text) {
    List<Object> result = new ArrayList<>();
    text.ifPresent(t -> {
      for (String paragraph : t.split("\n")) {
        if (!paragraph.isBlank()) {
          result.add(paragraph.strip());
        }
      }
    });
    return result;
  }

  private static List<Object> indicators(List<Indicator> indicators) {
    List<Object> result = new ArrayList<>();
    for (Indicator indicator : indicators) {
      StringBuilder target = new StringBuilder();
      indicator.target().ifPresent(t -> target.append(t));
      if (!indicator.targetDates().isEmpty()) {
        target.append(target.length() == 0 ? "" : " ").append("pour ")
            .append(Formats.date(indicator.targetDates().get(0)));
      }
      result.add(View.map("name", indicator.code().map(c -> c + ". ").orElse("")
          + indicator.name(), "kind", indicator.kind().label(),
          "order", indicator.order().map(o -> o.label()).orElse(""),
          "target", target.toString()));
    }
    return result;
  }

  private static Map<String, Object> fiche(Action action, StrategicObjective os,
      OperationalObjective oo,
      Map<String, String> anchors, RollUp<String> byElement, Map<String, Action> parents) {
    List<Object> fields = new ArrayList<>();
    field(fields, "Objectif opérationnel", oo.code() + " " + oo.title());
    Optional.ofNullable(parents.get(action.code())).ifPresent(p -> field(fields, "Sous-action de", p.code() + " " + p.title()));
    field(fields, "Statut", action.status().map(Status::label).orElse(""));
    field(fields, "Priorité", action.priority().map(p -> p.label()).orElse(""));
    field(fields, "Avancement", action.progress().map(Formats::percent).orElse(""));
    field(fields, "Planning", action.schedule().map(Formats::schedule).orElse(""));
    field(fields, "Pilote politique", Formats.pilots(action.politicalPilots()));
    field(fields, "Pilote administratif", Formats.pilots(action.administrativePilots()));
    field(fields, "Référents", Formats.join(action.referents()));
    field(fields, "Équipe", Formats.join(action.team()));
    field(fields, "Département", Formats.text(action.department()));
    field(fields, "Services", Formats.join(action.services()));
    field(fields, "Partenaires", Formats.join(action.partners()));
    Optional<Volet> volet = action.volet();
    Action up = parents.get(action.code());
    for (int depth = 0; volet.isEmpty() && up != null && depth <= parents.size(); depth++) {
      volet = up.volet();
      up = parents.get(up.code());
    }
    field(fields, "Volet", volet.or(oo::volet).or(os::volet).map(Volet::label).orElse(""));
    field(fields, "Synergie", action.synergy().map(s -> s.label()).orElse("")
        + action.synergyNote().map(n -> " (" + n + ")").orElse(""));
    List<Object> sdgs = new ArrayList<>();
    for (Sdg sdg : action.sdgs()) {
      sdgs.add(sdg.toString());
    }
    field(fields, "ODD", Formats.join(sdgs));
    field(fields, "Plans locaux", Formats.join(action.localPlans()));
    field(fields, "Enjeux", Formats.join(action.themes()));
    field(fields, "Ressources humaines", action.humanResources().map(Object::toString).orElse(""));
    field(fields, "Impact budgétaire", action.budgetImpact().map(b -> b.label()).orElse(""));
    field(fields, "Dernière mise à jour", action.lastUpdate().map(Formats::date).orElse(""));
    List<Object> steps = new ArrayList<>();
    for (Step step : action.steps()) {
      steps.add(step.toString());
    }
    List<Object> fundings = new ArrayList<>();
    for (Funding funding : action.funding()) {
      fundings.add(funding.toString());
    }
    List<Object> items = new ArrayList<>();
    for (BudgetItem item : action.budgetItems()) {
      items.add(item.toString());
    }
    List<Object> links = new ArrayList<>();
    for (ActionLink link : action.links()) {
      links.add(link.toString());
    }
    Optional<BudgetTable> budget = byElement.get(action.code());
    return View.map("code", action.code(), "title", action.title(),
        "anchor", anchors.get(action.code()),
        "statusColour", Charts.colour(action.status().orElse(null)),
        "fields", fields,
        "description", paragraphs(action.description()),
        "context", paragraphs(action.context()),
        "hasContext", action.context().isPresent(),
        "risks", new ArrayList<Object>(action.risks()), "hasRisks", !action.risks().isEmpty(),
        "steps", steps, "hasSteps", !steps.isEmpty(),
        "fundings", fundings, "hasFundings", !fundings.isEmpty(),
        "items", items, "hasItems", !items.isEmpty(),
        "links", links, "hasLinks", !links.isEmpty(),
        "indicators", indicators(action.indicators()),
        "hasIndicators", !action.indicators().isEmpty(),
        "budgetNote", paragraphs(action.budgetNote()),
        "hasBudgetNote", action.budgetNote().isPresent(),
        "comments", paragraphs(action.comments()),
        "budget", budget.<Object>map(View::table).orElse(false));
  }

  private static void field(List<Object> fields, String label, String value) {
    if (!value.isBlank()) {
      fields.add(View.map("label", label, "value", value));
    }
  }

  private static Map<String, Object> perElement(RollUp<String> byElement) {
    List<Object> years = new ArrayList<>();
    for (int year : byElement.total().exercices()) {
      years.add(Integer.toString(year));
    }
    List<Object> rows = new ArrayList<>();
    byElement.buckets().forEach((code, table) -> rows.add(netCostRow(byElement.label(code),
        table, false)));
    rows.add(netCostRow("Lignes du plan (" + RollUp.UNALLOCATED.toLowerCase(java.util.Locale.ROOT)
        + ")", byElement.unallocated(), false));
    rows.add(netCostRow("Total", byElement.total(), true));
    return View.map("years", years, "rows", rows, "figure", BudgetFigure.PROJECTION.label());
  }

  private static Map<String, Object> netCostRow(String label, BudgetTable table, boolean strong) {
    List<Object> cells = new ArrayList<>();
    for (int year : table.exercices()) {
      cells.add(table.netCost(year).formatPlain());
    }
    return View.map("label", label, "cells", cells, "total", table.totalNetCost().formatPlain(),
        "strong", strong);
  }
}
