package be.pst.testkit;

import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.action.Action;
import be.pst.core.action.BudgetImpact;
import be.pst.core.indicator.IndicatorOrder;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.objective.VoletSection;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Axis;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Organisation;
import be.pst.core.plan.Plan;
import be.pst.core.plan.PoliticalDeclaration;
import be.pst.core.plan.PoliticalObjective;
import be.pst.core.plan.Project;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import be.pst.testkit.ActionAssembler.Surroundings;
import be.pst.testkit.PlanDrafts.ActionDraft;
import be.pst.testkit.PlanDrafts.BudgetDefectDraft;
import be.pst.testkit.PlanDrafts.DefectDraft;
import be.pst.testkit.PlanDrafts.ElementDraft;
import be.pst.testkit.PlanDrafts.OperationalDraft;
import be.pst.testkit.PlanDrafts.PlanDraft;
import be.pst.testkit.PlanDrafts.StrategicDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns a {@link PlanDraft} into a plan and its budget lines: gives codes by position, places
 * dates inside the legislature and the objectives' deadlines, resolves picks among declared
 * names and existing codes, computes shares that sum to exactly 100, and injects the drafted
 * defects. A pure function of the draft.
 */
final class PlanAssembler {

  /** A plan and its budget lines, plan-level lines first, then in document order. */
  record Assembled(Plan plan, List<BudgetLine> lines) {}

  /** The optional attributes of a plan's header, one presence bit each. */
  enum Facet {
    ADOPTION_DATE, VERSION, DESCRIPTION, AXIS_DESCRIPTIONS, POLITICAL_DETAILS,
    DECLARATION_DETAILS, ORGANISATIONS, PROJECT_DESCRIPTIONS;

    boolean in(int presence) {
      return (presence & (1 << ordinal())) != 0;
    }
  }

  /** Code of an element no plan has, for {@link BudgetDefect#DANGLING_LINE}. */
  static final String UNKNOWN_ELEMENT = "A-SUPPRIMEE";

  /** Code of a strategic objective no plan has, for {@link PlanDefect#DANGLING_VOLET_SECTION}. */
  static final String UNKNOWN_STRATEGIC_OBJECTIVE = "OS-INCONNU";

  private static final List<String> SECTION_TITLES =
      List.of("Volet interne", "Volet externe", "NEANT");

  private final PlanShape shape;
  private final PlanCalendar calendar;
  private final ElementAssembler elements;
  private final ActionAssembler actions;

  /** Whether actions' budget impacts follow their lines (plans drawn with a budget). */
  private final boolean budgeted;

  /**
   * An assembler of plans of {@code shape}.
   *
   * @param budgeted whether the plans are drawn with budget lines: then each element's lines fall
   *     inside its schedule and an action's declared budget impact is « Oui » exactly when
   *     projection lines cost it or its sub-actions, as the budget rules of pst-budget want
   */
  PlanAssembler(PlanShape shape, boolean budgeted) {
    this.shape = shape;
    this.budgeted = budgeted;
    this.calendar = new PlanCalendar(shape.firstExercice(), shape.lastExercice());
    this.elements = new ElementAssembler(calendar);
    this.actions = new ActionAssembler(calendar);
  }

  Assembled assemble(PlanDraft draft) {
    return new Run(draft).assemble();
  }

  static String politicalObjectiveCode(int n) {
    return "DPS" + n;
  }

  /**
   * The line of a budget defect: naming {@link #UNKNOWN_ELEMENT}, or one or two exercices after
   * {@code lastExercice}, of one of {@code actionCodes} or of the plan itself.
   */
  static BudgetLine defective(BudgetDefectDraft d, List<String> actionCodes, int lastExercice) {
    if (d.defect() == BudgetDefect.DANGLING_LINE) {
      return d.line().withElementCode(UNKNOWN_ELEMENT);
    }
    int owner = d.pick() % (actionCodes.size() + 1);
    BudgetLine late = d.line().withExercice(lastExercice + 1 + d.pick() % 2);
    return owner == 0
        ? late.withElementCode(Optional.empty())
        : late.withElementCode(actionCodes.get(owner - 1));
  }

  /** One assembly: the state needed while walking one draft. */
  private final class Run {
    private final PlanDraft draft;
    private final int codeStyle;
    private final List<String> operationalCodes = new ArrayList<>();
    /** Codes of actions and sub-actions that no other element has. */
    private final List<String> uniqueActionCodes = new ArrayList<>();
    private final Map<Integer, Set<PlanDefect>> actionDefects = new HashMap<>();
    private final Set<PlanDefect> planDefects = EnumSet.noneOf(PlanDefect.class);
    private final List<BudgetLine> lines = new ArrayList<>();
    private final Choices header;
    private final AuthorityKind kind;
    private final int authority;
    private final int axes;
    private final int politicalObjectives;
    private final int declarations;
    private int nextAction;

    Run(PlanDraft draft) {
      this.draft = draft;
      this.header = Choices.of(draft.header().choices());
      this.authority = header.below(Vocabulary.AUTHORITY_NAMES.size());
      this.kind = header.of(AuthorityKind.values());
      this.codeStyle = header.below(3);
      this.axes = header.below(4);
      this.politicalObjectives = header.below(4);
      this.declarations = header.below(3);
      int actionCount = 0;
      for (StrategicDraft os : draft.objectives()) {
        actionCount += os.objectives().stream().mapToInt(oo -> oo.actions().size()).sum();
      }
      for (DefectDraft d : draft.defects()) {
        if (d.defect() == PlanDefect.DANGLING_REFERENCE
            || d.defect() == PlanDefect.DANGLING_VOLET_SECTION) {
          planDefects.add(d.defect());
        } else if (actionCount > 0) {
          actionDefects
              .computeIfAbsent(d.pick() % actionCount, k -> EnumSet.noneOf(PlanDefect.class))
              .add(d.defect());
        }
      }
      numberElements();
    }

    /** Codes first, so that links, shares and projects may name elements further on. */
    private void numberElements() {
      int n = 0;
      for (int s = 1; s <= draft.objectives().size(); s++) {
        List<OperationalDraft> oos = draft.objectives().get(s - 1).objectives();
        for (int o = 1; o <= oos.size(); o++) {
          operationalCodes.add(operationalCode(s, o));
          List<ActionDraft> as = oos.get(o - 1).actions();
          for (int a = 1; a <= as.size(); a++) {
            String code = actionCode(s, o, a);
            if (!defectsOf(n++).contains(PlanDefect.DUPLICATE_CODE)) {
              uniqueActionCodes.add(code);
            }
            for (int k = 1; k <= as.get(a - 1).subActions().size(); k++) {
              uniqueActionCodes.add(subActionCode(code, k));
            }
          }
        }
      }
    }

    private Set<PlanDefect> defectsOf(int action) {
      return actionDefects.getOrDefault(action, EnumSet.noneOf(PlanDefect.class));
    }

    private String strategicCode(int s) {
      return codeStyle == 2 ? String.valueOf(s) : "OS" + s;
    }

    private String operationalCode(int s, int o) {
      switch (codeStyle) {
        case 1:
          return "OS" + s + "-OP" + o;
        case 2:
          return s + "." + o;
        default:
          return "OO" + s + "." + o;
      }
    }

    private String actionCode(int s, int o, int a) {
      switch (codeStyle) {
        case 1:
          return operationalCode(s, o) + "-A" + a;
        case 2:
          return s + "." + o + "." + a;
        default:
          return "A" + s + "." + o + "." + a;
      }
    }

    private String subActionCode(String parent, int n) {
      return parent + (codeStyle == 1 ? "-" : ".") + n;
    }

    Assembled assemble() {
      int presence = draft.header().presence();
      int adoptionDay = header.below(365);
      String version = header.of(Vocabulary.VERSIONS);
      String description = header.of(Vocabulary.PLAIN_TEXTS);
      int declarationDay = header.below(365);
      boolean organisationDescriptions = header.flip();
      String title = Vocabulary.AUTHORITY_NAMES.get(authority);
      Plan.Builder plan =
          Plan.builder()
              .authority(Authority.of(kind, title, Vocabulary.INS_CODES.get(authority)))
              .title("Programme stratégique transversal " + calendar.first() + "–"
                  + calendar.last())
              .legislature(Legislature.of(calendar.first(), calendar.last()));
      if (Facet.ADOPTION_DATE.in(presence)) {
        plan.adoptionDate(LocalDate.of(calendar.first(), 1, 1).plusDays(adoptionDay));
      }
      if (Facet.VERSION.in(presence)) {
        plan.version(version);
      }
      if (Facet.DESCRIPTION.in(presence)) {
        plan.description(description);
      }
      declare(plan, presence, declarationDay, organisationDescriptions);
      lines.addAll(planLevel(draft.planLines()));
      for (int s = 0; s < draft.objectives().size(); s++) {
        plan.addStrategicObjectives(strategic(s + 1, draft.objectives().get(s)));
      }
      projects(plan, presence);
      sections(plan, draft.objectives().size());
      budgetDefects();
      return new Assembled(plan.build(), List.copyOf(lines));
    }

    private void declare(
        Plan.Builder plan, int presence, int declarationDay, boolean organisationDescriptions) {
      for (int x = 1; x <= axes; x++) {
        Axis.Builder axis =
            Axis.builder().code("AX" + x).title(Vocabulary.AXES.get((x - 1) % Vocabulary.AXES.size()));
        if (Facet.AXIS_DESCRIPTIONS.in(presence)) {
          axis.description("Axe " + x + " du programme");
        }
        plan.addAxes(axis.build());
      }
      String ownKind = kind == AuthorityKind.CPAS ? "DPS" : "DPC";
      for (int p = 1; p <= politicalObjectives; p++) {
        PoliticalObjective.Builder objective =
            PoliticalObjective.builder()
                .code(politicalObjectiveCode(p))
                .title("Objectif politique " + p);
        if (Facet.POLITICAL_DETAILS.in(presence)) {
          objective
              .source(p % 2 == 1 ? ownKind : Vocabulary.POLITICAL_SOURCES.get(p % 2))
              .description("Priorité de la " + ownKind)
              .addAllPriorities(Vocabulary.POLITICAL_PRIORITIES.subList(0, p % 3 + 1));
        }
        plan.addPoliticalObjectives(objective.build());
      }
      for (int d = 1; d <= declarations; d++) {
        String declarationKind = d == 1 ? ownKind : ownKind.equals("DPS") ? "DPC" : "DPS";
        PoliticalDeclaration.Builder declaration =
            PoliticalDeclaration.builder()
                .kind(declarationKind)
                .title(Vocabulary.DECLARATION_TITLES.get(declarationKind.equals("DPS") ? 0 : 1)
                    + " " + calendar.first() + "-" + calendar.last());
        if (Facet.DECLARATION_DETAILS.in(presence)) {
          declaration
              .adoptionDate(LocalDate.of(calendar.first(), 1, 1).plusDays(declarationDay))
              .description("Texte de la déclaration " + d);
        }
        plan.addPoliticalDeclarations(declaration.build());
      }
      boolean undeclaredPartner =
          actionDefects.values().stream().anyMatch(s -> s.contains(PlanDefect.UNDECLARED_PARTNER));
      if (Facet.ORGANISATIONS.in(presence) || undeclaredPartner) {
        Vocabulary.SERVICES.forEach(s -> plan.addServices(Organisation.service(s)));
        for (String p : Vocabulary.PARTNERS) {
          plan.addPartners(
              organisationDescriptions
                  ? Organisation.builder().from(Organisation.partner(p))
                      .description("Partenaire du CPAS").build()
                  : Organisation.partner(p));
        }
      }
    }

    private List<BudgetLine> planLevel(List<BudgetLine> drafted) {
      List<BudgetLine> result = new ArrayList<>(drafted.size());
      for (BudgetLine line : drafted) {
        result.add(line.withElementCode(Optional.empty()));
      }
      return result;
    }

    private void attach(List<BudgetLine> drafted, String code, Optional<Schedule> schedule) {
      OptionalInt first = schedule.flatMap(Schedule::start).stream()
          .mapToInt(PartialDate::year).findFirst();
      OptionalInt last = schedule.flatMap(Schedule::end).stream()
          .mapToInt(PartialDate::year).findFirst();
      boolean inverted = first.isPresent() && last.isPresent()
          && first.getAsInt() > last.getAsInt();
      for (BudgetLine line : drafted) {
        int exercice = line.exercice();
        if (!inverted && first.isPresent() && exercice < first.getAsInt()) {
          exercice = first.getAsInt();
        }
        if (!inverted && last.isPresent() && exercice > last.getAsInt()) {
          exercice = last.getAsInt();
        }
        lines.add(line.withElementCode(code).withExercice(exercice));
      }
    }

    /**
     * The action with its declared budget impact, if any, made to agree with the lines attached
     * since {@code firstLine}: « Oui » when projection lines cost it or its sub-actions, else the
     * drawn impact, « Non » instead of a drawn « Oui ».
     */
    private Action withCoherentImpact(Action action, int firstLine) {
      if (!budgeted || action.budgetImpact().isEmpty()) {
        return action;
      }
      boolean costed = lines.subList(firstLine, lines.size()).stream()
          .anyMatch(line -> line.figure() == BudgetFigure.PROJECTION);
      BudgetImpact drawn = action.budgetImpact().get();
      BudgetImpact impact = costed ? BudgetImpact.YES
          : drawn == BudgetImpact.YES ? BudgetImpact.NO : drawn;
      return action.withBudgetImpact(impact);
    }

    private Choices when(ElementDraft element) {
      return Choices.of(element.when());
    }

    private StrategicObjective strategic(int s, StrategicDraft d) {
      String code = strategicCode(s);
      Choices when = when(d.element());
      Schedule drawn = calendar.schedule(when, 0, calendar.years() - 1, true);
      Optional<Schedule> schedule =
          ElementAssembler.scheduled(d.element()) ? Optional.of(drawn) : Optional.empty();
      StrategicObjective.Builder os =
          StrategicObjective.builder()
              .from(
                  elements
                      .common(code, Vocabulary.STRATEGIC_TITLES, d.element(), schedule, when,
                          IndicatorOrder.IMPACT, false, Set.of())
                      .build());
      Choices r = Choices.of(d.references());
      boolean withAxis = r.flip();
      int axis = r.below(4);
      boolean withPolitical = r.flip();
      int first = r.below(4);
      int second = r.below(4);
      if (s == 1 && planDefects.contains(PlanDefect.DANGLING_REFERENCE)) {
        os.axisCode("AX9");
      } else if (axes > 0 && withAxis) {
        os.axisCode("AX" + (axis % axes + 1));
      }
      if (politicalObjectives > 0 && withPolitical) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(politicalObjectiveCode(first % politicalObjectives + 1));
        codes.add(politicalObjectiveCode(second % politicalObjectives + 1));
        os.addAllPoliticalObjectiveCodes(codes);
      }
      attach(d.lines(), code, schedule);
      for (int o = 0; o < d.objectives().size(); o++) {
        os.addOperationalObjectives(operational(s, o + 1, d.objectives().get(o)));
      }
      return os.build();
    }

    private OperationalObjective operational(int s, int o, OperationalDraft d) {
      String code = operationalCode(s, o);
      Choices when = when(d.element());
      int deadlineYear = when.below(calendar.years());
      int precision = when.below(3);
      boolean withStart = when.flip();
      int startYear = when.below(calendar.years());
      OptionalInt deadline = OptionalInt.empty();
      if (ElementAssembler.scheduled(d.element())) {
        deadline = OptionalInt.of(deadlineYear);
      } else if (receivesLateAction(d)) {
        deadline = OptionalInt.of(calendar.years() - 1);
      }
      Optional<Schedule> schedule = Optional.empty();
      if (deadline.isPresent()) {
        int year = calendar.first() + deadline.getAsInt();
        PartialDate end =
            precision == 0
                ? PartialDate.ofYear(year)
                : precision == 1 ? PartialDate.ofMonth(year, 12)
                    : PartialDate.of(LocalDate.of(year, 12, 31));
        Schedule.Builder b = Schedule.builder().end(end);
        if (withStart) {
          b.start(PartialDate.ofYear(calendar.first() + Math.min(startYear, deadline.getAsInt())));
        }
        schedule = Optional.of(b.build());
      }
      OperationalObjective.Builder oo =
          OperationalObjective.builder()
              .from(
                  elements
                      .common(code, Vocabulary.OPERATIONAL_TITLES, d.element(), schedule, when,
                          IndicatorOrder.RESULT, false, Set.of())
                      .build());
      attach(d.lines(), code, schedule);
      int maxEnd = deadline.orElse(calendar.years() - 1);
      for (int a = 0; a < d.actions().size(); a++) {
        Set<PlanDefect> defects = defectsOf(nextAction++);
        String original = actionCode(s, o, a + 1);
        String actionCode = defects.contains(PlanDefect.DUPLICATE_CODE) ? code : original;
        oo.addActions(
            action(actionCode, original, code, deadline, d.actions().get(a), 0, maxEnd, true,
                defects));
      }
      return oo.build();
    }

    /** Whether one of the actions of {@code d} is to end after its objective's deadline. */
    private boolean receivesLateAction(OperationalDraft d) {
      for (int n = nextAction; n < nextAction + d.actions().size(); n++) {
        if (defectsOf(n).contains(PlanDefect.ENDS_AFTER_DEADLINE)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Builds an action; {@code minStart}/{@code maxEnd} are year offsets bounding its schedule.
     * {@code original} is the code sub-action codes derive from (the code itself unless the
     * action received {@link PlanDefect#DUPLICATE_CODE}).
     */
    private Action action(
        String code,
        String original,
        String homeCode,
        OptionalInt deadline,
        ActionDraft d,
        int minStart,
        int maxEnd,
        boolean topLevel,
        Set<PlanDefect> defects) {
      Choices when = when(d.element());
      Schedule drawn = calendar.schedule(when, minStart, maxEnd, deadline.isEmpty());
      Optional<Schedule> schedule;
      if (defects.contains(PlanDefect.ENDS_AFTER_DEADLINE) && deadline.isPresent()) {
        schedule =
            Optional.of(
                Schedule.of(
                    PartialDate.ofYear(calendar.first() + minStart),
                    PartialDate.ofYear(calendar.first() + deadline.getAsInt() + 1)));
      } else if (defects.contains(PlanDefect.INVERTED_SCHEDULE)) {
        schedule =
            Optional.of(
                Schedule.of(
                    PartialDate.ofMonth(calendar.first(), 12),
                    PartialDate.ofMonth(calendar.first(), 1)));
      } else if (ElementAssembler.scheduled(d.element())) {
        schedule = Optional.of(drawn);
      } else {
        schedule = Optional.empty();
      }
      Action.Builder action =
          Action.builder()
              .from(
                  elements
                      .common(code, Vocabulary.ACTION_TITLES, d.element(), schedule, when,
                          IndicatorOrder.REALISATION, topLevel, defects)
                      .build());
      actions.details(
          action,
          d,
          new Surroundings(
              code, homeCode, operationalCodes, uniqueActionCodes, politicalObjectives, schedule,
              topLevel, shape.transversal()),
          defects);
      int firstLine = lines.size();
      attach(d.lines(), code, schedule);

      int subMin = schedule.flatMap(Schedule::start).map(p -> p.year() - calendar.first())
          .orElse(minStart);
      int subMax = schedule.flatMap(Schedule::end).map(p -> p.year() - calendar.first())
          .orElse(maxEnd);
      if (subMin > subMax || subMin < minStart || subMax > maxEnd) {
        subMin = minStart;
        subMax = maxEnd;
      }
      Set<PlanDefect> subDefects =
          defects.contains(PlanDefect.MISSING_PILOT)
              ? EnumSet.of(PlanDefect.MISSING_PILOT)
              : EnumSet.noneOf(PlanDefect.class);
      for (int n = 0; n < d.subActions().size(); n++) {
        String subCode = subActionCode(original, n + 1);
        action.addSubActions(
            action(subCode, subCode, homeCode, deadline, d.subActions().get(n), subMin, subMax,
                false, subDefects));
      }
      return withCoherentImpact(action.build(), firstLine);
    }

    private void projects(Plan.Builder plan, int presence) {
      if (!uniqueActionCodes.isEmpty()) {
        for (int p = 0; p < draft.projects().size(); p++) {
          Choices c = Choices.of(draft.projects().get(p));
          int count = c.between(1, 3);
          Set<String> codes = new LinkedHashSet<>();
          for (int i = 0; i < 3; i++) {
            int pick = c.below(1000);
            if (i < count) {
              codes.add(uniqueActionCodes.get(pick % uniqueActionCodes.size()));
            }
          }
          Project.Builder project =
              Project.builder().code("P" + (p + 1)).title("Projet " + (p + 1))
                  .addAllActionCodes(codes);
          if (Facet.PROJECT_DESCRIPTIONS.in(presence)) {
            project.description("Projet regroupant " + codes.size() + " action(s)");
          }
          plan.addProjects(project.build());
        }
      }
      if (planDefects.contains(PlanDefect.DANGLING_REFERENCE)) {
        plan.addProjects(Project.of("P9", "Projet fantôme", "ACTION-INCONNUE"));
      }
    }

    private void sections(Plan.Builder plan, int strategicCount) {
      int count = draft.sections().size();
      for (int i = 0; i < count; i++) {
        ElementDraft element = draft.sections().get(i);
        Choices when = when(element);
        Schedule drawn = calendar.schedule(when, 0, calendar.years() - 1, true);
        Optional<Schedule> schedule =
            ElementAssembler.scheduled(element) ? Optional.of(drawn) : Optional.empty();
        VoletSection.Builder section =
            elements.common("V" + (i + 1), SECTION_TITLES, element, schedule, when,
                IndicatorOrder.IMPACT, false, Set.of());
        for (int s = 1; s <= strategicCount; s++) {
          if ((s - 1) * count / strategicCount == i) {
            section.addStrategicObjectiveCodes(strategicCode(s));
          }
        }
        plan.addVoletSections(section.build());
      }
      if (planDefects.contains(PlanDefect.DANGLING_VOLET_SECTION)) {
        plan.addVoletSections(
            VoletSection.builder()
                .code("V9")
                .title("Volet fantôme")
                .addStrategicObjectiveCodes(UNKNOWN_STRATEGIC_OBJECTIVE)
                .build());
      }
    }

    private void budgetDefects() {
      for (BudgetDefectDraft d : draft.budgetDefects()) {
        lines.add(defective(d, uniqueActionCodes, calendar.last()));
      }
    }
  }
}
