package be.pst.io.json;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.element.Health;
import be.pst.core.element.HumanResources;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.element.Priority;
import be.pst.core.element.Sdg;
import be.pst.core.element.Status;
import be.pst.core.action.Step;
import be.pst.core.action.Synergy;
import be.pst.core.funding.Funder;
import be.pst.core.funding.FundingSource;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.indicator.IndicatorOrder;
import be.pst.core.indicator.IndicatorValue;
import be.pst.core.indicator.Measurement;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.element.Volet;
import be.pst.core.person.Person;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Axis;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Organisation;
import be.pst.core.plan.OrganisationKind;
import be.pst.core.plan.Plan;
import be.pst.core.plan.PoliticalObjective;
import be.pst.core.plan.Project;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import be.pst.io.PstFormatException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * Decodes {@code be.pst/1} documents and their parts from a {@link JsonInput}: one method per
 * type of the format, each starting on the value's first token and ending on its last. The
 * same methods serve {@link PstJsonReader} and the deserializers of {@link PstModule}.
 *
 * <p>Besides the shapes, a whole document is checked for what a JSON Schema cannot say: codes
 * of objectives and actions are unique, and every reference (axis, political objective,
 * objective share, project action, budget line element) resolves. Not thread-safe: one
 * instance per document.
 */
final class DocumentDecoder {

  /** What an element code names, for messages. */
  private enum ElementKind {
    STRATEGIC("a strategic objective"),
    OPERATIONAL("an operational objective"),
    ACTION("an action");

    private final String words;

    ElementKind(String words) {
      this.words = words;
    }
  }

  /** A reference checked once the whole document is read. */
  private static final class Reference {
    final String code;
    final String what;
    final String pointer;
    final int budgetIndex;
    final JsonLocation location;

    Reference(String code, String what, String pointer, int budgetIndex, JsonLocation location) {
      this.code = code;
      this.what = what;
      this.pointer = pointer;
      this.budgetIndex = budgetIndex;
      this.location = location;
    }
  }

  /** The setters of the members every strategic objective has as a plan element. */
  private static final ElementSetters<StrategicObjective.Builder> STRATEGIC_SETTERS =
      new ElementSetters<>(
          StrategicObjective.Builder::code,
          StrategicObjective.Builder::title,
          StrategicObjective.Builder::description,
          StrategicObjective.Builder::volet,
          StrategicObjective.Builder::addIndicators,
          StrategicObjective.Builder::comments);

  /** The setters of the members every operational objective has as a plan element. */
  private static final ElementSetters<OperationalObjective.Builder> OPERATIONAL_SETTERS =
      new ElementSetters<>(
          OperationalObjective.Builder::code,
          OperationalObjective.Builder::title,
          OperationalObjective.Builder::description,
          OperationalObjective.Builder::volet,
          OperationalObjective.Builder::addIndicators,
          OperationalObjective.Builder::comments);

  /** The setters of the members every action has as a plan element. */
  private static final ElementSetters<Action.Builder> ACTION_SETTERS =
      new ElementSetters<>(
          Action.Builder::code,
          Action.Builder::title,
          Action.Builder::description,
          Action.Builder::volet,
          Action.Builder::addIndicators,
          Action.Builder::comments);

  /** The economic groups by their exact code, looked up once per budget line. */
  private static final Map<String, EconomicGroup> GROUPS =
      Arrays.stream(EconomicGroup.values())
          .collect(Collectors.toUnmodifiableMap(EconomicGroup::code, group -> group));

  private final JsonInput in;
  private final Map<String, ElementKind> elements = new HashMap<>();
  private final Set<String> axes = new HashSet<>();
  private final Set<String> politicalObjectives = new HashSet<>();
  private final Set<String> projects = new HashSet<>();
  private final List<Reference> axisReferences = new ArrayList<>();
  private final List<Reference> politicalReferences = new ArrayList<>();
  private final List<Reference> shareReferences = new ArrayList<>();
  private final List<Reference> projectReferences = new ArrayList<>();
  private final List<Reference> budgetReferences = new ArrayList<>();
  /** The element of the previous budget line: lines of one element come together. */
  private String lastBudgetElement;
  /** One instance per element code named by budget lines, shared by all its lines. */
  private final Map<String, String> budgetElementCodes = new HashMap<>();

  DocumentDecoder(JsonInput in) {
    this.in = in;
  }

  // ---------------------------------------------------------------- document

  /** Reads a whole document, from its first token to the end of the input. */
  static BudgetedPlan readDocument(JsonInput in) throws IOException, PstFormatException {
    if (in.next() == null) {
      throw in.fail("empty document: expected a be.pst/1 object");
    }
    BudgetedPlan plan = new DocumentDecoder(in).document();
    if (in.next() != null) {
      throw in.fail(
          "unexpected content ("
              + JsonInput.describe(in.parser.currentToken())
              + ") after the end of the document");
    }
    return plan;
  }

  BudgetedPlan document() throws IOException, PstFormatException {
    in.startObject("a be.pst/1 document");
    JsonLocation start = in.parser.currentTokenLocation();
    String format = null;
    Plan plan = null;
    List<BudgetLine> lines = List.of();
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "format":
          seen = in.seen(seen, 1);
          format = in.string();
          if (!JsonCodec.FORMAT.equals(format)) {
            throw in.fail(
                "unsupported format \""
                    + JsonInput.abbreviate(format)
                    + "\": expected \""
                    + JsonCodec.FORMAT
                    + "\"");
          }
          break;
        case "plan":
          seen = in.seen(seen, 2);
          plan = plan();
          break;
        case "budget":
          seen = in.seen(seen, 4);
          lines = budget();
          break;
        default:
          in.unknownMember(name, "the document", "format, plan, budget");
      }
    }
    if (format == null) {
      throw in.missing("format", "the document", "", start);
    }
    if (plan == null) {
      throw in.missing("plan", "the document", "", start);
    }
    checkReferences();
    Plan built = plan;
    List<BudgetLine> budget = lines;
    return in.build("budgeted plan", () -> BudgetedPlan.of(built, budget));
  }

  /**
   * Reads the budget. The lines are decoded first and built together at the end, so that the
   * line objects lie next to each other in memory: consolidation walks them in order, and on a
   * region of 2.4 million lines this layout makes it several times faster than lines scattered
   * among the strings and builders of their decoding.
   */
  private List<BudgetLine> budget() throws IOException, PstFormatException {
    in.startArray("the budget lines");
    String arrayPointer = null;
    List<BudgetLine.Builder> builders = new ArrayList<>();
    List<JsonLocation> ends = new ArrayList<>();
    while (in.nextElement()) {
      if (arrayPointer == null) {
        String first = in.pointer();
        arrayPointer = first.substring(0, first.lastIndexOf('/'));
      }
      builders.add(budgetLineBuilder(builders.size()));
      ends.add(in.parser.currentTokenLocation());
    }
    List<BudgetLine> lines = new ArrayList<>(builders.size());
    for (int i = 0; i < builders.size(); i++) {
      try {
        lines.add(builders.get(i).build());
      } catch (RuntimeException e) {
        throw in.failAt(
            arrayPointer + "/" + i, ends.get(i), "invalid budget line: " + e.getMessage(), e);
      }
    }
    return lines;
  }

  private void checkReferences() throws PstFormatException {
    for (Reference reference : axisReferences) {
      if (!axes.contains(reference.code)) {
        throw dangling(reference, "no axis has this code");
      }
    }
    for (Reference reference : politicalReferences) {
      if (!politicalObjectives.contains(reference.code)) {
        throw dangling(reference, "no political objective has this code");
      }
    }
    for (Reference reference : shareReferences) {
      if (elements.get(reference.code) != ElementKind.OPERATIONAL) {
        throw dangling(reference, "no operational objective has this code");
      }
    }
    for (Reference reference : projectReferences) {
      if (elements.get(reference.code) != ElementKind.ACTION) {
        throw dangling(reference, "no action has this code");
      }
    }
    for (Reference reference : budgetReferences) {
      if (!elements.containsKey(reference.code)) {
        throw dangling(reference, "no objective or action has this code");
      }
    }
  }

  private PstFormatException dangling(Reference reference, String why) {
    String pointer =
        reference.pointer != null
            ? reference.pointer
            : "/budget/" + reference.budgetIndex + "/element";
    return in.failAt(
        pointer,
        reference.location,
        "dangling reference: "
            + reference.what
            + " \""
            + JsonInput.abbreviate(reference.code)
            + "\": "
            + why);
  }

  /** Reads the code of a {@code what} that must resolve once the document is read. */
  private String reference(List<Reference> references, String what) throws PstFormatException {
    String code = in.text();
    references.add(
        new Reference(code, what, in.pointer(), -1, in.parser.currentTokenLocation()));
    return code;
  }

  /** Reads one value, starting on its first token. */
  @FunctionalInterface
  private interface ValueReader<T> {
    T read(DocumentDecoder decoder) throws IOException, PstFormatException;
  }

  /**
   * Reads an array of {@code what} (e.g. {@code "the steps"}), each element read by {@code
   * reader} and added to {@code builder} by {@code add}. Both are unbound references, so that
   * nothing is allocated per call.
   */
  private <B, T> void array(
      String what, B builder, BiConsumer<B, ? super T> add, ValueReader<T> reader)
      throws IOException, PstFormatException {
    in.startArray(what);
    while (in.nextElement()) {
      add.accept(builder, reader.read(this));
    }
  }

  // ---------------------------------------------------------------- plan

  Plan plan() throws IOException, PstFormatException {
    in.startObject("the plan");
    JsonLocation start = in.parser.currentTokenLocation();
    Plan.Builder plan = Plan.builder();
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "authority":
          seen = in.seen(seen, 1);
          plan.authority(authority());
          break;
        case "title":
          seen = in.seen(seen, 2);
          plan.title(in.text());
          break;
        case "legislature":
          seen = in.seen(seen, 4);
          plan.legislature(legislature());
          break;
        case "adoptionDate":
          seen = in.seen(seen, 8);
          plan.adoptionDate(in.date());
          break;
        case "version":
          seen = in.seen(seen, 16);
          plan.version(in.string());
          break;
        case "description":
          seen = in.seen(seen, 32);
          plan.description(in.string());
          break;
        case "axes":
          seen = in.seen(seen, 64);
          array("the axes", plan, Plan.Builder::addAxes, DocumentDecoder::axis);
          break;
        case "politicalObjectives":
          seen = in.seen(seen, 128);
          array("the political objectives", plan, Plan.Builder::addPoliticalObjectives,
              DocumentDecoder::politicalObjective);
          break;
        case "services":
          seen = in.seen(seen, 256);
          array("the services", plan, Plan.Builder::addServices,
              decoder -> decoder.organisation(OrganisationKind.SERVICE));
          break;
        case "partners":
          seen = in.seen(seen, 512);
          array("the partners", plan, Plan.Builder::addPartners,
              decoder -> decoder.organisation(OrganisationKind.PARTNER));
          break;
        case "strategicObjectives":
          seen = in.seen(seen, 1024);
          array("the strategic objectives", plan, Plan.Builder::addStrategicObjectives,
              DocumentDecoder::strategicObjective);
          break;
        case "projects":
          seen = in.seen(seen, 2048);
          array("the projects", plan, Plan.Builder::addProjects, DocumentDecoder::project);
          break;
        default:
          in.unknownMember(
              name,
              "the plan",
              "authority, title, legislature, adoptionDate, version, description, "
                  + "axes, politicalObjectives, services, partners, strategicObjectives, "
                  + "projects");
      }
    }
    require(seen, 1, "authority", "the plan", start);
    require(seen, 2, "title", "the plan", start);
    require(seen, 4, "legislature", "the plan", start);
    if ((seen & 1024) == 0) {
      if (!in.lenient) {
        throw in.missing("strategicObjectives", "the plan", in.pointer(), start);
      }
      in.warnAt(in.pointer(), start,
          "missing member \"strategicObjectives\" in the plan: read as empty");
    }
    return in.build("plan", plan::build);
  }

  /** Reads a plan on its own and checks its references (a budget is not part of it). */
  Plan wholePlan() throws IOException, PstFormatException {
    Plan plan = plan();
    checkReferences();
    return plan;
  }

  /** Reads an amount object. */
  MonetaryAmount amount() throws IOException, PstFormatException {
    return EuroAmount.ofCents(Amounts.readCents(in));
  }

  private void require(long seen, long bit, String member, String object, JsonLocation start)
      throws PstFormatException {
    if ((seen & bit) == 0) {
      throw in.missing(member, object, in.pointer(), start);
    }
  }

  private Authority authority() throws IOException, PstFormatException {
    in.startObject("the authority");
    JsonLocation start = in.parser.currentTokenLocation();
    Authority.Builder authority = Authority.builder();
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "kind":
          seen = in.seen(seen, 1);
          authority.kind(in.enumeration(AuthorityKind.class));
          break;
        case "name":
          seen = in.seen(seen, 2);
          authority.name(in.text());
          break;
        case "insCode":
          seen = in.seen(seen, 4);
          String insCode = in.string();
          if (!insCode.matches("[0-9]{5}")) {
            throw in.fail(
                "expected an INS code of five digits, found \""
                    + JsonInput.abbreviate(insCode)
                    + "\"");
          }
          authority.insCode(insCode);
          break;
        default:
          in.unknownMember(name, "the authority", "kind, name, insCode");
      }
    }
    require(seen, 1, "kind", "the authority", start);
    require(seen, 2, "name", "the authority", start);
    require(seen, 4, "insCode", "the authority", start);
    return in.build("authority", authority::build);
  }

  private Legislature legislature() throws IOException, PstFormatException {
    in.startObject("the legislature");
    JsonLocation start = in.parser.currentTokenLocation();
    int first = 0;
    int last = 0;
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "firstExercice":
          seen = in.seen(seen, 1);
          first = in.integer();
          break;
        case "lastExercice":
          seen = in.seen(seen, 2);
          last = in.integer();
          break;
        default:
          in.unknownMember(name, "the legislature", "firstExercice, lastExercice");
      }
    }
    require(seen, 1, "firstExercice", "the legislature", start);
    require(seen, 2, "lastExercice", "the legislature", start);
    int firstExercice = first;
    int lastExercice = last;
    return in.build("legislature", () -> Legislature.of(firstExercice, lastExercice));
  }

  /** Reads the code of an axis, political objective or project, unique among {@code codes}. */
  private String uniqueCode(Set<String> codes, String what) throws PstFormatException {
    String code = in.text();
    if (!codes.add(code)) {
      throw in.fail("duplicate " + what + " code \"" + JsonInput.abbreviate(code) + "\"");
    }
    return code;
  }

  private Axis axis() throws IOException, PstFormatException {
    in.startObject("an axis");
    JsonLocation start = in.parser.currentTokenLocation();
    Axis.Builder axis = Axis.builder();
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "code":
          seen = in.seen(seen, 1);
          axis.code(uniqueCode(axes, "axis"));
          break;
        case "title":
          seen = in.seen(seen, 2);
          axis.title(in.text());
          break;
        case "description":
          seen = in.seen(seen, 4);
          axis.description(in.string());
          break;
        default:
          in.unknownMember(name, "an axis", "code, title, description");
      }
    }
    require(seen, 1, "code", "an axis", start);
    require(seen, 2, "title", "an axis", start);
    return in.build("axis", axis::build);
  }

  private PoliticalObjective politicalObjective() throws IOException, PstFormatException {
    in.startObject("a political objective");
    JsonLocation start = in.parser.currentTokenLocation();
    PoliticalObjective.Builder objective = PoliticalObjective.builder();
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "code":
          seen = in.seen(seen, 1);
          objective.code(uniqueCode(politicalObjectives, "political objective"));
          break;
        case "title":
          seen = in.seen(seen, 2);
          objective.title(in.text());
          break;
        case "source":
          seen = in.seen(seen, 4);
          objective.source(in.string());
          break;
        default:
          in.unknownMember(name, "a political objective", "code, title, source");
      }
    }
    require(seen, 1, "code", "a political objective", start);
    require(seen, 2, "title", "a political objective", start);
    return in.build("political objective", objective::build);
  }

  /**
   * Reads a service or a partner; {@code kind} is the kind of the list it is in, which an
   * explicit {@code kind} member overrides (a writer only writes one for odd data).
   */
  private Organisation organisation(OrganisationKind listKind)
      throws IOException, PstFormatException {
    String what = listKind == OrganisationKind.SERVICE ? "a service" : "a partner";
    in.startObject(what);
    JsonLocation start = in.parser.currentTokenLocation();
    Organisation.Builder organisation = Organisation.builder();
    OrganisationKind kind = listKind;
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "name":
          seen = in.seen(seen, 1);
          organisation.name(in.text());
          break;
        case "kind":
          seen = in.seen(seen, 2);
          kind = in.enumeration(OrganisationKind.class);
          break;
        case "description":
          seen = in.seen(seen, 4);
          organisation.description(in.string());
          break;
        default:
          in.unknownMember(name, what, "name, kind, description");
      }
    }
    require(seen, 1, "name", what, start);
    organisation.kind(kind);
    return in.build(listKind == OrganisationKind.SERVICE ? "service" : "partner",
        organisation::build);
  }

  private Project project() throws IOException, PstFormatException {
    in.startObject("a project");
    JsonLocation start = in.parser.currentTokenLocation();
    Project.Builder project = Project.builder();
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "code":
          seen = in.seen(seen, 1);
          project.code(uniqueCode(projects, "project"));
          break;
        case "title":
          seen = in.seen(seen, 2);
          project.title(in.text());
          break;
        case "description":
          seen = in.seen(seen, 4);
          project.description(in.string());
          break;
        case "actionCodes":
          seen = in.seen(seen, 8);
          array("the action codes", project, Project.Builder::addActionCodes,
              decoder -> decoder.reference(decoder.projectReferences, "action"));
          break;
        default:
          in.unknownMember(name, "a project", "code, title, description, actionCodes");
      }
    }
    require(seen, 1, "code", "a project", start);
    require(seen, 2, "title", "a project", start);
    return in.build("project", project::build);
  }

  // ---------------------------------------------------------------- objectives

  private String elementCode(ElementKind kind) throws PstFormatException {
    String code = in.text();
    ElementKind previous = elements.putIfAbsent(code, kind);
    if (previous != null) {
      throw in.fail(
          "duplicate code \""
              + JsonInput.abbreviate(code)
              + "\": already the code of "
              + previous.words);
    }
    return code;
  }

  /**
   * Reads a member every plan element has (code, title, description, volet, indicators,
   * comments) into {@code builder}. Its bit in {@code seen} is its index in that list; the other
   * members of an element take the next bits.
   */
  private <B> long commonMember(
      String name, long seen, B builder, ElementSetters<B> setters, ElementKind kind)
      throws IOException, PstFormatException {
    long updated;
    switch (name) {
      case "code":
        updated = seen(seen, 0);
        setters.code.accept(builder, elementCode(kind));
        break;
      case "title":
        updated = seen(seen, 1);
        setters.title.accept(builder, in.text());
        break;
      case "description":
        updated = seen(seen, 2);
        setters.description.accept(builder, in.string());
        break;
      case "volet":
        updated = seen(seen, 3);
        setters.volet.accept(builder, in.enumeration(Volet.class));
        break;
      case "indicators":
        updated = seen(seen, 4);
        array("the indicators", builder, setters.addIndicator, DocumentDecoder::indicator);
        break;
      case "comments":
        updated = seen(seen, 5);
        setters.comments.accept(builder, in.string());
        break;
      default:
        throw new AssertionError(name);
    }
    return updated;
  }

  /** Requires the code and title of a plan element (bits 0 and 1, see {@link #commonMember}). */
  private void requireCodeAndTitle(long seen, String object, JsonLocation start)
      throws PstFormatException {
    require(seen, 1, "code", object, start);
    require(seen, 2, "title", object, start);
  }

  StrategicObjective strategicObjective() throws IOException, PstFormatException {
    in.startObject("a strategic objective");
    JsonLocation start = in.parser.currentTokenLocation();
    StrategicObjective.Builder objective = StrategicObjective.builder();
    long seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "code", "title", "description", "volet", "indicators", "comments":
          seen = commonMember(name, seen, objective, STRATEGIC_SETTERS, ElementKind.STRATEGIC);
          break;
        case "axis":
          seen = seen(seen, 6);
          objective.axisCode(reference(axisReferences, "axis"));
          break;
        case "politicalObjectives":
          seen = seen(seen, 7);
          array("the political objective codes", objective,
              StrategicObjective.Builder::addPoliticalObjectiveCodes,
              decoder -> decoder.reference(decoder.politicalReferences, "political objective"));
          break;
        case "operationalObjectives":
          seen = seen(seen, 8);
          array("the operational objectives", objective,
              StrategicObjective.Builder::addOperationalObjectives,
              DocumentDecoder::operationalObjective);
          break;
        default:
          in.unknownMember(
              name,
              "a strategic objective",
              "code, title, description, volet, indicators, comments, axis, "
                  + "politicalObjectives, operationalObjectives");
      }
    }
    requireCodeAndTitle(seen, "a strategic objective", start);
    if ((seen & 256) == 0) {
      missingList("operationalObjectives", "a strategic objective", start);
    }
    return in.build("strategic objective", objective::build);
  }

  private void missingList(String member, String object, JsonLocation start)
      throws PstFormatException {
    if (!in.lenient) {
      throw in.missing(member, object, in.pointer(), start);
    }
    in.warnAt(in.pointer(), start,
        "missing member \"" + member + "\" in " + object + ": read as empty");
  }

  OperationalObjective operationalObjective() throws IOException, PstFormatException {
    in.startObject("an operational objective");
    JsonLocation start = in.parser.currentTokenLocation();
    OperationalObjective.Builder objective = OperationalObjective.builder();
    long seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "code", "title", "description", "volet", "indicators", "comments":
          seen = commonMember(name, seen, objective, OPERATIONAL_SETTERS, ElementKind.OPERATIONAL);
          break;
        case "deadline":
          seen = seen(seen, 6);
          objective.deadline(partialDate());
          break;
        case "actions":
          seen = seen(seen, 7);
          array("the actions", objective, OperationalObjective.Builder::addActions,
              DocumentDecoder::action);
          break;
        default:
          in.unknownMember(
              name,
              "an operational objective",
              "code, title, description, volet, indicators, comments, deadline, "
                  + "actions");
      }
    }
    requireCodeAndTitle(seen, "an operational objective", start);
    if ((seen & 128) == 0) {
      missingList("actions", "an operational objective", start);
    }
    return in.build("operational objective", objective::build);
  }

  // ---------------------------------------------------------------- actions

  Action action() throws IOException, PstFormatException {
    in.startObject("an action");
    JsonLocation start = in.parser.currentTokenLocation();
    Action.Builder action = Action.builder();
    long seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "code", "title", "description", "volet", "indicators", "comments":
          seen = commonMember(name, seen, action, ACTION_SETTERS, ElementKind.ACTION);
          break;
        case "context":
          seen = seen(seen, 6);
          action.context(in.string());
          break;
        case "risks":
          seen = seen(seen, 7);
          array("the risks", action, Action.Builder::addRisks, decoder -> decoder.in.string());
          break;
        case "steps":
          seen = seen(seen, 8);
          array("the steps", action, Action.Builder::addSteps, DocumentDecoder::step);
          break;
        case "schedule":
          seen = seen(seen, 9);
          action.schedule(schedule());
          break;
        case "status":
          seen = seen(seen, 10);
          action.status(in.enumeration(Status.class));
          break;
        case "priority":
          seen = seen(seen, 11);
          action.priority(in.enumeration(Priority.class));
          break;
        case "progress":
          seen = seen(seen, 12);
          action.progress(in.decimal());
          break;
        case "health":
          seen = seen(seen, 13);
          action.health(in.enumeration(Health.class));
          break;
        case "politicalPilot":
          seen = seen(seen, 14);
          action.politicalPilot(person());
          break;
        case "administrativePilot":
          seen = seen(seen, 15);
          action.administrativePilot(person());
          break;
        case "referents":
          seen = seen(seen, 16);
          array("the referents", action, Action.Builder::addReferents, DocumentDecoder::person);
          break;
        case "team":
          seen = seen(seen, 17);
          array("the team", action, Action.Builder::addTeam, DocumentDecoder::person);
          break;
        case "services":
          seen = seen(seen, 18);
          array("the services", action, Action.Builder::addServices, decoder -> decoder.in.text());
          break;
        case "partners":
          seen = seen(seen, 19);
          array("the partners", action, Action.Builder::addPartners, decoder -> decoder.in.text());
          break;
        case "synergy":
          seen = seen(seen, 20);
          action.synergy(in.enumeration(Synergy.class));
          break;
        case "synergyNote":
          seen = seen(seen, 21);
          action.synergyNote(in.string());
          break;
        case "fundingSources":
          seen = seen(seen, 22);
          array("the funding sources", action, Action.Builder::addFundingSources,
              DocumentDecoder::fundingSource);
          break;
        case "humanResources":
          seen = seen(seen, 23);
          action.humanResources(humanResources());
          break;
        case "sdgs":
          seen = seen(seen, 24);
          array("the sustainable development goals", action, Action.Builder::addSdgs,
              DocumentDecoder::sdg);
          break;
        case "themes":
          seen = seen(seen, 25);
          array("the themes", action, Action.Builder::addThemes, decoder -> decoder.in.string());
          break;
        case "localPlans":
          seen = seen(seen, 26);
          array("the local plans", action, Action.Builder::addLocalPlans,
              decoder -> decoder.in.string());
          break;
        case "lastUpdate":
          seen = seen(seen, 27);
          action.lastUpdate(in.date());
          break;
        case "budgetImpact":
          seen = seen(seen, 28);
          action.budgetImpact(in.bool());
          break;
        case "budgetNote":
          seen = seen(seen, 29);
          action.budgetNote(in.string());
          break;
        case "objectiveShares":
          seen = seen(seen, 30);
          array("the objective shares", action, Action.Builder::addObjectiveShares,
              DocumentDecoder::objectiveShare);
          break;
        case "subActions":
          seen = seen(seen, 31);
          array("the sub-actions", action, Action.Builder::addSubActions, DocumentDecoder::action);
          break;
        default:
          in.unknownMember(
              name,
              "an action",
              "code, title, description, volet, indicators, comments, context, risks, "
                  + "steps, schedule, status, priority, progress, health, politicalPilot, "
                  + "administrativePilot, referents, team, services, partners, synergy, "
                  + "synergyNote, fundingSources, humanResources, sdgs, themes, localPlans, "
                  + "lastUpdate, budgetImpact, budgetNote, objectiveShares, subActions");
      }
    }
    requireCodeAndTitle(seen, "an action", start);
    return in.build("action", action::build);
  }

  private long seen(long seen, int index) throws PstFormatException {
    long bit = 1L << index;
    if ((seen & bit) != 0) {
      throw in.fail("duplicate member \"" + in.parser.getParsingContext().getCurrentName() + "\"");
    }
    return seen | bit;
  }

  private Sdg sdg() throws IOException, PstFormatException {
    int number = in.integer();
    if (number < 1 || number > 17) {
      throw in.fail("expected a sustainable development goal 1–17, found " + number);
    }
    return Sdg.of(number);
  }

  private Step step() throws IOException, PstFormatException {
    in.startObject("a step");
    JsonLocation start = in.parser.currentTokenLocation();
    Step.Builder step = Step.builder();
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "title":
          seen = in.seen(seen, 1);
          step.title(in.text());
          break;
        case "schedule":
          seen = in.seen(seen, 2);
          step.schedule(schedule());
          break;
        case "done":
          seen = in.seen(seen, 4);
          step.done(in.bool());
          break;
        default:
          in.unknownMember(name, "a step", "title, schedule, done");
      }
    }
    require(seen, 1, "title", "a step", start);
    return in.build("step", step::build);
  }

  Schedule schedule() throws IOException, PstFormatException {
    in.startObject("a schedule");
    Schedule.Builder schedule = Schedule.builder();
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "start":
          seen = in.seen(seen, 1);
          schedule.start(partialDate());
          break;
        case "end":
          seen = in.seen(seen, 2);
          schedule.end(partialDate());
          break;
        case "openEnded":
          seen = in.seen(seen, 4);
          schedule.openEnded(in.bool());
          break;
        case "note":
          seen = in.seen(seen, 8);
          schedule.note(in.string());
          break;
        default:
          in.unknownMember(name, "a schedule", "start, end, openEnded, note");
      }
    }
    return in.build("schedule", schedule::build);
  }

  PartialDate partialDate() throws PstFormatException {
    return in.partialDate();
  }

  Person person() throws IOException, PstFormatException {
    in.startObject("a person");
    JsonLocation start = in.parser.currentTokenLocation();
    Person.Builder person = Person.builder();
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "name":
          seen = in.seen(seen, 1);
          person.name(in.text());
          break;
        case "initials":
          seen = in.seen(seen, 2);
          person.initials(in.text());
          break;
        case "role":
          seen = in.seen(seen, 4);
          person.role(in.string());
          break;
        default:
          in.unknownMember(name, "a person", "name, initials, role");
      }
    }
    if ((seen & 3) == 0) {
      throw in.missing("name\" or \"initials", "a person", in.pointer(), start);
    }
    return in.build("person", person::build);
  }

  FundingSource fundingSource() throws IOException, PstFormatException {
    in.startObject("a funding source");
    JsonLocation start = in.parser.currentTokenLocation();
    FundingSource.Builder funding = FundingSource.builder();
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "funder":
          seen = in.seen(seen, 1);
          funding.funder(in.enumeration(Funder.class));
          break;
        case "programme":
          seen = in.seen(seen, 2);
          funding.programme(in.text());
          break;
        default:
          in.unknownMember(name, "a funding source", "funder, programme");
      }
    }
    require(seen, 1, "funder", "a funding source", start);
    return in.build("funding source", funding::build);
  }

  private HumanResources humanResources() throws IOException, PstFormatException {
    in.startObject("human resources");
    HumanResources.Builder resources = HumanResources.builder();
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "hoursPerWeek":
          seen = in.seen(seen, 1);
          resources.hoursPerWeek(in.decimal());
          break;
        case "fte":
          seen = in.seen(seen, 2);
          resources.fte(in.decimal());
          break;
        case "note":
          seen = in.seen(seen, 4);
          resources.note(in.string());
          break;
        default:
          in.unknownMember(name, "human resources", "hoursPerWeek, fte, note");
      }
    }
    return in.build("human resources", resources::build);
  }

  private ObjectiveShare objectiveShare() throws IOException, PstFormatException {
    in.startObject("an objective share");
    JsonLocation start = in.parser.currentTokenLocation();
    String objective = null;
    BigDecimal percent = null;
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "operationalObjective":
          seen = in.seen(seen, 1);
          objective = reference(shareReferences, "operational objective");
          break;
        case "percent":
          seen = in.seen(seen, 2);
          percent = in.decimal();
          break;
        default:
          in.unknownMember(name, "an objective share", "operationalObjective, percent");
      }
    }
    require(seen, 1, "operationalObjective", "an objective share", start);
    require(seen, 2, "percent", "an objective share", start);
    String code = objective;
    BigDecimal share = percent;
    return in.build("objective share", () -> ObjectiveShare.of(code, share));
  }

  // ---------------------------------------------------------------- indicators

  Indicator indicator() throws IOException, PstFormatException {
    in.startObject("an indicator");
    JsonLocation start = in.parser.currentTokenLocation();
    Indicator.Builder indicator = Indicator.builder();
    IndicatorKind kind = null;
    List<PendingValue> pending = new ArrayList<>(0);
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "name":
          seen = in.seen(seen, 1);
          indicator.name(in.text());
          break;
        case "code":
          seen = in.seen(seen, 2);
          indicator.code(in.text());
          break;
        case "kind":
          seen = in.seen(seen, 4);
          kind = in.enumeration(IndicatorKind.class);
          indicator.kind(kind);
          break;
        case "order":
          seen = in.seen(seen, 8);
          indicator.order(in.enumeration(IndicatorOrder.class));
          break;
        case "unit":
          seen = in.seen(seen, 16);
          indicator.unit(in.string());
          break;
        case "baseline":
          seen = in.seen(seen, 32);
          if (kind != null) {
            indicator.baseline(value(kind));
          } else {
            pending.add(new PendingValue(PendingValue.BASELINE, shape(), null));
          }
          break;
        case "target":
          seen = in.seen(seen, 64);
          if (kind != null) {
            indicator.target(value(kind));
          } else {
            pending.add(new PendingValue(PendingValue.TARGET, shape(), null));
          }
          break;
        case "targetDate":
          seen = in.seen(seen, 128);
          indicator.targetDate(partialDate());
          break;
        case "measurements":
          seen = in.seen(seen, 256);
          in.startArray("the measurements");
          while (in.nextElement()) {
            measurement(indicator, kind, pending);
          }
          break;
        default:
          in.unknownMember(
              name,
              "an indicator",
              "name, code, kind, order, unit, baseline, target, targetDate, "
                  + "measurements");
      }
    }
    require(seen, 1, "name", "an indicator", start);
    require(seen, 4, "kind", "an indicator", start);
    for (PendingValue value : pending) {
      IndicatorValue decoded = value.shape.decode(kind, in);
      if (value.role == PendingValue.BASELINE) {
        indicator.baseline(decoded);
      } else if (value.role == PendingValue.TARGET) {
        indicator.target(decoded);
      } else {
        Measurement.Builder measurement = value.measurement;
        indicator.addMeasurements(in.build("measurement", () ->
            measurement.value(decoded).build()));
      }
    }
    return in.build("indicator", indicator::build);
  }

  private void measurement(
      Indicator.Builder indicator, IndicatorKind kind, List<PendingValue> pending)
      throws IOException, PstFormatException {
    in.startObject("a measurement");
    JsonLocation start = in.parser.currentTokenLocation();
    Measurement.Builder measurement = Measurement.builder();
    ValueShape shape = null;
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "date":
          seen = in.seen(seen, 1);
          measurement.date(in.date());
          break;
        case "value":
          seen = in.seen(seen, 2);
          if (kind != null) {
            measurement.value(value(kind));
          } else {
            shape = shape();
          }
          break;
        case "note":
          seen = in.seen(seen, 4);
          measurement.note(in.string());
          break;
        default:
          in.unknownMember(name, "a measurement", "date, value, note");
      }
    }
    require(seen, 1, "date", "a measurement", start);
    require(seen, 2, "value", "a measurement", start);
    if (shape != null) {
      pending.add(new PendingValue(PendingValue.MEASUREMENT, shape, measurement));
    } else {
      indicator.addMeasurements(in.build("measurement", measurement::build));
    }
  }

  /**
   * Reads a value of an indicator whose kind is known: its JSON shape follows the kind. A value
   * of another kind (which validation reports) is written {@code {"kind": …, "value": …}}.
   */
  IndicatorValue value(IndicatorKind kind) throws IOException, PstFormatException {
    if (in.parser.currentToken() == JsonToken.START_OBJECT && kind != IndicatorKind.AMOUNT) {
      return taggedValue();
    }
    return bareValue(kind);
  }

  private IndicatorValue bareValue(IndicatorKind kind) throws IOException, PstFormatException {
    switch (kind) {
      case DONE:
        return IndicatorValue.done(in.bool());
      case COUNT:
        return IndicatorValue.count(in.decimal());
      case RATIO:
        return IndicatorValue.ratio(in.decimal());
      case AMOUNT:
        return amountOrTagged();
      case TEXT:
        return IndicatorValue.text(in.string());
      case MILESTONE:
        return IndicatorValue.milestone(in.date());
      default:
        throw new AssertionError(kind);
    }
  }

  private IndicatorValue amountOrTagged() throws IOException, PstFormatException {
    in.startObject("an amount");
    // An amount object starts with "amount" or "currency"; a tagged value with "kind".
    JsonLocation start = in.parser.currentTokenLocation();
    String first = in.parser.nextFieldName();
    if ("kind".equals(first)) {
      return taggedValueAfterKind(start);
    }
    return IndicatorValue.amount(Amounts.ofCents(Amounts.readCentsAfter(in, first, start)));
  }

  private IndicatorValue taggedValue() throws IOException, PstFormatException {
    JsonLocation start = in.parser.currentTokenLocation();
    String first = in.parser.nextFieldName();
    if (!"kind".equals(first)) {
      throw in.fail("expected a value of another kind written {\"kind\": …, \"value\": …}");
    }
    return taggedValueAfterKind(start);
  }

  /**
   * Reads the rest of a tagged value {@code {"kind": …, "value": …}} whose {@code kind} member
   * name was just read ({@code kind} comes first, so that the value is read by its kind).
   */
  private IndicatorValue taggedValueAfterKind(JsonLocation start)
      throws IOException, PstFormatException {
    in.next();
    IndicatorKind kind = in.enumeration(IndicatorKind.class);
    IndicatorValue value = null;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "value":
          if (value != null) {
            throw in.fail("duplicate member \"value\"");
          }
          value = bareValue(kind);
          break;
        case "kind":
          throw in.fail("duplicate member \"kind\"");
        default:
          in.unknownMember(name, "a value of another kind", "kind, value");
      }
    }
    if (value == null) {
      throw in.missing("value", "a value of another kind", in.pointer(), start);
    }
    return value;
  }

  /** The shape of a value read before the indicator's kind. */
  private ValueShape shape() throws IOException, PstFormatException {
    JsonLocation location = in.parser.currentTokenLocation();
    String pointer = in.pointer();
    JsonToken token = in.parser.currentToken();
    switch (token) {
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new ValueShape(IndicatorValue.done(in.bool()), false, null, pointer, location);
      case START_OBJECT:
        String first = in.parser.nextFieldName();
        if ("kind".equals(first)) {
          return new ValueShape(taggedValueAfterKind(location), true, null, pointer, location);
        }
        return new ValueShape(
            IndicatorValue.amount(Amounts.ofCents(Amounts.readCentsAfter(in, first, location))),
            false, null, pointer, location);
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new ValueShape(null, false, in.parser.getText(), pointer, location);
      default:
        throw in.expected("an indicator value");
    }
  }

  /** A value read before its indicator's kind: decoded once the kind is known. */
  private static final class ValueShape {
    final IndicatorValue value;
    final boolean tagged;
    final String text;
    final String pointer;
    final JsonLocation location;

    ValueShape(
        IndicatorValue value, boolean tagged, String text, String pointer, JsonLocation location) {
      this.value = value;
      this.tagged = tagged;
      this.text = text;
      this.pointer = pointer;
      this.location = location;
    }

    IndicatorValue decode(IndicatorKind kind, JsonInput in) throws PstFormatException {
      if (value != null) {
        if (!tagged && value.kind() != kind) {
          throw in.failAt(pointer, location, "expected a value of kind " + kind + ", found "
              + (value.kind() == IndicatorKind.DONE ? "a boolean" : "an amount"));
        }
        return value;
      }
      try {
        switch (kind) {
          case COUNT:
            return IndicatorValue.count(decimal(in));
          case RATIO:
            return IndicatorValue.ratio(decimal(in));
          case TEXT:
            return IndicatorValue.text(text);
          case MILESTONE:
            return IndicatorValue.milestone(LocalDate.parse(text));
          default:
            throw in.failAt(pointer, location, "expected a value of kind " + kind
                + ", found \"" + JsonInput.abbreviate(text) + "\"");
        }
      } catch (RuntimeException e) {
        throw in.failAt(pointer, location, "expected a value of kind " + kind
            + ", found \"" + JsonInput.abbreviate(text) + "\"", e);
      }
    }

    private BigDecimal decimal(JsonInput in) throws PstFormatException {
      if (text.length() > JsonInput.MAX_DECIMAL_TEXT_LENGTH) {
        throw in.failAt(pointer, location, "decimal out of range: \""
            + JsonInput.abbreviate(text) + "\" is too long");
      }
      BigDecimal decimal = new BigDecimal(text);
      String problem = JsonInput.decimalProblem(decimal, text);
      if (problem != null) {
        throw in.failAt(pointer, location, problem);
      }
      return decimal;
    }
  }

  /** A baseline, target or measurement waiting for its indicator's kind. */
  private static final class PendingValue {
    static final int BASELINE = 0;
    static final int TARGET = 1;
    static final int MEASUREMENT = 2;

    final int role;
    final ValueShape shape;
    final Measurement.Builder measurement;

    PendingValue(int role, ValueShape shape, Measurement.Builder measurement) {
      this.role = role;
      this.shape = shape;
      this.measurement = measurement;
    }
  }

  // ---------------------------------------------------------------- budget

  private int exercice() throws IOException, PstFormatException {
    int exercice = in.integer();
    if (exercice < 1000 || exercice > 9999) {
      throw in.fail("expected an exercice (a four-digit year), found " + exercice);
    }
    return exercice;
  }

  private EconomicGroup group() throws PstFormatException {
    EconomicGroup group = GROUPS.get(in.string());
    return group != null
        ? group
        : in.parsed("an economic group code such as \"70\" or \"7X\"", EconomicGroup::ofCode);
  }

  private BudgetArticle article() throws PstFormatException {
    return in.parsed("a budget article such as \"104/123-48\"", BudgetArticle::parse);
  }

  BudgetLine budgetLine(int index) throws IOException, PstFormatException {
    BudgetLine.Builder line = budgetLineBuilder(index);
    return in.build("budget line", line::build);
  }

  /**
   * Reads a budget line up to its build, which the caller does.
   *
   * @param index the index of the line in the document's budget, or -1 outside a document
   */
  private BudgetLine.Builder budgetLineBuilder(int index) throws IOException, PstFormatException {
    in.startObject("a budget line");
    JsonLocation start = in.parser.currentTokenLocation();
    BudgetLine.Builder line = BudgetLine.builder();
    int seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "exercice":
          seen = in.seen(seen, 1);
          line.exercice(exercice());
          break;
        case "group":
          seen = in.seen(seen, 2);
          line.group(group());
          break;
        case "amount":
          seen = in.seen(seen, 4);
          line.amount(EuroAmount.ofCents(Amounts.readCents(in)));
          break;
        case "element":
          seen = in.seen(seen, 8);
          String code = in.text();
          if (index >= 0) {
            if (code.equals(lastBudgetElement)) {
              code = lastBudgetElement;
            } else {
              String shared = budgetElementCodes.putIfAbsent(code, code);
              if (shared == null) {
                budgetReferences.add(
                    new Reference(code, "element", null, index, in.parser.currentTokenLocation()));
              } else {
                code = shared;
              }
              lastBudgetElement = code;
            }
          }
          line.elementCode(code);
          break;
        case "article":
          seen = in.seen(seen, 16);
          line.article(article());
          break;
        case "funding":
          seen = in.seen(seen, 32);
          line.funding(fundingSource());
          break;
        case "label":
          seen = in.seen(seen, 64);
          line.label(in.string());
          break;
        case "estimate":
          seen = in.seen(seen, 128);
          line.estimate(in.bool());
          break;
        default:
          in.unknownMember(
              name,
              "a budget line",
              "exercice, group, amount, element, article, funding, label, estimate");
      }
    }
    require(seen, 1, "exercice", "a budget line", start);
    require(seen, 2, "group", "a budget line", start);
    require(seen, 4, "amount", "a budget line", start);
    return line;
  }
}
