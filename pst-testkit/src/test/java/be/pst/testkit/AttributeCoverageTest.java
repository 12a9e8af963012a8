package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.action.Action;
import be.pst.core.action.ActionLink;
import be.pst.core.action.BudgetItem;
import be.pst.core.action.Step;
import be.pst.core.element.HumanResources;
import be.pst.core.element.PlanElement;
import be.pst.core.element.StaffYear;
import be.pst.core.funding.Funding;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.Recurrence;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.person.Person;
import be.pst.core.person.Pilot;
import be.pst.core.person.PilotKind;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every attribute of the model is generated both present and absent, every list both empty and
 * not, every kind of value at least once, over 300 budgeted plans drawn with a fixed seed: a
 * generator that never produced an attribute would let a codec that drops it pass every round
 * trip.
 */
class AttributeCoverageTest {

  private static List<BudgetedPlan> budgeted;
  private static List<Plan> plans;
  private static List<PlanElement> elements;
  private static List<Action> actions;

  @BeforeContainer
  static void sample() {
    budgeted = sample(PstArbitraries.budgetedPlans(), 300);
    plans = budgeted.stream().map(BudgetedPlan::plan).collect(Collectors.toList());
    elements =
        plans.stream()
            .flatMap(p -> Stream.concat(p.elements().stream(), p.voletSections().stream()))
            .collect(Collectors.toList());
    actions = plans.stream().flatMap(p -> p.actions().stream()).collect(Collectors.toList());
  }

  private static <T> List<T> sample(Arbitrary<T> arbitrary, int count) {
    RandomGenerator<T> generator = arbitrary.generator(1000);
    Random random = new Random(20191203L);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(generator.next(random).value());
    }
    return values;
  }

  /** The attributes that are never present, or never absent, among {@code items}. */
  private static <T> List<String> oneSided(
      Collection<? extends T> items, Map<String, Predicate<? super T>> attributes) {
    List<String> missing = new ArrayList<>();
    attributes.forEach(
        (name, present) -> {
          long count = items.stream().filter(present).count();
          if (count == 0) {
            missing.add(name + " never present");
          } else if (count == items.size()) {
            missing.add(name + " never absent");
          }
        });
    return missing;
  }

  private static <T, K> List<String> unseen(
      Collection<T> items, Function<T, K> kind, Collection<K> expected, String what) {
    List<K> seen = items.stream().map(kind).distinct().collect(Collectors.toList());
    return expected.stream()
        .filter(k -> !seen.contains(k))
        .map(k -> what + " " + k + " never generated")
        .collect(Collectors.toList());
  }

  private static Map<String, Predicate<? super PlanElement>> elementAttributes() {
    Map<String, Predicate<? super PlanElement>> a = new TreeMap<>();
    a.put("description", e -> e.description().isPresent());
    a.put("descriptionFormat", e -> e.descriptionFormat().isPresent());
    a.put("externalId", e -> e.externalId().isPresent());
    a.put("volet", e -> e.volet().isPresent());
    a.put("status", e -> e.status().isPresent());
    a.put("statusNote", e -> e.statusNote().isPresent());
    a.put("statusNoteFormat", e -> e.statusNoteFormat().isPresent());
    a.put("priority", e -> e.priority().isPresent());
    a.put("priorityNote", e -> e.priorityNote().isPresent());
    a.put("progress", e -> e.progress().isPresent());
    a.put("health", e -> e.health().isPresent());
    a.put("healthNote", e -> e.healthNote().isPresent());
    a.put("schedule", e -> e.schedule().isPresent());
    a.put("effectiveSchedule", e -> e.effectiveSchedule().isPresent());
    a.put("politicalPilots", e -> !e.politicalPilots().isEmpty());
    a.put("administrativePilots", e -> !e.administrativePilots().isEmpty());
    a.put("department", e -> e.department().isPresent());
    a.put("services", e -> !e.services().isEmpty());
    a.put("partners", e -> !e.partners().isEmpty());
    a.put("localPlans", e -> !e.localPlans().isEmpty());
    a.put("categories", e -> !e.categories().isEmpty());
    a.put("themes", e -> !e.themes().isEmpty());
    a.put("sdgs", e -> !e.sdgs().isEmpty());
    a.put("humanResources", e -> e.humanResources().isPresent());
    a.put("indicators", e -> !e.indicators().isEmpty());
    a.put("comments", e -> e.comments().isPresent());
    a.put("lastUpdate", e -> e.lastUpdate().isPresent());
    return a;
  }

  @Example
  void everyAttributeOfEveryKindOfElementIsGeneratedPresentAndAbsent() {
    List<String> problems = new ArrayList<>();
    Map<String, List<? extends PlanElement>> kinds = new TreeMap<>();
    kinds.put("strategic objective", elementsOf(StrategicObjective.class));
    kinds.put("operational objective", elementsOf(OperationalObjective.class));
    kinds.put("action", actions);
    kinds.put(
        "volet section",
        plans.stream().flatMap(p -> p.voletSections().stream()).collect(Collectors.toList()));
    kinds.forEach(
        (kind, list) ->
            AttributeCoverageTest.<PlanElement>oneSided(list, elementAttributes()).forEach(p -> problems.add(kind + ": " + p)));
    assertThat(problems).isEmpty();
  }

  private static List<PlanElement> elementsOf(Class<? extends PlanElement> type) {
    return elements.stream().filter(type::isInstance).collect(Collectors.toList());
  }

  @Example
  void everyAttributeOfActionsIsGeneratedPresentAndAbsent() {
    Map<String, Predicate<? super Action>> a = new TreeMap<>();
    a.put("context", x -> x.context().isPresent());
    a.put("risks", x -> !x.risks().isEmpty());
    a.put("steps", x -> !x.steps().isEmpty());
    a.put("referents", x -> !x.referents().isEmpty());
    a.put("team", x -> !x.team().isEmpty());
    a.put("synergy", x -> x.synergy().isPresent());
    a.put("synergyNote", x -> x.synergyNote().isPresent());
    a.put("budgetImpact", x -> x.budgetImpact().isPresent());
    a.put("budgetItems", x -> !x.budgetItems().isEmpty());
    a.put("funding", x -> !x.funding().isEmpty());
    a.put("politicalObjectiveCodes", x -> !x.politicalObjectiveCodes().isEmpty());
    a.put("links", x -> !x.links().isEmpty());
    a.put("budgetNote", x -> x.budgetNote().isPresent());
    a.put("subActions", x -> !x.subActions().isEmpty());
    a.put("objectiveShares", x -> !x.objectiveShares().isEmpty());
    a.put(
        "objectiveShares with percentages",
        x -> x.isTransversal() && x.objectiveShares().get(0).percent().isPresent());
    a.put(
        "objectiveShares without percentages",
        x -> x.isTransversal() && x.objectiveShares().get(0).percent().isEmpty());
    assertThat(oneSided(actions, a)).isEmpty();
  }

  @Example
  void pilotsOfTheThreeKindsAndPersonsOfEveryShapeAreGenerated() {
    List<Pilot> pilots =
        elements.stream()
            .flatMap(e -> Stream.concat(e.politicalPilots().stream(),
                e.administrativePilots().stream()))
            .collect(Collectors.toList());
    List<Person> persons =
        Stream.concat(
                pilots.stream().map(Pilot::person).flatMap(Optional::stream),
                actions.stream()
                    .flatMap(x -> Stream.concat(x.referents().stream(), x.team().stream())))
            .collect(Collectors.toList());
    Map<String, Predicate<? super Person>> a = new TreeMap<>();
    a.put("name", p -> p.name().isPresent());
    a.put("initials", p -> p.initials().isPresent());
    a.put("role", p -> p.role().isPresent());
    a.put("firstName", p -> p.firstName().isPresent());
    a.put("lastName", p -> p.lastName().isPresent());
    a.put("civility", p -> p.civility().isPresent());
    a.put("phone", p -> p.phone().isPresent());
    a.put("email", p -> p.email().isPresent());
    List<String> problems = new ArrayList<>(oneSided(persons, a));
    problems.addAll(unseen(pilots, Pilot::kind, List.of(PilotKind.values()), "pilot kind"));
    problems.addAll(
        unseen(
            elements.stream().flatMap(e -> e.politicalPilots().stream())
                .collect(Collectors.toList()),
            Pilot::kind, List.of(PilotKind.PERSON, PilotKind.ROLE), "political pilot kind"));
    assertThat(problems).isEmpty();
  }

  @Example
  void fundingsItemsLinksAndStepsHaveEveryAttributePresentAndAbsent() {
    List<String> problems = new ArrayList<>();
    Map<String, Predicate<? super Funding>> funding = new TreeMap<>();
    funding.put("programme", f -> f.source().programme().isPresent());
    funding.put("status", f -> f.status().isPresent());
    funding.put("rate", f -> f.rate().isPresent());
    funding.put("amount", f -> f.amount().isPresent());
    funding.put("purpose", f -> f.purpose().isPresent());
    funding.put("period", f -> f.period().isPresent());
    funding.put("note", f -> f.note().isPresent());
    problems.addAll(oneSided(all(Action::funding), funding));
    Map<String, Predicate<? super BudgetItem>> item = new TreeMap<>();
    item.put("quantity", i -> i.quantity().isPresent());
    item.put("unit", i -> i.unit().isPresent());
    item.put("unitPrice", i -> i.unitPrice().isPresent());
    item.put("amount", i -> i.amount().isPresent());
    item.put("note", i -> i.note().isPresent());
    problems.addAll(oneSided(all(Action::budgetItems), item));
    Map<String, Predicate<? super ActionLink>> link = new TreeMap<>();
    link.put("note", l -> l.note().isPresent());
    problems.addAll(oneSided(all(Action::links), link));
    Map<String, Predicate<? super Step>> step = new TreeMap<>();
    step.put("schedule", s -> s.schedule().isPresent());
    step.put("assignee", s -> s.assignee().isPresent());
    step.put("status", s -> s.status().isPresent());
    step.put("done", Step::done);
    problems.addAll(oneSided(all(Action::steps), step));
    assertThat(problems).isEmpty();
  }

  private static <T> List<T> all(Function<Action, List<T>> list) {
    return actions.stream().flatMap(a -> list.apply(a).stream()).collect(Collectors.toList());
  }

  @Example
  void indicatorsStaffAndSchedulesHaveEveryAttributeAndShape() {
    List<String> problems = new ArrayList<>();
    List<Indicator> indicators =
        elements.stream().flatMap(e -> e.indicators().stream()).collect(Collectors.toList());
    Map<String, Predicate<? super Indicator>> indicator = new TreeMap<>();
    indicator.put("code", i -> i.code().isPresent());
    indicator.put("order", i -> i.order().isPresent());
    indicator.put("unit", i -> i.unit().isPresent());
    indicator.put("baseline", i -> i.baseline().isPresent());
    indicator.put("target", i -> i.target().isPresent());
    indicator.put("targetDates", i -> !i.targetDates().isEmpty());
    indicator.put("recurrence", i -> i.recurrence().isPresent());
    indicator.put("measurements", i -> !i.measurements().isEmpty());
    problems.addAll(oneSided(indicators, indicator));
    List<Recurrence> recurrences =
        indicators.stream().map(Indicator::recurrence).flatMap(Optional::stream)
            .collect(Collectors.toList());
    Map<String, Predicate<? super Recurrence>> recurrence = new TreeMap<>();
    recurrence.put("start", r -> r.start().isPresent());
    recurrence.put("end", r -> r.end().isPresent());
    recurrence.put("onDay", r -> r.onDay().isPresent());
    recurrence.put("inMonth", r -> r.inMonth().isPresent());
    recurrence.put("note", r -> r.note().isPresent());
    problems.addAll(oneSided(recurrences, recurrence));

    List<HumanResources> staff =
        elements.stream().map(PlanElement::humanResources).flatMap(Optional::stream)
            .collect(Collectors.toList());
    Map<String, Predicate<? super HumanResources>> hr = new TreeMap<>();
    hr.put("hoursPerWeek", h -> h.hoursPerWeek().isPresent());
    hr.put("fte", h -> h.fte().isPresent());
    hr.put("note", h -> h.note().isPresent());
    hr.put("years", h -> !h.years().isEmpty());
    problems.addAll(oneSided(staff, hr));
    List<StaffYear> years =
        staff.stream().flatMap(h -> h.years().stream()).collect(Collectors.toList());
    Map<String, Predicate<? super StaffYear>> year = new TreeMap<>();
    year.put("fte", y -> y.fte().isPresent());
    year.put("additionalFte", y -> y.additionalFte().isPresent());
    year.put("note", y -> y.note().isPresent());
    problems.addAll(oneSided(years, year));

    List<Schedule> schedules =
        elements.stream()
            .flatMap(e -> Stream.of(e.schedule(), e.effectiveSchedule()))
            .flatMap(Optional::stream)
            .collect(Collectors.toList());
    problems.addAll(
        unseen(schedules, AttributeCoverageTest::shape,
            List.of("YEAR", "MONTH", "DAY", "open-ended", "until", "undetermined", "note"),
            "schedule"));
    assertThat(problems).isEmpty();
  }

  private static String shape(Schedule s) {
    if (s.note().isPresent()) {
      return "note";
    }
    if (s.openEnded()) {
      return "open-ended";
    }
    if (s.start().isEmpty()) {
      return s.end().isPresent() ? "until" : "undetermined";
    }
    return s.start().map(PartialDate::precision).orElseThrow().name();
  }

  @Example
  void plansHaveEveryDeclarationPresentAndAbsent() {
    Map<String, Predicate<? super Plan>> a = new TreeMap<>();
    a.put("adoptionDate", p -> p.adoptionDate().isPresent());
    a.put("version", p -> p.version().isPresent());
    a.put("description", p -> p.description().isPresent());
    a.put("axes", p -> !p.axes().isEmpty());
    a.put("axis description", p -> p.axes().stream().anyMatch(x -> x.description().isPresent()));
    a.put("politicalDeclarations", p -> !p.politicalDeclarations().isEmpty());
    a.put(
        "declaration adoptionDate",
        p -> p.politicalDeclarations().stream().anyMatch(d -> d.adoptionDate().isPresent()));
    a.put("politicalObjectives", p -> !p.politicalObjectives().isEmpty());
    a.put(
        "political objective priorities",
        p -> p.politicalObjectives().stream().anyMatch(o -> !o.priorities().isEmpty()));
    a.put("services", p -> !p.services().isEmpty());
    a.put("partners", p -> !p.partners().isEmpty());
    a.put("voletSections", p -> !p.voletSections().isEmpty());
    a.put("projects", p -> !p.projects().isEmpty());
    a.put(
        "OS with axis",
        p -> p.strategicObjectives().stream().anyMatch(o -> o.axisCode().isPresent()));
    a.put(
        "OS with political objectives",
        p -> p.strategicObjectives().stream().anyMatch(o -> !o.politicalObjectiveCodes().isEmpty()));
    a.put(
        "OO with deadline",
        p -> p.operationalObjectives().stream().anyMatch(o -> o.deadline().isPresent()));
    assertThat(oneSided(plans, a)).isEmpty();
  }

  @Example
  void budgetLinesOfEveryFigureWithAndWithoutGroupOnEveryLevelAreGenerated() {
    List<BudgetLine> lines =
        budgeted.stream().flatMap(b -> b.lines().stream()).collect(Collectors.toList());
    Map<String, Predicate<? super BudgetLine>> a = new TreeMap<>();
    a.put("group", l -> l.group().isPresent());
    a.put("article", l -> l.article().isPresent());
    a.put("article suffix", l -> l.article().flatMap(x -> x.suffix()).isPresent());
    a.put("article year", l -> l.article().map(x -> x.year().isPresent()).orElse(false));
    a.put("funding", l -> l.funding().isPresent());
    a.put("label", l -> l.label().isPresent());
    a.put("estimate", BudgetLine::estimate);
    a.put("elementCode", l -> l.elementCode().isPresent());
    List<String> problems = new ArrayList<>(oneSided(lines, a));
    problems.addAll(unseen(lines, BudgetLine::figure, List.of(BudgetFigure.values()), "figure"));
    List<String> owners = new ArrayList<>();
    for (BudgetedPlan b : budgeted) {
      for (BudgetLine line : b.lines()) {
        owners.add(
            line.elementCode()
                .flatMap(b.plan()::find)
                .map(e -> e.getClass().getSimpleName().replace("Immutable", ""))
                .orElse("plan"));
      }
    }
    problems.addAll(
        unseen(owners, o -> o,
            List.of("plan", "StrategicObjective", "OperationalObjective", "Action"),
            "line of"));
    assertThat(problems).isEmpty();
  }
}
