package be.pst.testkit;

import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.action.Step;
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
import be.pst.core.plan.Axis;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Organisation;
import be.pst.core.plan.Plan;
import be.pst.core.plan.PoliticalObjective;
import be.pst.core.plan.Project;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import be.pst.testkit.PlanDrafts.ActionDraft;
import be.pst.testkit.PlanDrafts.DefectDraft;
import be.pst.testkit.PlanDrafts.ElementDraft;
import be.pst.testkit.PlanDrafts.IndicatorDraft;
import be.pst.testkit.PlanDrafts.MeasurementDraft;
import be.pst.testkit.PlanDrafts.OperationalDraft;
import be.pst.testkit.PlanDrafts.PlanDraft;
import be.pst.testkit.PlanDrafts.PlanHeader;
import be.pst.testkit.PlanDrafts.StepDraft;
import be.pst.testkit.PlanDrafts.StrategicDraft;
import be.pst.testkit.PlanDrafts.TimingDraft;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a {@link PlanDraft} into a {@link Plan}: gives codes by position, places dates inside the
 * legislature and the objectives' deadlines, resolves picks among declared names, computes shares
 * that sum to exactly 100, and injects the drafted defects. A pure function of the draft.
 */
final class PlanAssembler {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Code of an operational objective that does not exist, for {@link PlanDefect#DANGLING_SHARE}. */
  static final String UNKNOWN_OBJECTIVE = "OO-INCONNU";

  /** Partner no plan declares, for {@link PlanDefect#UNDECLARED_PARTNER}. */
  static final String UNKNOWN_PARTNER = "Partenaire inconnu";

  private final int first;
  private final int last;
  private final boolean transversal;

  PlanAssembler(int firstExercice, int lastExercice, boolean transversal) {
    this.first = firstExercice;
    this.last = lastExercice;
    this.transversal = transversal;
  }

  Plan assemble(PlanDraft draft) {
    return new Run(draft).plan();
  }

  /** One assembly: the state needed while walking one draft. */
  private final class Run {
    private final PlanDraft draft;
    private final boolean hyphens;
    private final List<String> operationalCodes = new ArrayList<>();
    private final List<String> actionCodes = new ArrayList<>();
    private final Map<Integer, Set<PlanDefect>> actionDefects = new HashMap<>();
    private final Set<PlanDefect> planDefects = EnumSet.noneOf(PlanDefect.class);
    private int nextAction;

    Run(PlanDraft draft) {
      this.draft = draft;
      this.hyphens = draft.header().codeStyle() == 1;
      int actionCount = 0;
      for (int s = 0; s < draft.objectives().size(); s++) {
        StrategicDraft os = draft.objectives().get(s);
        for (int o = 0; o < os.objectives().size(); o++) {
          operationalCodes.add(operationalCode(s + 1, o + 1));
          actionCount += os.objectives().get(o).actions().size();
        }
      }
      for (DefectDraft d : draft.defects()) {
        if (d.defect() == PlanDefect.DANGLING_REFERENCE) {
          planDefects.add(d.defect());
        } else if (actionCount > 0) {
          actionDefects
              .computeIfAbsent(d.pick() % actionCount, k -> EnumSet.noneOf(PlanDefect.class))
              .add(d.defect());
        }
      }
    }

    private String strategicCode(int s) {
      return "OS" + s;
    }

    private String operationalCode(int s, int o) {
      return hyphens ? "OS" + s + "-OP" + o : "OO" + s + "." + o;
    }

    private String actionCode(int s, int o, int a) {
      return hyphens ? operationalCode(s, o) + "-A" + a : "A" + s + "." + o + "." + a;
    }

    private String subActionCode(String parent, int n) {
      return parent + (hyphens ? "-" : ".") + n;
    }

    Plan plan() {
      PlanHeader h = draft.header();
      int authority = h.authority() % Vocabulary.AUTHORITY_NAMES.size();
      Plan.Builder plan = Plan.builder();
      plan.authority(
              Authority.of(
                  h.kind(),
                  Vocabulary.AUTHORITY_NAMES.get(authority),
                  Vocabulary.INS_CODES.get(authority)))
          .title("Programme stratégique transversal " + first + "–" + last)
          .legislature(Legislature.of(first, last))
          .adoptionDate(h.adoptionDay().map(d -> LocalDate.of(first, 1, 1).plusDays(d)))
          .version(h.version().map(v -> v + ".0"));
      for (int x = 1; x <= h.axes(); x++) {
        plan.addAxes(Axis.of("AX" + x, Vocabulary.AXES.get((x - 1) % Vocabulary.AXES.size())));
      }
      for (int p = 1; p <= h.politicalObjectives(); p++) {
        plan.addPoliticalObjectives(
            PoliticalObjective.of(
                "DPS" + p,
                "Objectif politique " + p,
                Vocabulary.POLITICAL_SOURCES.get(p % Vocabulary.POLITICAL_SOURCES.size())));
      }
      Vocabulary.SERVICES.forEach(s -> plan.addServices(Organisation.service(s)));
      Vocabulary.PARTNERS.forEach(p -> plan.addPartners(Organisation.partner(p)));
      for (int s = 0; s < draft.objectives().size(); s++) {
        plan.addStrategicObjectives(strategic(s + 1, draft.objectives().get(s)));
      }
      if (!actionCodes.isEmpty()) {
        for (int p = 0; p < draft.projects().size(); p++) {
          Set<String> codes = new LinkedHashSet<>();
          for (int pick : draft.projects().get(p)) {
            codes.add(actionCodes.get(pick % actionCodes.size()));
          }
          plan.addProjects(
              Project.of("P" + (p + 1), "Projet " + (p + 1), codes.toArray(new String[0])));
        }
      }
      if (planDefects.contains(PlanDefect.DANGLING_REFERENCE)) {
        plan.addProjects(Project.of("P9", "Projet fantôme", "ACTION-INCONNUE"));
      }
      return plan.build();
    }

    private StrategicObjective strategic(int s, StrategicDraft d) {
      StrategicObjective.Builder os = StrategicObjective.builder().code(strategicCode(s));
      element(d.element(), Vocabulary.STRATEGIC_TITLES, IndicatorOrder.IMPACT, Set.of(),
          new ElementTarget(os::title, os::description, os::volet, os::comments,
              os::addIndicators));
      int axes = draft.header().axes();
      if (s == 1 && planDefects.contains(PlanDefect.DANGLING_REFERENCE)) {
        os.axisCode("AX9");
      } else if (axes > 0 && d.axis().isPresent()) {
        os.axisCode("AX" + (d.axis().get() % axes + 1));
      }
      int political = draft.header().politicalObjectives();
      if (political > 0) {
        d.politicalObjectives().stream()
            .map(p -> "DPS" + (p % political + 1))
            .distinct()
            .forEach(os::addPoliticalObjectiveCodes);
      }
      for (int o = 0; o < d.objectives().size(); o++) {
        os.addOperationalObjectives(operational(s, o + 1, d.objectives().get(o)));
      }
      return os.build();
    }

    private OperationalObjective operational(int s, int o, OperationalDraft d) {
      String code = operationalCode(s, o);
      OperationalObjective.Builder oo = OperationalObjective.builder().code(code);
      element(d.element(), Vocabulary.OPERATIONAL_TITLES, IndicatorOrder.RESULT, Set.of(),
          new ElementTarget(oo::title, oo::description, oo::volet, oo::comments,
              oo::addIndicators));
      Optional<Integer> deadline = d.deadline();
      if (deadline.isEmpty() && receivesLateAction(d)) {
        deadline = Optional.of(last - first);
      }
      deadline.ifPresent(y -> oo.deadline(PartialDate.of(LocalDate.of(first + y, 12, 31))));
      int maxEnd = deadline.orElse(last - first);
      for (int a = 0; a < d.actions().size(); a++) {
        oo.addActions(
            action(actionCode(s, o, a + 1), code, deadline, d.actions().get(a), 0, maxEnd,
                true, Optional.empty(), Set.of()));
      }
      return oo.build();
    }

    /** Whether one of the actions of {@code d} is to end after its objective's deadline. */
    private boolean receivesLateAction(OperationalDraft d) {
      for (int n = nextAction; n < nextAction + d.actions().size(); n++) {
        if (actionDefects.getOrDefault(n, Set.of()).contains(PlanDefect.ENDS_AFTER_DEADLINE)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Builds an action; {@code minStart}/{@code maxEnd} are year offsets bounding its schedule,
     * {@code parentSchedule} the schedule of its parent action for a sub-action, {@code
     * inherited} the defects a sub-action shares with its parent (only a missing pilot, which
     * the validator looks for up the parent chain).
     */
    private Action action(
        String code,
        String homeCode,
        Optional<Integer> deadline,
        ActionDraft d,
        int minStart,
        int maxEnd,
        boolean topLevel,
        Optional<Schedule> parentSchedule,
        Set<PlanDefect> inherited) {
      Set<PlanDefect> defects =
          topLevel
              ? actionDefects.getOrDefault(nextAction++, EnumSet.noneOf(PlanDefect.class))
              : inherited;
      String finalCode = defects.contains(PlanDefect.DUPLICATE_CODE) ? homeCode : code;
      actionCodes.add(finalCode);
      Action.Builder action = Action.builder().code(finalCode);
      element(d.element(), Vocabulary.ACTION_TITLES, IndicatorOrder.REALISATION, defects,
          new ElementTarget(action::title, action::description, action::volet,
              action::comments, action::addIndicators));

      // schedule
      TimingDraft t = d.timing();
      int end = Math.min(Math.max(t.end(), minStart), maxEnd);
      int start = Math.min(Math.max(t.start(), minStart), end);
      Optional<Schedule> schedule;
      if (defects.contains(PlanDefect.ENDS_AFTER_DEADLINE) && deadline.isPresent()) {
        schedule =
            Optional.of(Schedule.of(year(start), PartialDate.ofYear(first + deadline.get() + 1)));
      } else if (defects.contains(PlanDefect.INVERTED_SCHEDULE)) {
        schedule = Optional.of(Schedule.of(PartialDate.ofMonth(first, 12),
            PartialDate.ofMonth(first, 1)));
      } else if (parentSchedule.isPresent()
          && parentSchedule.get().start().map(PartialDate::precision).orElse(null)
              != PartialDate.Precision.YEAR) {
        schedule = parentSchedule;
      } else if (t.precision() == 1 || t.precision() == 2 && parentSchedule.isPresent()) {
        schedule = Optional.of(Schedule.of(year(start), year(end)));
      } else if (t.precision() == 2) {
        int startMonth = t.startMonth();
        int endMonth = start == end ? Math.max(startMonth, t.endMonth()) : t.endMonth();
        schedule =
            Optional.of(
                Schedule.of(
                    PartialDate.ofMonth(first + start, startMonth),
                    PartialDate.ofMonth(first + end, endMonth)));
      } else {
        schedule = Optional.empty();
      }
      action.schedule(schedule);

      // state
      d.state().status().ifPresent(action::status);
      d.state().priority().ifPresent(action::priority);
      d.state().health().ifPresent(action::health);
      d.state().synergy().ifPresent(action::synergy);
      d.state().budgetImpact().ifPresent(action::budgetImpact);
      d.state().context().ifPresent(action::context);
      d.state().risks().stream()
          .map(Vocabulary.RISKS::get)
          .distinct()
          .forEach(action::addRisks);
      if (defects.contains(PlanDefect.PROGRESS_OUT_OF_RANGE)) {
        action.progress(
            BigDecimal.valueOf(d.state().progressTenths().orElse(0) % 2 == 0 ? 140 : -5));
      } else {
        d.state()
            .progressTenths()
            .ifPresent(p -> action.progress(Decimals.normalize(BigDecimal.valueOf(p, 1))));
      }

      // people
      if (!defects.contains(PlanDefect.MISSING_PILOT)) {
        action.politicalPilot(Person.of(Vocabulary.PEOPLE.get(d.people().politicalPilot())));
        d.people()
            .administrativePilot()
            .ifPresent(i -> action.administrativePilot(Person.ofInitials(
                Vocabulary.INITIALS.get(i))));
      }
      names(d.people().referents(), Vocabulary.PEOPLE).forEach(n -> action.addReferents(
          Person.of(n)));
      names(d.people().team(), Vocabulary.PEOPLE).forEach(n -> action.addTeam(Person.of(n)));
      names(d.people().services(), Vocabulary.SERVICES).forEach(action::addServices);
      names(d.people().partners(), Vocabulary.PARTNERS).forEach(action::addPartners);
      if (defects.contains(PlanDefect.UNDECLARED_PARTNER)) {
        action.addPartners(UNKNOWN_PARTNER);
      }

      // means and tags
      action.addAllFundingSources(d.extras().fundingSources().stream().distinct()
          .collect(Collectors.toList()));
      d.extras().humanResources().ifPresent(action::humanResources);
      action.addAllSdgs(d.extras().sdgs());
      names(d.extras().themes(), Vocabulary.THEMES).forEach(action::addThemes);
      names(d.extras().localPlans(), Vocabulary.LOCAL_PLANS).forEach(action::addLocalPlans);
      d.extras().lastUpdateDay().ifPresent(day -> action.lastUpdate(day(day)));

      // steps
      for (StepDraft step : d.steps()) {
        Step.Builder b =
            Step.builder()
                .title(Vocabulary.STEP_TITLES.get(step.title()))
                .done(step.done());
        if (step.scheduled() && schedule.isPresent()) {
          b.schedule(schedule.get());
        }
        action.addSteps(b.build());
      }

      // shares
      action.addAllObjectiveShares(shares(homeCode, d, defects, topLevel));

      // sub-actions
      int subMin = schedule.flatMap(Schedule::start).map(p -> p.year() - first).orElse(minStart);
      int subMax = schedule.flatMap(Schedule::end).map(p -> p.year() - first).orElse(maxEnd);
      if (subMin > subMax || subMin < minStart || subMax > maxEnd) {
        subMin = minStart;
        subMax = maxEnd;
      }
      Set<PlanDefect> subDefects =
          defects.contains(PlanDefect.MISSING_PILOT)
              ? EnumSet.of(PlanDefect.MISSING_PILOT)
              : EnumSet.noneOf(PlanDefect.class);
      for (int n = 0; n < d.subActions().size(); n++) {
        action.addSubActions(
            action(subActionCode(code, n + 1), homeCode, deadline, d.subActions().get(n), subMin,
                subMax, false, schedule, subDefects));
      }
      return action.build();
    }

    private List<ObjectiveShare> shares(
        String homeCode, ActionDraft d, Set<PlanDefect> defects, boolean topLevel) {
      List<String> others =
          d.shares().others().stream()
              .map(p -> operationalCodes.get(p % operationalCodes.size()))
              .filter(c -> !c.equals(homeCode))
              .distinct()
              .collect(Collectors.toList());
      if (defects.contains(PlanDefect.DANGLING_SHARE)) {
        return List.of(share(homeCode, 50), share(UNKNOWN_OBJECTIVE, 50));
      }
      if (defects.contains(PlanDefect.SHARES_NOT_100)) {
        return others.isEmpty()
            ? List.of(share(homeCode, 90))
            : List.of(share(homeCode, 60), share(others.get(0), 30));
      }
      if (!transversal || !topLevel || others.isEmpty()) {
        return List.of();
      }
      List<Integer> weights = d.shares().weights();
      long total = 0;
      for (int i = 0; i <= others.size(); i++) {
        total += weights.get(i);
      }
      List<ObjectiveShare> result = new ArrayList<>();
      BigDecimal rest = HUNDRED;
      List<ObjectiveShare> tail = new ArrayList<>();
      for (int i = 0; i < others.size(); i++) {
        BigDecimal percent =
            BigDecimal.valueOf(weights.get(i + 1) * 100L)
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.DOWN);
        rest = rest.subtract(percent);
        tail.add(ObjectiveShare.of(others.get(i), Decimals.normalize(percent)));
      }
      result.add(ObjectiveShare.of(homeCode, Decimals.normalize(rest)));
      result.addAll(tail);
      return result;
    }

    private ObjectiveShare share(String code, int percent) {
      return ObjectiveShare.of(code, BigDecimal.valueOf(percent));
    }

    private void element(
        ElementDraft d,
        List<String> titles,
        IndicatorOrder order,
        Set<PlanDefect> defects,
        ElementTarget target) {
      target.title.apply(titles.get(d.title()));
      d.description().ifPresent(target.description::apply);
      d.volet().ifPresent(target.volet::apply);
      d.comments().ifPresent(target.comments::apply);
      for (IndicatorDraft i : d.indicators()) {
        target.indicator.apply(indicator(i, order));
      }
      if (defects.contains(PlanDefect.INDICATOR_KIND_MISMATCH)) {
        target.indicator.apply(
            Indicator.builder()
                .name("Nombre de participants")
                .kind(IndicatorKind.COUNT)
                .target(IndicatorValue.count(10))
                .addMeasurements(
                    Measurement.of(LocalDate.of(first, 6, 30), IndicatorValue.text("dix")))
                .build());
      }
      if (defects.contains(PlanDefect.MEASUREMENT_OUTSIDE_LEGISLATURE)) {
        target.indicator.apply(
            Indicator.builder()
                .name("Délibération du Conseil")
                .kind(IndicatorKind.DONE)
                .addMeasurements(
                    Measurement.of(LocalDate.of(first - 2, 6, 30), IndicatorValue.done(true)))
                .build());
      }
    }

    private Indicator indicator(IndicatorDraft d, IndicatorOrder order) {
      Indicator.Builder b =
          Indicator.builder()
              .name(Vocabulary.INDICATOR_NAMES.get(d.name()))
              .kind(d.kind());
      if (d.withOrder()) {
        b.order(order);
      }
      boolean numeric =
          d.kind() == IndicatorKind.COUNT
              || d.kind() == IndicatorKind.RATIO
              || d.kind() == IndicatorKind.AMOUNT;
      if (d.kind() == IndicatorKind.COUNT) {
        b.unit("ateliers");
      }
      int base = d.baseline().orElse(0);
      if (numeric && d.baseline().isPresent()) {
        b.baseline(value(d.kind(), base));
      }
      if (d.withTarget()) {
        b.target(value(d.kind(), base + d.delta()));
      }
      d.targetYear().ifPresent(y -> b.targetDate(PartialDate.ofYear(first + y)));
      for (MeasurementDraft m : d.measurements()) {
        b.addMeasurements(Measurement.of(day(m.day()), value(d.kind(), m.value())));
      }
      return b.build();
    }

    /** A value of {@code kind} from a number in [0, 100]. */
    private IndicatorValue value(IndicatorKind kind, int n) {
      switch (kind) {
        case DONE:
          return IndicatorValue.done(n % 2 == 1);
        case COUNT:
          return IndicatorValue.count(n);
        case RATIO:
          return IndicatorValue.ratio(BigDecimal.valueOf(Math.min(n, 100)));
        case AMOUNT:
          return IndicatorValue.amount(EuroAmount.ofCents(n * 100_000L));
        case TEXT:
          return IndicatorValue.text("Relevé " + n);
        default:
          long days = ChronoUnit.DAYS.between(
              LocalDate.of(first, 1, 1), LocalDate.of(last + 1, 1, 1));
          return IndicatorValue.milestone(
              LocalDate.of(first, 1, 1).plusDays(Math.min(n, 100) * (days - 1) / 100));
      }
    }

    private LocalDate day(int offset) {
      return LocalDate.of(first, 1, 1).plusDays(offset);
    }

    private PartialDate year(int offset) {
      return PartialDate.ofYear(first + offset);
    }

    private List<String> names(List<Integer> picks, List<String> words) {
      return picks.stream().map(p -> words.get(p % words.size())).distinct()
          .collect(Collectors.toList());
    }
  }

  /** Where the common members of an element go: setters of the element's builder. */
  private static final class ElementTarget {
    private final Function<String, ?> title;
    private final Function<String, ?> description;
    private final Function<Volet, ?> volet;
    private final Function<String, ?> comments;
    private final Function<Indicator, ?> indicator;

    ElementTarget(
        Function<String, ?> title,
        Function<String, ?> description,
        Function<Volet, ?> volet,
        Function<String, ?> comments,
        Function<Indicator, ?> indicator) {
      this.title = title;
      this.description = description;
      this.volet = volet;
      this.comments = comments;
      this.indicator = indicator;
    }
  }
}
