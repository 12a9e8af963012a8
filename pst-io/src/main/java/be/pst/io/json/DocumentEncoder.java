package be.pst.io.json;

import be.pst.budget.line.BudgetLine;
import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.element.HumanResources;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.element.Sdg;
import be.pst.core.action.Step;
import be.pst.core.funding.FundingSource;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.indicator.IndicatorValue;
import be.pst.core.indicator.Measurement;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.element.PlanElement;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.person.Person;
import be.pst.core.plan.Authority;
import be.pst.core.plan.Axis;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Organisation;
import be.pst.core.plan.OrganisationKind;
import be.pst.core.plan.Plan;
import be.pst.core.plan.PoliticalObjective;
import be.pst.core.plan.Project;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Encodes plans and their parts as {@code be.pst/1} JSON on a streaming {@link JsonGenerator},
 * members in the order of {@code docs/format.md}, absent optional values and empty optional
 * arrays omitted. The same methods serve {@link PstJsonWriter} and the serializers of {@link
 * PstModule}.
 */
final class DocumentEncoder {

  private DocumentEncoder() {}

  static void writeDocument(JsonGenerator out, BudgetedPlan plan) throws IOException {
    out.writeStartObject();
    out.writeStringField("format", JsonCodec.FORMAT);
    out.writeFieldName("plan");
    writePlan(out, plan.plan());
    if (!plan.lines().isEmpty()) {
      out.writeFieldName("budget");
      out.writeStartArray();
      for (BudgetLine line : plan.lines()) {
        writeBudgetLine(out, line);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  // ---------------------------------------------------------------- plan

  static void writePlan(JsonGenerator out, Plan plan) throws IOException {
    out.writeStartObject();
    out.writeFieldName("authority");
    writeAuthority(out, plan.authority());
    out.writeStringField("title", plan.title());
    out.writeFieldName("legislature");
    writeLegislature(out, plan.legislature());
    if (plan.adoptionDate().isPresent()) {
      out.writeStringField("adoptionDate", plan.adoptionDate().get().toString());
    }
    optional(out, "version", plan.version());
    optional(out, "description", plan.description());
    if (!plan.axes().isEmpty()) {
      out.writeFieldName("axes");
      out.writeStartArray();
      for (Axis axis : plan.axes()) {
        out.writeStartObject();
        out.writeStringField("code", axis.code());
        out.writeStringField("title", axis.title());
        optional(out, "description", axis.description());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    if (!plan.politicalObjectives().isEmpty()) {
      out.writeFieldName("politicalObjectives");
      out.writeStartArray();
      for (PoliticalObjective objective : plan.politicalObjectives()) {
        out.writeStartObject();
        out.writeStringField("code", objective.code());
        out.writeStringField("title", objective.title());
        optional(out, "source", objective.source());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    writeOrganisations(out, "services", plan.services(), OrganisationKind.SERVICE);
    writeOrganisations(out, "partners", plan.partners(), OrganisationKind.PARTNER);
    out.writeFieldName("strategicObjectives");
    out.writeStartArray();
    for (StrategicObjective objective : plan.strategicObjectives()) {
      writeStrategicObjective(out, objective);
    }
    out.writeEndArray();
    if (!plan.projects().isEmpty()) {
      out.writeFieldName("projects");
      out.writeStartArray();
      for (Project project : plan.projects()) {
        out.writeStartObject();
        out.writeStringField("code", project.code());
        out.writeStringField("title", project.title());
        optional(out, "description", project.description());
        strings(out, "actionCodes", project.actionCodes());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private static void writeAuthority(JsonGenerator out, Authority authority) throws IOException {
    out.writeStartObject();
    out.writeStringField("kind", authority.kind().name());
    out.writeStringField("name", authority.name());
    out.writeStringField("insCode", authority.insCode());
    out.writeEndObject();
  }

  private static void writeLegislature(JsonGenerator out, Legislature legislature)
      throws IOException {
    out.writeStartObject();
    out.writeNumberField("firstExercice", legislature.firstExercice());
    out.writeNumberField("lastExercice", legislature.lastExercice());
    out.writeEndObject();
  }

  /**
   * Writes the services or the partners; an organisation whose kind is not the list's (odd
   * data) gets an explicit {@code kind} member so that it reads back the same.
   */
  private static void writeOrganisations(
      JsonGenerator out, String member, List<Organisation> organisations, OrganisationKind kind)
      throws IOException {
    if (organisations.isEmpty()) {
      return;
    }
    out.writeFieldName(member);
    out.writeStartArray();
    for (Organisation organisation : organisations) {
      out.writeStartObject();
      out.writeStringField("name", organisation.name());
      if (organisation.kind() != kind) {
        out.writeStringField("kind", organisation.kind().name());
      }
      optional(out, "description", organisation.description());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  // ---------------------------------------------------------------- objectives

  private static void writeCommon(JsonGenerator out, PlanElement element) throws IOException {
    out.writeStringField("code", element.code());
    out.writeStringField("title", element.title());
    optional(out, "description", element.description());
    if (element.volet().isPresent()) {
      out.writeStringField("volet", element.volet().get().name());
    }
    if (!element.indicators().isEmpty()) {
      out.writeFieldName("indicators");
      out.writeStartArray();
      for (Indicator indicator : element.indicators()) {
        writeIndicator(out, indicator);
      }
      out.writeEndArray();
    }
    optional(out, "comments", element.comments());
  }

  static void writeStrategicObjective(JsonGenerator out, StrategicObjective objective)
      throws IOException {
    out.writeStartObject();
    writeCommon(out, objective);
    optional(out, "axis", objective.axisCode());
    strings(out, "politicalObjectives", objective.politicalObjectiveCodes());
    out.writeFieldName("operationalObjectives");
    out.writeStartArray();
    for (OperationalObjective child : objective.operationalObjectives()) {
      writeOperationalObjective(out, child);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  static void writeOperationalObjective(JsonGenerator out, OperationalObjective objective)
      throws IOException {
    out.writeStartObject();
    writeCommon(out, objective);
    if (objective.deadline().isPresent()) {
      out.writeStringField("deadline", partialDate(objective.deadline().get()));
    }
    out.writeFieldName("actions");
    out.writeStartArray();
    for (Action action : objective.actions()) {
      writeAction(out, action);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  // ---------------------------------------------------------------- actions

  static void writeAction(JsonGenerator out, Action action) throws IOException {
    out.writeStartObject();
    writeCommon(out, action);
    optional(out, "context", action.context());
    strings(out, "risks", action.risks());
    if (!action.steps().isEmpty()) {
      out.writeFieldName("steps");
      out.writeStartArray();
      for (Step step : action.steps()) {
        out.writeStartObject();
        out.writeStringField("title", step.title());
        if (step.schedule().isPresent()) {
          out.writeFieldName("schedule");
          writeSchedule(out, step.schedule().get());
        }
        if (step.done()) {
          out.writeBooleanField("done", true);
        }
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    if (action.schedule().isPresent()) {
      out.writeFieldName("schedule");
      writeSchedule(out, action.schedule().get());
    }
    if (action.status().isPresent()) {
      out.writeStringField("status", action.status().get().name());
    }
    if (action.priority().isPresent()) {
      out.writeStringField("priority", action.priority().get().name());
    }
    if (action.progress().isPresent()) {
      out.writeStringField("progress", decimal(action.progress().get()));
    }
    if (action.health().isPresent()) {
      out.writeStringField("health", action.health().get().name());
    }
    if (action.politicalPilot().isPresent()) {
      out.writeFieldName("politicalPilot");
      writePerson(out, action.politicalPilot().get());
    }
    if (action.administrativePilot().isPresent()) {
      out.writeFieldName("administrativePilot");
      writePerson(out, action.administrativePilot().get());
    }
    persons(out, "referents", action.referents());
    persons(out, "team", action.team());
    strings(out, "services", action.services());
    strings(out, "partners", action.partners());
    if (action.synergy().isPresent()) {
      out.writeStringField("synergy", action.synergy().get().name());
    }
    optional(out, "synergyNote", action.synergyNote());
    if (!action.fundingSources().isEmpty()) {
      out.writeFieldName("fundingSources");
      out.writeStartArray();
      for (FundingSource source : action.fundingSources()) {
        writeFundingSource(out, source);
      }
      out.writeEndArray();
    }
    if (action.humanResources().isPresent()) {
      HumanResources resources = action.humanResources().get();
      out.writeFieldName("humanResources");
      out.writeStartObject();
      if (resources.hoursPerWeek().isPresent()) {
        out.writeStringField("hoursPerWeek", decimal(resources.hoursPerWeek().get()));
      }
      if (resources.fte().isPresent()) {
        out.writeStringField("fte", decimal(resources.fte().get()));
      }
      optional(out, "note", resources.note());
      out.writeEndObject();
    }
    if (!action.sdgs().isEmpty()) {
      out.writeFieldName("sdgs");
      out.writeStartArray();
      for (Sdg sdg : action.sdgs()) {
        out.writeNumber(sdg.number());
      }
      out.writeEndArray();
    }
    strings(out, "themes", action.themes());
    strings(out, "localPlans", action.localPlans());
    if (action.lastUpdate().isPresent()) {
      out.writeStringField("lastUpdate", action.lastUpdate().get().toString());
    }
    if (action.budgetImpact().isPresent()) {
      out.writeBooleanField("budgetImpact", action.budgetImpact().get());
    }
    optional(out, "budgetNote", action.budgetNote());
    if (!action.objectiveShares().isEmpty()) {
      out.writeFieldName("objectiveShares");
      out.writeStartArray();
      for (ObjectiveShare share : action.objectiveShares()) {
        out.writeStartObject();
        out.writeStringField("operationalObjective", share.operationalObjectiveCode());
        out.writeStringField("percent", decimal(share.percent()));
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    if (!action.subActions().isEmpty()) {
      out.writeFieldName("subActions");
      out.writeStartArray();
      for (Action subAction : action.subActions()) {
        writeAction(out, subAction);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  static void writeSchedule(JsonGenerator out, Schedule schedule) throws IOException {
    out.writeStartObject();
    if (schedule.start().isPresent()) {
      out.writeStringField("start", partialDate(schedule.start().get()));
    }
    if (schedule.end().isPresent()) {
      out.writeStringField("end", partialDate(schedule.end().get()));
    }
    if (schedule.openEnded()) {
      out.writeBooleanField("openEnded", true);
    }
    optional(out, "note", schedule.note());
    out.writeEndObject();
  }

  static void writePerson(JsonGenerator out, Person person) throws IOException {
    out.writeStartObject();
    optional(out, "name", person.name());
    optional(out, "initials", person.initials());
    optional(out, "role", person.role());
    out.writeEndObject();
  }

  private static void persons(JsonGenerator out, String member, List<Person> persons)
      throws IOException {
    if (!persons.isEmpty()) {
      out.writeFieldName(member);
      out.writeStartArray();
      for (Person person : persons) {
        writePerson(out, person);
      }
      out.writeEndArray();
    }
  }

  static void writeFundingSource(JsonGenerator out, FundingSource source) throws IOException {
    out.writeStartObject();
    out.writeStringField("funder", source.funder().name());
    optional(out, "programme", source.programme());
    out.writeEndObject();
  }

  // ---------------------------------------------------------------- indicators

  static void writeIndicator(JsonGenerator out, Indicator indicator) throws IOException {
    IndicatorKind kind = indicator.kind();
    out.writeStartObject();
    out.writeStringField("name", indicator.name());
    optional(out, "code", indicator.code());
    out.writeStringField("kind", kind.name());
    if (indicator.order().isPresent()) {
      out.writeStringField("order", indicator.order().get().name());
    }
    optional(out, "unit", indicator.unit());
    if (indicator.baseline().isPresent()) {
      out.writeFieldName("baseline");
      writeValue(out, kind, indicator.baseline().get());
    }
    if (indicator.target().isPresent()) {
      out.writeFieldName("target");
      writeValue(out, kind, indicator.target().get());
    }
    if (indicator.targetDate().isPresent()) {
      out.writeStringField("targetDate", partialDate(indicator.targetDate().get()));
    }
    if (!indicator.measurements().isEmpty()) {
      out.writeFieldName("measurements");
      out.writeStartArray();
      for (Measurement measurement : indicator.measurements()) {
        out.writeStartObject();
        out.writeStringField("date", measurement.date().toString());
        out.writeFieldName("value");
        writeValue(out, kind, measurement.value());
        optional(out, "note", measurement.note());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  /**
   * Writes a value in the shape of the indicator's kind, or tagged {@code {"kind", "value"}}
   * if it is of another kind (which validation reports), so that it reads back the same.
   */
  private static void writeValue(JsonGenerator out, IndicatorKind kind, IndicatorValue value)
      throws IOException {
    if (value.kind() == kind) {
      writeBareValue(out, value);
      return;
    }
    out.writeStartObject();
    out.writeStringField("kind", value.kind().name());
    out.writeFieldName("value");
    writeBareValue(out, value);
    out.writeEndObject();
  }

  private static void writeBareValue(JsonGenerator out, IndicatorValue value)
      throws IOException {
    if (value instanceof IndicatorValue.Done) {
      out.writeBoolean(((IndicatorValue.Done) value).done());
    } else if (value instanceof IndicatorValue.Count) {
      out.writeString(decimal(((IndicatorValue.Count) value).count()));
    } else if (value instanceof IndicatorValue.Ratio) {
      out.writeString(decimal(((IndicatorValue.Ratio) value).percent()));
    } else if (value instanceof IndicatorValue.Amount) {
      Amounts.write(out, ((IndicatorValue.Amount) value).amount());
    } else if (value instanceof IndicatorValue.Text) {
      out.writeString(((IndicatorValue.Text) value).text());
    } else if (value instanceof IndicatorValue.Milestone) {
      out.writeString(((IndicatorValue.Milestone) value).date().toString());
    } else {
      throw new IllegalArgumentException("unknown indicator value " + value);
    }
  }

  // ---------------------------------------------------------------- budget

  static void writeBudgetLine(JsonGenerator out, BudgetLine line) throws IOException {
    out.writeStartObject();
    out.writeNumberField("exercice", line.exercice());
    out.writeStringField("group", line.group().orElseThrow().code());
    out.writeFieldName("amount");
    Amounts.writeCents(out, line.amount().cents());
    optional(out, "element", line.elementCode());
    if (line.article().isPresent()) {
      out.writeStringField("article", line.article().get().toString());
    }
    if (line.funding().isPresent()) {
      out.writeFieldName("funding");
      writeFundingSource(out, line.funding().get());
    }
    optional(out, "label", line.label());
    if (line.estimate()) {
      out.writeBooleanField("estimate", true);
    }
    out.writeEndObject();
  }

  // ---------------------------------------------------------------- values

  private static void optional(JsonGenerator out, String member, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      out.writeStringField(member, value.get());
    }
  }

  private static void strings(JsonGenerator out, String member, List<String> values)
      throws IOException {
    if (!values.isEmpty()) {
      out.writeFieldName(member);
      out.writeStartArray();
      for (String value : values) {
        out.writeString(value);
      }
      out.writeEndArray();
    }
  }

  /**
   * A partial date as {@link PartialDate#toString()} writes it ({@code 2020}, {@code 2020-06},
   * {@code 2020-06-30}), without its {@code String.format}, which would dominate writing.
   */
  static String partialDate(PartialDate date) {
    int year = date.year();
    if (year < 1000 || year > 9999 || date.precision() == PartialDate.Precision.DAY) {
      return date.toString();
    }
    if (date.precision() == PartialDate.Precision.YEAR) {
      return Integer.toString(year);
    }
    int month = date.earliest().getMonthValue();
    return new StringBuilder(7)
        .append(year)
        .append(month < 10 ? "-0" : "-")
        .append(month)
        .toString();
  }

  /**
   * A decimal as a plain string ({@code "12.5"}); one with a negative scale ({@code 1E+3}) in
   * scientific notation, so that it reads back with the same scale.
   */
  static String decimal(BigDecimal value) {
    return value.scale() >= 0 ? value.toPlainString() : value.toString();
  }
}
