package be.pst.benchmarks.baseline;

import be.pst.core.element.Priority;
import be.pst.core.element.Status;
import be.pst.core.element.Volet;
import be.pst.core.funding.Funder;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.indicator.IndicatorOrder;
import static com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.List;

/**
 * The alternative a user would pick to {@code PstJson} (liaison de données): plain Java records
 * of the same shape as the benchmarks' {@code be.pst/1} documents, bound by Jackson's {@code
 * ObjectMapper}. Values get the types a user would give them — enumerations of the pst model for
 * statuses, priorities, volets, funders and indicator kinds, {@code BigDecimal} for amounts and
 * decimals, {@code int} for exercices — and unknown members fail the reading, so that the records
 * are known to cover the whole document. Dates and partial dates stay strings (the model's
 * partial dates have no JDK type); decimals are written as strings, as the format has them, so
 * that the records write back the very bytes they were read from. Records are immutable.
 *
 * <p>This class has static members only; the mapper is thread-safe.
 */
public final class PlanRecords {

  /**
   * The mapper: unknown members fail, absent members are not written, output is indented as
   * {@code PstJson} writes it.
   */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  /**
   * The writer: the mapper with the pretty printer of {@code PstJson} (two-space indentation,
   * every array element on its own line, {@code "name": value}), so that both write the same
   * layout.
   */
  public static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

  private PlanRecords() {}

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("")
        .withRootSeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * A document.
   *
   * @param format the format name
   * @param plan the plan
   * @param budget the budget lines
   */
  public record Document(String format, Plan plan, List<Line> budget) {}

  /**
   * A plan.
   *
   * @param authority the commune or CPAS
   * @param title the title
   * @param legislature the legislature
   * @param adoptionDate the adoption date
   * @param description the description
   * @param services the services
   * @param strategicObjectives the OS
   */
  public record Plan(Authority authority, String title, Legislature legislature,
      String adoptionDate, String description, List<Named> services,
      List<Strategic> strategicObjectives) {}

  /**
   * An authority.
   *
   * @param kind COMMUNE or CPAS
   * @param name the name
   * @param insCode the INS code
   */
  public record Authority(String kind, String name, String insCode) {}

  /**
   * A legislature.
   *
   * @param firstExercice its first year
   * @param lastExercice its last year
   */
  public record Legislature(int firstExercice, int lastExercice) {}

  /**
   * A named organisation.
   *
   * @param name the name
   */
  public record Named(String name) {}

  /**
   * A strategic objective.
   *
   * @param code the code
   * @param title the title
   * @param description the description
   * @param volet the volet
   * @param operationalObjectives the OO
   */
  public record Strategic(String code, String title, String description, Volet volet,
      List<Operational> operationalObjectives) {}

  /**
   * An operational objective.
   *
   * @param code the code
   * @param title the title
   * @param schedule the schedule
   * @param actions the actions
   */
  public record Operational(String code, String title, Schedule schedule,
      List<Action> actions) {}

  /**
   * A schedule.
   *
   * @param start the start, a partial date
   * @param end the end, a partial date
   */
  public record Schedule(String start, String end) {}

  /**
   * An action.
   *
   * @param code the code
   * @param title the title
   * @param description the description
   * @param schedule the schedule
   * @param status the status
   * @param priority the priority
   * @param progress the progress, percent
   * @param politicalPilots the political pilots
   * @param administrativePilots the administrative pilots
   * @param services the services
   * @param sdgs the sustainable development goals
   * @param indicators the indicators
   * @param lastUpdate the last update
   * @param funding the fundings
   * @param budgetImpact YES, NO or UNDETERMINED
   */
  public record Action(String code, String title, String description, Schedule schedule,
      Status status, Priority priority, @JsonFormat(shape = STRING) BigDecimal progress, List<Pilot> politicalPilots,
      List<Pilot> administrativePilots, List<String> services, int[] sdgs,
      List<Indicator> indicators, String lastUpdate, List<Funding> funding,
      String budgetImpact) {}

  /**
   * A pilot.
   *
   * @param kind PERSON, ROLE or SERVICE
   * @param person the person
   */
  public record Pilot(String kind, Person person) {}

  /**
   * A person.
   *
   * @param name the name
   * @param role the role
   * @param initials the initials
   */
  public record Person(String name, String role, String initials) {}

  /**
   * An indicator.
   *
   * @param name the name
   * @param kind the kind
   * @param order the order
   * @param target the target
   * @param measurements the measurements
   */
  public record Indicator(String name, IndicatorKind kind, IndicatorOrder order,
      @JsonFormat(shape = STRING) BigDecimal target, List<Measurement> measurements) {}

  /**
   * A measurement.
   *
   * @param date the date
   * @param value the value
   */
  public record Measurement(String date, @JsonFormat(shape = STRING) BigDecimal value) {}

  /**
   * A funding.
   *
   * @param source its source
   */
  public record Funding(Source source) {}

  /**
   * A funding source.
   *
   * @param funder the funder
   */
  public record Source(Funder funder) {}

  /**
   * A budget line.
   *
   * @param exercice the exercice
   * @param group the economic group code
   * @param amount the amount
   * @param element the element code
   * @param article the article
   * @param funding the funding source
   * @param label the label
   * @param estimate whether it is an estimate
   */
  public record Line(int exercice, String group, Amount amount, String element, String article,
      Source funding, String label, Boolean estimate) {}

  /**
   * An amount.
   *
   * @param amount the decimal amount
   * @param currency the currency code
   */
  public record Amount(@JsonFormat(shape = STRING) BigDecimal amount, String currency) {}
}
