package be.pst.io.json;

import be.pst.budget.money.EuroAmount;
import be.pst.core.action.ActionLink;
import be.pst.core.action.BudgetItem;
import be.pst.core.action.LinkKind;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.action.Step;
import be.pst.core.element.HumanResources;
import be.pst.core.element.StaffYear;
import be.pst.core.element.Status;
import be.pst.core.funding.Funder;
import be.pst.core.funding.Funding;
import be.pst.core.funding.FundingSource;
import be.pst.core.funding.FundingStatus;
import be.pst.core.person.Civility;
import be.pst.core.person.Person;
import be.pst.core.person.Pilot;
import be.pst.core.person.PilotKind;
import be.pst.core.schedule.Schedule;
import javax.money.MonetaryAmount;

/**
 * The member tables of the details of the format: amounts, persons and pilots, schedules,
 * steps, fundings, human resources, objective shares, action links and budget items. Each
 * table is the one place where its type's JSON shape is defined (see {@code docs/format.md}).
 */
final class DetailCodecs {

  private DetailCodecs() {}

  /** An amount of euros, {@code {"amount": "287500.00", "currency": "EUR"}}. */
  static final ValueCodec<EuroAmount> AMOUNT = ValueCodec.scalar("an amount",
      in -> EuroAmount.ofCents(Amounts.readCents(in)), Amounts::write,
      DetailCodecs::amountSchema);

  /** An amount of the model held as any {@code MonetaryAmount}; read back as a euro amount. */
  static final ValueCodec<MonetaryAmount> MONETARY_AMOUNT = ValueCodec.scalar("an amount",
      in -> EuroAmount.ofCents(Amounts.readCents(in)), Amounts::write,
      DetailCodecs::amountSchema);

  /**
   * The schema of an amount: euros to the cent as a string or a number; {@code currency} is
   * {@code "EUR"} (a Moneta {@code CurrencyUnit} object is also read); {@code formatted}, as
   * {@code jackson-datatype-money} writes it, is ignored.
   */
  static java.util.Map<String, Object> amountSchema(JsonSchemas schemas) {
    return schemas.ref("amount", () -> JsonSchemas.obj(
        "type", "object",
        "required", java.util.List.of("amount", "currency"),
        "additionalProperties", false,
        "properties", JsonSchemas.obj(
            "amount", JsonSchemas.obj("oneOf", java.util.List.of(
                JsonSchemas.obj("type", "string", "pattern", "^-?[0-9]+(\\.[0-9]{1,2})?$"),
                JsonSchemas.obj("type", "number"))),
            "currency", JsonSchemas.obj("oneOf", java.util.List.of(
                JsonSchemas.obj("const", "EUR"),
                JsonSchemas.obj("type", "object", "required", java.util.List.of("currencyCode"),
                    "properties", JsonSchemas.obj("currencyCode", JsonSchemas.obj("const", "EUR"))))),
            "formatted", JsonSchemas.obj("type", "string"))));
  }

  static final ObjectCodec<Person, Person.Builder> PERSON =
      ObjectCodec.table("person", "a person", Person::builder, Person.Builder::build)
          .optional("name", ValueCodec.TEXT, Person::name, Person.Builder::name)
          .optional("firstName", ValueCodec.TEXT, Person::firstName, Person.Builder::firstName)
          .optional("lastName", ValueCodec.TEXT, Person::lastName, Person.Builder::lastName)
          .optional("initials", ValueCodec.TEXT, Person::initials, Person.Builder::initials)
          .optional("role", ValueCodec.TEXT, Person::role, Person.Builder::role)
          .optional("civility", ValueCodec.enumeration(Civility.class), Person::civility,
              Person.Builder::civility)
          .optional("phone", ValueCodec.STRING, Person::phone, Person.Builder::phone)
          .optional("email", ValueCodec.STRING, Person::email, Person.Builder::email)
          .codec();

  static final ObjectCodec<Pilot, Pilot.Builder> PILOT =
      ObjectCodec.table("pilot", "a pilot", Pilot::builder, Pilot.Builder::build)
          .required("kind", ValueCodec.enumeration(PilotKind.class), Pilot::kind,
              Pilot.Builder::kind)
          .optional("person", PERSON, Pilot::person, Pilot.Builder::person)
          .optional("name", ValueCodec.TEXT, Pilot::name, Pilot.Builder::name)
          .codec();

  static final ObjectCodec<Schedule, Schedule.Builder> SCHEDULE =
      ObjectCodec.table("schedule", "a schedule", Schedule::builder, Schedule.Builder::build)
          .optional("start", ValueCodec.PARTIAL_DATE, Schedule::start, Schedule.Builder::start)
          .optional("end", ValueCodec.PARTIAL_DATE, Schedule::end, Schedule.Builder::end)
          .flag("openEnded", Schedule::openEnded, Schedule.Builder::openEnded)
          .optional("note", ValueCodec.STRING, Schedule::note, Schedule.Builder::note)
          .codec();

  static final ObjectCodec<Step, Step.Builder> STEP =
      ObjectCodec.table("step", "a step", Step::builder, Step.Builder::build)
          .required("title", ValueCodec.TEXT, Step::title, Step.Builder::title)
          .optional("schedule", SCHEDULE, Step::schedule, Step.Builder::schedule)
          .optional("assignee", PERSON, Step::assignee, Step.Builder::assignee)
          .optional("status", ValueCodec.enumeration(Status.class), Step::status,
              Step.Builder::status)
          .flag("done", Step::done, Step.Builder::done)
          .codec();

  static final ObjectCodec<FundingSource, FundingSource.Builder> FUNDING_SOURCE =
      ObjectCodec.table("fundingSource", "a funding source", FundingSource::builder, FundingSource.Builder::build)
          .required("funder", ValueCodec.enumeration(Funder.class), FundingSource::funder,
              FundingSource.Builder::funder)
          .optional("programme", ValueCodec.TEXT, FundingSource::programme,
              FundingSource.Builder::programme)
          .codec();

  static final ObjectCodec<Funding, Funding.Builder> FUNDING =
      ObjectCodec.table("funding", "a funding", Funding::builder, Funding.Builder::build)
          .required("source", FUNDING_SOURCE, Funding::source, Funding.Builder::source)
          .optional("status", ValueCodec.enumeration(FundingStatus.class), Funding::status,
              Funding.Builder::status)
          .optional("rate", ValueCodec.DECIMAL, Funding::rate, Funding.Builder::rate)
          .optional("amount", MONETARY_AMOUNT, Funding::amount, Funding.Builder::amount)
          .optional("purpose", ValueCodec.TEXT, Funding::purpose, Funding.Builder::purpose)
          .optional("period", SCHEDULE, Funding::period, Funding.Builder::period)
          .optional("note", ValueCodec.STRING, Funding::note, Funding.Builder::note)
          .codec();

  static final ObjectCodec<StaffYear, StaffYear.Builder> STAFF_YEAR =
      ObjectCodec.table("staffYear", "a year of staff", StaffYear::builder, StaffYear.Builder::build)
          .required("exercice", ValueCodec.YEAR, StaffYear::exercice, StaffYear.Builder::exercice)
          .optional("fte", ValueCodec.DECIMAL, StaffYear::fte, StaffYear.Builder::fte)
          .optional("additionalFte", ValueCodec.DECIMAL, StaffYear::additionalFte,
              StaffYear.Builder::additionalFte)
          .optional("note", ValueCodec.STRING, StaffYear::note, StaffYear.Builder::note)
          .codec();

  static final ObjectCodec<HumanResources, HumanResources.Builder> HUMAN_RESOURCES =
      ObjectCodec.table("humanResources", "human resources", HumanResources::builder,
              HumanResources.Builder::build)
          .optional("hoursPerWeek", ValueCodec.DECIMAL, HumanResources::hoursPerWeek,
              HumanResources.Builder::hoursPerWeek)
          .optional("fte", ValueCodec.DECIMAL, HumanResources::fte, HumanResources.Builder::fte)
          .optional("note", ValueCodec.STRING, HumanResources::note,
              HumanResources.Builder::note)
          .list("years", STAFF_YEAR, HumanResources::years, HumanResources.Builder::years)
          .codec();

  static final ObjectCodec<ObjectiveShare, ObjectiveShare.Builder> OBJECTIVE_SHARE =
      ObjectCodec.table("objectiveShare", "an objective share", ObjectiveShare::builder,
              ObjectiveShare.Builder::build)
          .required("operationalObjective", ValueCodec.TEXT,
              ObjectiveShare::operationalObjectiveCode,
              ObjectiveShare.Builder::operationalObjectiveCode)
          .optional("percent", ValueCodec.DECIMAL, ObjectiveShare::percent,
              ObjectiveShare.Builder::percent)
          .codec();

  static final ObjectCodec<ActionLink, ActionLink.Builder> ACTION_LINK =
      ObjectCodec.table("actionLink", "a link to an action", ActionLink::builder, ActionLink.Builder::build)
          .required("kind", ValueCodec.enumeration(LinkKind.class), ActionLink::kind,
              ActionLink.Builder::kind)
          .required("action", ValueCodec.TEXT, ActionLink::actionCode,
              ActionLink.Builder::actionCode)
          .optional("note", ValueCodec.STRING, ActionLink::note, ActionLink.Builder::note)
          .codec();

  static final ObjectCodec<BudgetItem, BudgetItem.Builder> BUDGET_ITEM =
      ObjectCodec.table("budgetItem", "a budget item", BudgetItem::builder, BudgetItem.Builder::build)
          .required("label", ValueCodec.TEXT, BudgetItem::label, BudgetItem.Builder::label)
          .optional("quantity", ValueCodec.DECIMAL, BudgetItem::quantity,
              BudgetItem.Builder::quantity)
          .optional("unit", ValueCodec.TEXT, BudgetItem::unit, BudgetItem.Builder::unit)
          .optional("unitPrice", MONETARY_AMOUNT, BudgetItem::unitPrice,
              BudgetItem.Builder::unitPrice)
          .optional("amount", MONETARY_AMOUNT, BudgetItem::amount, BudgetItem.Builder::amount)
          .optional("note", ValueCodec.STRING, BudgetItem::note, BudgetItem.Builder::note)
          .codec();
}
