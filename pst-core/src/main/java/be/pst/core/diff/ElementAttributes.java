package be.pst.core.diff;

import be.pst.core.action.Action;
import be.pst.core.action.ActionLink;
import be.pst.core.action.BudgetImpact;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.action.Synergy;
import be.pst.core.element.Health;
import be.pst.core.element.PlanElement;
import be.pst.core.element.Priority;
import be.pst.core.element.Status;
import be.pst.core.element.Volet;
import be.pst.core.objective.StrategicObjective;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The attributes a diff compares, in the order of the model, each with its French label: every
 * attribute of {@link PlanElement}, of {@link StrategicObjective} and of {@link Action} but the
 * code (a re-coding is a change of its own) and the children (elements of their own). References
 * to other elements (links, objective shares) are compared after translating the older codes
 * into the newer ones, so that re-coding an element does not modify those that refer to it.
 * Stateless; package-private.
 */
final class ElementAttributes {

  /** What an absent or empty value prints as. */
  static final String NONE = "—";

  private static final int MAX_TEXT = 200;

  /** One compared attribute. */
  record Attribute(String name, String label,
      BiFunction<PlanElement, UnaryOperator<String>, Object> value) {}

  private static final List<Attribute> ALL = new ArrayList<>();

  static {
    common("title", "Intitulé", PlanElement::title);
    common("description", "Description", PlanElement::description);
    common("descriptionFormat", "Format de la description", PlanElement::descriptionFormat);
    common("externalId", "Identifiant externe", PlanElement::externalId);
    common("volet", "Volet", PlanElement::volet);
    common("status", "Statut", PlanElement::status);
    common("statusNote", "Remarque sur le statut", PlanElement::statusNote);
    common("statusNoteFormat", "Format de la remarque", PlanElement::statusNoteFormat);
    common("priority", "Priorité", PlanElement::priority);
    common("priorityNote", "Note de priorité", PlanElement::priorityNote);
    common("progress", "Taux d'avancement", e -> e.progress().map(p -> p.toPlainString() + " %"));
    common("health", "Indice de santé", PlanElement::health);
    common("healthNote", "Détails de l'indice de santé", PlanElement::healthNote);
    common("schedule", "Planning", PlanElement::schedule);
    common("effectiveSchedule", "Dates effectives", PlanElement::effectiveSchedule);
    common("politicalPilots", "Pilotes politiques", PlanElement::politicalPilots);
    common("administrativePilots", "Pilotes administratifs", PlanElement::administrativePilots);
    common("department", "Département", PlanElement::department);
    common("services", "Services", PlanElement::services);
    common("partners", "Partenaires", PlanElement::partners);
    common("localPlans", "Plans locaux", PlanElement::localPlans);
    common("categories", "Catégories", PlanElement::categories);
    common("themes", "Enjeux", PlanElement::themes);
    common("sdgs", "ODD", PlanElement::sdgs);
    common("humanResources", "Ressources humaines", PlanElement::humanResources);
    common("indicators", "Indicateurs", PlanElement::indicators);
    common("comments", "Commentaires", PlanElement::comments);
    common("lastUpdate", "Dernière mise à jour", PlanElement::lastUpdate);
    strategic("axisCode", "Axe", StrategicObjective::axisCode);
    strategic("politicalObjectiveCodes", "Objectifs politiques",
        StrategicObjective::politicalObjectiveCodes);
    action("context", "Contexte", Action::context);
    action("risks", "Risques", Action::risks);
    action("steps", "Étapes", Action::steps);
    action("referents", "Référents", Action::referents);
    action("team", "Équipe", Action::team);
    action("synergy", "Synergie", Action::synergy);
    action("synergyNote", "Note de synergie", Action::synergyNote);
    action("budgetImpact", "Impact budgétaire", Action::budgetImpact);
    action("budgetItems", "Postes budgétaires", Action::budgetItems);
    action("funding", "Financements", Action::funding);
    action("actionPoliticalObjectiveCodes", "Objectifs politiques", Action::politicalObjectiveCodes);
    ALL.add(new Attribute("links", "Liens", (e, codes) -> e instanceof Action
        ? links((Action) e, codes) : List.of()));
    action("budgetNote", "Note budgétaire", Action::budgetNote);
    ALL.add(new Attribute("objectiveShares", "Parts d'objectifs", (e, codes) -> e instanceof Action
        ? shares((Action) e, codes) : List.of()));
  }

  private ElementAttributes() {}

  private static void common(String name, String label, Function<PlanElement, Object> value) {
    ALL.add(new Attribute(name, label, (e, codes) -> value.apply(e)));
  }

  private static void strategic(String name, String label,
      Function<StrategicObjective, Object> value) {
    ALL.add(new Attribute(name, label, (e, codes) -> e instanceof StrategicObjective
        ? value.apply((StrategicObjective) e) : Optional.empty()));
  }

  private static void action(String name, String label, Function<Action, Object> value) {
    ALL.add(new Attribute(name, label, (e, codes) -> e instanceof Action
        ? value.apply((Action) e) : Optional.empty()));
  }

  private static List<String> links(Action action, UnaryOperator<String> codes) {
    List<String> result = new ArrayList<>();
    for (ActionLink link : action.links()) {
      result.add(link.kind() + " " + codes.apply(link.actionCode())
          + link.note().map(n -> " (" + n + ")").orElse(""));
    }
    return result;
  }

  private static List<String> shares(Action action, UnaryOperator<String> codes) {
    List<String> result = new ArrayList<>();
    for (ObjectiveShare share : action.objectiveShares()) {
      result.add(codes.apply(share.operationalObjectiveCode())
          + share.percent().map(p -> " " + p.toPlainString() + " %").orElse(""));
    }
    return result;
  }

  /**
   * The attributes of two matched elements that differ.
   *
   * @param older the older element
   * @param newer the newer element
   * @param oldToNew translates an older code into the newer code of its match (or itself)
   * @return the changes, in the order of the model
   */
  static List<AttributeChange> compare(PlanElement older, PlanElement newer,
      UnaryOperator<String> oldToNew) {
    List<AttributeChange> changes = new ArrayList<>();
    for (Attribute attribute : ALL) {
      Object before = attribute.value().apply(older, oldToNew);
      Object after = attribute.value().apply(newer, UnaryOperator.identity());
      if (!Objects.equals(before, after)) {
        changes.add(new AttributeChange(attribute.name(), attribute.label(), display(before),
            display(after)));
      }
    }
    return changes;
  }

  /** A value as printed: labels for enumerations, "—" for nothing, lists joined by "; ". */
  static String display(Object value) {
    String text;
    if (value == null) {
      text = NONE;
    } else if (value instanceof Optional) {
      Optional<?> optional = (Optional<?>) value;
      text = optional.isPresent() ? display(optional.get()) : NONE;
    } else if (value instanceof Collection) {
      Collection<?> items = (Collection<?>) value;
      StringBuilder s = new StringBuilder();
      for (Object item : items) {
        s.append(s.length() == 0 ? "" : "; ").append(display(item));
      }
      text = items.isEmpty() ? NONE : s.toString();
    } else if (value instanceof BigDecimal) {
      text = ((BigDecimal) value).toPlainString();
    } else {
      text = label(value);
    }
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text;
  }

  private static String label(Object value) {
    if (value instanceof Status) {
      return ((Status) value).label();
    } else if (value instanceof Priority) {
      return ((Priority) value).label();
    } else if (value instanceof Health) {
      return ((Health) value).label();
    } else if (value instanceof Volet) {
      return ((Volet) value).label();
    } else if (value instanceof Synergy) {
      return ((Synergy) value).label();
    } else if (value instanceof BudgetImpact) {
      return ((BudgetImpact) value).label();
    }
    return String.valueOf(value);
  }
}
