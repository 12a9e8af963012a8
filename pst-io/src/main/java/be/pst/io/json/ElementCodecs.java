package be.pst.io.json;

import be.pst.core.action.Action;
import be.pst.core.action.BudgetImpact;
import be.pst.core.action.Synergy;
import be.pst.core.element.ElementBuilder;
import be.pst.core.element.Health;
import be.pst.core.element.PlanElement;
import be.pst.core.element.Priority;
import be.pst.core.element.Status;
import be.pst.core.element.TextFormat;
import be.pst.core.element.Volet;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.objective.VoletSection;
import java.util.List;

/**
 * The member tables of the elements of a plan: the members every element has (in one table,
 * {@link #COMMON}, shared by the four element codecs through {@link ElementBuilder}), then
 * those of volet sections, strategic objectives, operational objectives and actions.
 */
final class ElementCodecs {

  private ElementCodecs() {}

  /** The members of every element, in writing order (see {@code docs/format.md}). */
  static final List<ObjectCodec.Member<? super PlanElement, ? super ElementBuilder<?>>> COMMON =
      ObjectCodec.<PlanElement, ElementBuilder<?>>table("element", "an element", () -> null,
              b -> null)
          .required("code", ValueCodec.TEXT, PlanElement::code, ElementBuilder::code)
          .required("title", ValueCodec.TEXT, PlanElement::title, ElementBuilder::title)
          .optional("externalId", ValueCodec.EXTERNAL_ID, PlanElement::externalId,
              ElementBuilder::externalId)
          .optional("description", ValueCodec.STRING, PlanElement::description,
              ElementBuilder::description)
          .optional("descriptionFormat", ValueCodec.enumeration(TextFormat.class),
              PlanElement::descriptionFormat, ElementBuilder::descriptionFormat)
          .optional("volet", ValueCodec.enumeration(Volet.class), PlanElement::volet,
              ElementBuilder::volet)
          .optional("schedule", DetailCodecs.SCHEDULE, PlanElement::schedule,
              ElementBuilder::schedule)
          .optional("effectiveSchedule", DetailCodecs.SCHEDULE, PlanElement::effectiveSchedule,
              ElementBuilder::effectiveSchedule)
          .optional("status", ValueCodec.enumeration(Status.class), PlanElement::status,
              ElementBuilder::status)
          .optional("statusNote", ValueCodec.STRING, PlanElement::statusNote,
              ElementBuilder::statusNote)
          .optional("statusNoteFormat", ValueCodec.enumeration(TextFormat.class),
              PlanElement::statusNoteFormat, ElementBuilder::statusNoteFormat)
          .optional("priority", ValueCodec.enumeration(Priority.class), PlanElement::priority,
              ElementBuilder::priority)
          .optional("priorityNote", ValueCodec.STRING, PlanElement::priorityNote,
              ElementBuilder::priorityNote)
          .optional("progress", ValueCodec.DECIMAL, PlanElement::progress,
              ElementBuilder::progress)
          .optional("health", ValueCodec.enumeration(Health.class), PlanElement::health,
              ElementBuilder::health)
          .optional("healthNote", ValueCodec.STRING, PlanElement::healthNote,
              ElementBuilder::healthNote)
          .list("politicalPilots", DetailCodecs.PILOT, PlanElement::politicalPilots,
              ElementBuilder::politicalPilots)
          .list("administrativePilots", DetailCodecs.PILOT, PlanElement::administrativePilots,
              ElementBuilder::administrativePilots)
          .optional("department", ValueCodec.STRING, PlanElement::department,
              ElementBuilder::department)
          .list("services", ValueCodec.STRING, PlanElement::services, ElementBuilder::services)
          .list("partners", ValueCodec.STRING, PlanElement::partners, ElementBuilder::partners)
          .list("localPlans", ValueCodec.STRING, PlanElement::localPlans,
              ElementBuilder::localPlans)
          .list("categories", ValueCodec.STRING, PlanElement::categories,
              ElementBuilder::categories)
          .list("themes", ValueCodec.STRING, PlanElement::themes, ElementBuilder::themes)
          .list("sdgs", ValueCodec.SDG, PlanElement::sdgs, ElementBuilder::sdgs)
          .optional("humanResources", DetailCodecs.HUMAN_RESOURCES, PlanElement::humanResources,
              ElementBuilder::humanResources)
          .list("indicators", IndicatorCodecs.INDICATOR, PlanElement::indicators,
              ElementBuilder::indicators)
          .optional("comments", ValueCodec.STRING, PlanElement::comments,
              ElementBuilder::comments)
          .optional("lastUpdate", ValueCodec.DATE, PlanElement::lastUpdate,
              ElementBuilder::lastUpdate)
          .members();

  static final ObjectCodec<Action, Action.Builder> ACTION = action();

  private static ObjectCodec<Action, Action.Builder> action() {
    // sub-actions are actions: the table refers to its own codec through a holder
    ValueCodec<Action> self = new SelfReference<>(() -> ElementCodecs.ACTION);
    return ObjectCodec.table("action", "an action", Action::builder, Action.Builder::build)
        .include(COMMON)
        .optional("context", ValueCodec.STRING, Action::context, Action.Builder::context)
        .list("risks", ValueCodec.STRING, Action::risks, Action.Builder::risks)
        .list("steps", DetailCodecs.STEP, Action::steps, Action.Builder::steps)
        .list("referents", DetailCodecs.PERSON, Action::referents, Action.Builder::referents)
        .list("team", DetailCodecs.PERSON, Action::team, Action.Builder::team)
        .optional("synergy", ValueCodec.enumeration(Synergy.class), Action::synergy,
            Action.Builder::synergy)
        .optional("synergyNote", ValueCodec.STRING, Action::synergyNote,
            Action.Builder::synergyNote)
        .list("funding", DetailCodecs.FUNDING, Action::funding, Action.Builder::funding)
        .optional("budgetImpact", ValueCodec.enumeration(BudgetImpact.class),
            Action::budgetImpact, Action.Builder::budgetImpact)
        .optional("budgetNote", ValueCodec.STRING, Action::budgetNote,
            Action.Builder::budgetNote)
        .list("budgetItems", DetailCodecs.BUDGET_ITEM, Action::budgetItems,
            Action.Builder::budgetItems)
        .list("politicalObjectives", ValueCodec.TEXT, Action::politicalObjectiveCodes,
            Action.Builder::politicalObjectiveCodes)
        .list("links", DetailCodecs.ACTION_LINK, Action::links, Action.Builder::links)
        .list("objectiveShares", DetailCodecs.OBJECTIVE_SHARE, Action::objectiveShares,
            Action.Builder::objectiveShares)
        .list("subActions", self, Action::subActions, Action.Builder::subActions)
        .codec();
  }

  static final ObjectCodec<OperationalObjective, OperationalObjective.Builder> OPERATIONAL =
      ObjectCodec.table("operationalObjective", "an operational objective", OperationalObjective::builder,
              OperationalObjective.Builder::build)
          .include(COMMON)
          .structure("actions", ACTION, OperationalObjective::actions,
              OperationalObjective.Builder::actions)
          .codec();

  static final ObjectCodec<StrategicObjective, StrategicObjective.Builder> STRATEGIC =
      ObjectCodec.table("strategicObjective", "a strategic objective", StrategicObjective::builder,
              StrategicObjective.Builder::build)
          .include(COMMON)
          .optional("axis", ValueCodec.TEXT, StrategicObjective::axisCode,
              StrategicObjective.Builder::axisCode)
          .list("politicalObjectives", ValueCodec.TEXT,
              StrategicObjective::politicalObjectiveCodes,
              StrategicObjective.Builder::politicalObjectiveCodes)
          .structure("operationalObjectives", OPERATIONAL,
              StrategicObjective::operationalObjectives,
              StrategicObjective.Builder::operationalObjectives)
          .codec();

  static final ObjectCodec<VoletSection, VoletSection.Builder> VOLET_SECTION =
      ObjectCodec.table("voletSection", "a volet section", VoletSection::builder, VoletSection.Builder::build)
          .include(COMMON)
          .list("strategicObjectives", ValueCodec.TEXT, VoletSection::strategicObjectiveCodes,
              VoletSection.Builder::strategicObjectiveCodes)
          .codec();

  /** A codec that refers to one defined later, for recursive shapes such as sub-actions. */
  private static final class SelfReference<V> implements ValueCodec<V> {
    private final java.util.function.Supplier<ValueCodec<V>> target;

    SelfReference(java.util.function.Supplier<ValueCodec<V>> target) {
      this.target = target;
    }

    @Override
    public V read(JsonInput in) throws java.io.IOException, be.pst.io.PstFormatException {
      return target.get().read(in);
    }

    @Override
    public void write(JsonOutput out, V value) throws java.io.IOException {
      target.get().write(out, value);
    }

    @Override
    public String describe() {
      return "an action";
    }

    @Override
    public java.util.Map<String, Object> schema(JsonSchemas schemas) {
      return target.get().schema(schemas);
    }
  }
}
