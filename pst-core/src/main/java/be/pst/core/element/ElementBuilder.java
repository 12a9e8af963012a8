package be.pst.core.element;

import be.pst.core.indicator.Indicator;
import be.pst.core.person.Pilot;
import be.pst.core.schedule.Schedule;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the builders of every element of a plan's tree have in common (constructeur d'élément):
 * one setter per attribute of {@link PlanElement}, so that code handling strategic objectives,
 * operational objectives, actions and volet sections alike (an importer, a codec) sets them in
 * one place. Each builder of pst implements it with its own type as {@code B}.
 *
 * <p>Builders are mutable and not thread-safe.
 *
 * @param <B> the type of the builder
 */
public interface ElementBuilder<B extends ElementBuilder<B>> {

  /**
   * Sets {@link PlanElement#code()}.
   *
   * @param value the code, not blank
   * @return this builder
   */
  B code(String value);

  /**
   * Sets {@link PlanElement#title()}.
   *
   * @param value the title, not blank
   * @return this builder
   */
  B title(String value);

  /**
   * Sets {@link PlanElement#description()}.
   *
   * @param value the description
   * @return this builder
   */
  B description(String value);

  /**
   * Sets {@link PlanElement#descriptionFormat()}.
   *
   * @param value the format of the description
   * @return this builder
   */
  B descriptionFormat(TextFormat value);

  /**
   * Sets {@link PlanElement#externalId()}.
   *
   * @param value the external identifier
   * @return this builder
   */
  B externalId(ExternalId value);

  /**
   * Sets {@link PlanElement#volet()}.
   *
   * @param value the volet
   * @return this builder
   */
  B volet(Volet value);

  /**
   * Sets {@link PlanElement#status()}.
   *
   * @param value the status
   * @return this builder
   */
  B status(Status value);

  /**
   * Sets {@link PlanElement#statusNote()}.
   *
   * @param value the remark on the status
   * @return this builder
   */
  B statusNote(String value);

  /**
   * Sets {@link PlanElement#statusNoteFormat()}.
   *
   * @param value the format of the status note
   * @return this builder
   */
  B statusNoteFormat(TextFormat value);

  /**
   * Sets {@link PlanElement#priority()}.
   *
   * @param value the priority
   * @return this builder
   */
  B priority(Priority value);

  /**
   * Sets {@link PlanElement#priorityNote()}.
   *
   * @param value the note on the priority
   * @return this builder
   */
  B priorityNote(String value);

  /**
   * Sets {@link PlanElement#progress()}.
   *
   * @param value the progress in percent
   * @return this builder
   */
  B progress(BigDecimal value);

  /**
   * Sets {@link PlanElement#health()}.
   *
   * @param value the health
   * @return this builder
   */
  B health(Health value);

  /**
   * Sets {@link PlanElement#healthNote()}.
   *
   * @param value the details of the health
   * @return this builder
   */
  B healthNote(String value);

  /**
   * Sets {@link PlanElement#schedule()}.
   *
   * @param value the planned schedule
   * @return this builder
   */
  B schedule(Schedule value);

  /**
   * Sets {@link PlanElement#effectiveSchedule()}.
   *
   * @param value the effective schedule
   * @return this builder
   */
  B effectiveSchedule(Schedule value);

  /**
   * Sets {@link PlanElement#politicalPilots()}.
   *
   * @param elements the political pilots, replacing any set before
   * @return this builder
   */
  B politicalPilots(Iterable<? extends Pilot> elements);

  /**
   * Sets {@link PlanElement#administrativePilots()}.
   *
   * @param elements the administrative pilots, replacing any set before
   * @return this builder
   */
  B administrativePilots(Iterable<? extends Pilot> elements);

  /**
   * Sets {@link PlanElement#department()}.
   *
   * @param value the department
   * @return this builder
   */
  B department(String value);

  /**
   * Sets {@link PlanElement#services()}.
   *
   * @param elements the service names, replacing any set before
   * @return this builder
   */
  B services(Iterable<String> elements);

  /**
   * Sets {@link PlanElement#partners()}.
   *
   * @param elements the partner names, replacing any set before
   * @return this builder
   */
  B partners(Iterable<String> elements);

  /**
   * Sets {@link PlanElement#localPlans()}.
   *
   * @param elements the local plans, replacing any set before
   * @return this builder
   */
  B localPlans(Iterable<String> elements);

  /**
   * Sets {@link PlanElement#categories()}.
   *
   * @param elements the categories, replacing any set before
   * @return this builder
   */
  B categories(Iterable<String> elements);

  /**
   * Sets {@link PlanElement#themes()}.
   *
   * @param elements the themes, replacing any set before
   * @return this builder
   */
  B themes(Iterable<String> elements);

  /**
   * Sets {@link PlanElement#sdgs()}.
   *
   * @param elements the goals, replacing any set before
   * @return this builder
   */
  B sdgs(Iterable<? extends Sdg> elements);

  /**
   * Sets {@link PlanElement#humanResources()}.
   *
   * @param value the human resources
   * @return this builder
   */
  B humanResources(HumanResources value);

  /**
   * Sets {@link PlanElement#indicators()}.
   *
   * @param elements the indicators, replacing any set before
   * @return this builder
   */
  B indicators(Iterable<? extends Indicator> elements);

  /**
   * Sets {@link PlanElement#comments()}.
   *
   * @param value the comments
   * @return this builder
   */
  B comments(String value);

  /**
   * Sets {@link PlanElement#lastUpdate()}.
   *
   * @param value the date of the last update
   * @return this builder
   */
  B lastUpdate(LocalDate value);
}
