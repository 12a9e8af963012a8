package be.pst.testkit;

import be.pst.core.element.Health;
import be.pst.core.element.HumanResources;
import be.pst.core.element.Priority;
import be.pst.core.element.Sdg;
import be.pst.core.element.Status;
import be.pst.core.action.Synergy;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.element.Volet;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import be.pst.testkit.PlanDrafts.ActionDraft;
import be.pst.testkit.PlanDrafts.ActionExtras;
import be.pst.testkit.PlanDrafts.ActionPeople;
import be.pst.testkit.PlanDrafts.ActionState;
import be.pst.testkit.PlanDrafts.DefectDraft;
import be.pst.testkit.PlanDrafts.ElementDraft;
import be.pst.testkit.PlanDrafts.IndicatorDraft;
import be.pst.testkit.PlanDrafts.MeasurementDraft;
import be.pst.testkit.PlanDrafts.OperationalDraft;
import be.pst.testkit.PlanDrafts.PlanDraft;
import be.pst.testkit.PlanDrafts.PlanHeader;
import be.pst.testkit.PlanDrafts.SharesDraft;
import be.pst.testkit.PlanDrafts.StepDraft;
import be.pst.testkit.PlanDrafts.StrategicDraft;
import be.pst.testkit.PlanDrafts.TimingDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The {@link PlanArbitrary} behind {@link PstArbitraries#plans()}: drafts, then assembly. */
final class DefaultPlanArbitrary extends ArbitraryDecorator<Plan> implements PlanArbitrary {

  private final int firstExercice;
  private final int lastExercice;
  private final int[] strategic;
  private final int[] operational;
  private final int[] actions;
  private final int[] subActions;
  private final int[] indicators;
  private final boolean transversal;
  private final List<PlanDefect> defects;

  DefaultPlanArbitrary() {
    this(
        DefaultBudgetLineArbitrary.DEFAULT_FIRST_EXERCICE,
        DefaultBudgetLineArbitrary.DEFAULT_LAST_EXERCICE,
        new int[] {1, 3},
        new int[] {1, 3},
        new int[] {0, 4},
        new int[] {0, 1},
        new int[] {0, 2},
        true,
        List.of());
  }

  private DefaultPlanArbitrary(
      int firstExercice,
      int lastExercice,
      int[] strategic,
      int[] operational,
      int[] actions,
      int[] subActions,
      int[] indicators,
      boolean transversal,
      List<PlanDefect> defects) {
    this.firstExercice = firstExercice;
    this.lastExercice = lastExercice;
    this.strategic = strategic.clone();
    this.operational = operational.clone();
    this.actions = actions.clone();
    this.subActions = subActions.clone();
    this.indicators = indicators.clone();
    this.transversal = transversal;
    this.defects = List.copyOf(defects);
  }

  private static int[] range(int min, int max, String what) {
    Years.requireRange(min, max, what);
    return new int[] {min, max};
  }

  @Override
  public PlanArbitrary withStrategicObjectives(int min, int max) {
    return new DefaultPlanArbitrary(
        firstExercice, lastExercice, range(min, max, "strategic objectives"), operational,
        actions, subActions, indicators, transversal, defects);
  }

  @Override
  public PlanArbitrary withOperationalObjectivesPerStrategic(int min, int max) {
    return new DefaultPlanArbitrary(
        firstExercice, lastExercice, strategic, range(min, max, "operational objectives"),
        actions, subActions, indicators, transversal, defects);
  }

  @Override
  public PlanArbitrary withActionsPerObjective(int min, int max) {
    return new DefaultPlanArbitrary(
        firstExercice, lastExercice, strategic, operational, range(min, max, "actions"),
        subActions, indicators, transversal, defects);
  }

  @Override
  public PlanArbitrary withSubActionsPerAction(int min, int max) {
    return new DefaultPlanArbitrary(
        firstExercice, lastExercice, strategic, operational, actions,
        range(min, max, "sub-actions"), indicators, transversal, defects);
  }

  @Override
  public PlanArbitrary withIndicatorsPerElement(int min, int max) {
    return new DefaultPlanArbitrary(
        firstExercice, lastExercice, strategic, operational, actions, subActions,
        range(min, max, "indicators"), transversal, defects);
  }

  @Override
  public PlanArbitrary inLegislature(int firstExercice, int lastExercice) {
    Years.requireExercices(firstExercice, lastExercice);
    return new DefaultPlanArbitrary(
        firstExercice, lastExercice, strategic, operational, actions, subActions, indicators,
        transversal, defects);
  }

  @Override
  public PlanArbitrary inLegislature(Legislature legislature) {
    Objects.requireNonNull(legislature, "legislature");
    return inLegislature(legislature.firstExercice(), legislature.lastExercice());
  }

  @Override
  public PlanArbitrary withoutTransversalActions() {
    return new DefaultPlanArbitrary(
        firstExercice, lastExercice, strategic, operational, actions, subActions, indicators,
        false, defects);
  }

  @Override
  public PlanArbitrary dirty() {
    return withDefects(PlanDefect.values());
  }

  @Override
  public PlanArbitrary withDefects(PlanDefect... defects) {
    Objects.requireNonNull(defects, "defects");
    List<PlanDefect> chosen = Arrays.asList(defects);
    chosen.forEach(d -> Objects.requireNonNull(d, "defects"));
    return new DefaultPlanArbitrary(
        firstExercice, lastExercice, strategic, operational, actions, subActions, indicators,
        transversal, chosen);
  }

  // ---- generation ----

  private int years() {
    return lastExercice - firstExercice + 1;
  }

  private int days() {
    return (int)
        ChronoUnit.DAYS.between(
            LocalDate.of(firstExercice, 1, 1), LocalDate.of(lastExercice + 1, 1, 1));
  }

  private Arbitrary<Integer> yearOffsets() {
    return Arbitraries.integers().between(0, years() - 1);
  }

  private Arbitrary<Integer> dayOffsets() {
    return Arbitraries.integers().between(0, days() - 1);
  }

  private static Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 99);
  }

  private static Arbitrary<Integer> indexes(List<String> words) {
    return Arbitraries.integers().between(0, words.size() - 1);
  }

  private static Arbitrary<String> texts(String prefix) {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars("éèàçôÉ'-")
        .ofMinLength(1)
        .ofMaxLength(20)
        .map(s -> prefix + " " + s);
  }

  @Override
  protected Arbitrary<Plan> arbitrary() {
    Arbitrary<PlanHeader> header =
        Combinators.combine(
                indexes(Vocabulary.AUTHORITY_NAMES),
                Arbitraries.of(AuthorityKind.class),
                Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 364).optional(),
                Arbitraries.integers().between(1, 3).optional())
            .as(PlanHeader::new);
    Arbitrary<List<StrategicDraft>> objectives =
        strategicDrafts().list().ofMinSize(strategic[0]).ofMaxSize(strategic[1]);
    Arbitrary<List<List<Integer>>> projects =
        picks().list().ofMinSize(1).ofMaxSize(3).list().ofMaxSize(2);
    Arbitrary<List<DefectDraft>> defectDrafts =
        defects.isEmpty()
            ? Arbitraries.just(List.of())
            : Combinators.combine(Arbitraries.of(defects), picks())
                .as(DefectDraft::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
    PlanAssembler assembler = new PlanAssembler(firstExercice, lastExercice, transversal);
    return Combinators.combine(header, objectives, projects, defectDrafts)
        .as(PlanDraft::new)
        .map(assembler::assemble);
  }

  private Arbitrary<StrategicDraft> strategicDrafts() {
    return Combinators.combine(
            elementDrafts(Vocabulary.STRATEGIC_TITLES),
            picks().optional(),
            picks().list().ofMaxSize(2),
            operationalDrafts().list().ofMinSize(operational[0]).ofMaxSize(operational[1]))
        .as(StrategicDraft::new);
  }

  private Arbitrary<OperationalDraft> operationalDrafts() {
    return Combinators.combine(
            elementDrafts(Vocabulary.OPERATIONAL_TITLES),
            yearOffsets().optional(0.8),
            actionDrafts(true).list().ofMinSize(actions[0]).ofMaxSize(actions[1]))
        .as(OperationalDraft::new);
  }

  private Arbitrary<ElementDraft> elementDrafts(List<String> titles) {
    return Combinators.combine(
            indexes(titles),
            texts("Description").optional(0.3),
            Arbitraries.of(Volet.class).optional(0.7),
            indicatorDrafts().list().ofMinSize(indicators[0]).ofMaxSize(indicators[1]),
            texts("Commentaire").optional(0.1))
        .as(ElementDraft::new);
  }

  private Arbitrary<IndicatorDraft> indicatorDrafts() {
    Arbitrary<MeasurementDraft> measurements =
        Combinators.combine(dayOffsets(), Arbitraries.integers().between(0, 100))
            .as(MeasurementDraft::new);
    return Combinators.combine(
            Arbitraries.of(IndicatorKind.class),
            indexes(Vocabulary.INDICATOR_NAMES),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 50).optional(),
            Arbitraries.integers().between(1, 50),
            Arbitraries.of(true, false),
            yearOffsets().optional(),
            measurements.list().ofMaxSize(3))
        .as(IndicatorDraft::new);
  }

  private Arbitrary<ActionDraft> actionDrafts(boolean withSubActions) {
    Arbitrary<ActionState> state =
        Combinators.combine(
                Arbitraries.of(Status.class).optional(0.8),
                Arbitraries.of(Priority.class).optional(0.4),
                Arbitraries.integers().between(0, 1000).optional(0.6),
                Arbitraries.of(Health.class).optional(0.4),
                Arbitraries.of(Synergy.class).optional(0.3),
                Arbitraries.of(true, false).optional(0.5),
                texts("Constat").optional(0.2),
                indexes(Vocabulary.RISKS).list().ofMaxSize(2))
            .as(ActionState::new);
    Arbitrary<HumanResources> humanResources =
        Combinators.combine(
                Arbitraries.integers().between(1, 38).optional(),
                Arbitraries.integers().between(1, 20).optional())
            .as(
                (hours, fteTenths) ->
                    HumanResources.builder()
                        .hoursPerWeek(hours.map(h -> BigDecimal.valueOf(h.longValue())))
                        .fte(fteTenths.map(t -> Decimals.normalize(BigDecimal.valueOf(t, 1))))
                        .build());
    Arbitrary<ActionExtras> extras =
        Combinators.combine(
                PstArbitraries.fundingSources().list().ofMaxSize(2),
                humanResources.optional(0.2),
                Arbitraries.integers().between(1, 17).map(Sdg::of).set().ofMaxSize(3),
                indexes(Vocabulary.THEMES).list().ofMaxSize(2),
                indexes(Vocabulary.LOCAL_PLANS).list().ofMaxSize(2),
                dayOffsets().optional(0.3))
            .as(ActionExtras::new);
    Arbitrary<ActionPeople> people =
        Combinators.combine(
                indexes(Vocabulary.PEOPLE),
                indexes(Vocabulary.INITIALS).optional(0.5),
                indexes(Vocabulary.PEOPLE).list().ofMaxSize(2),
                indexes(Vocabulary.PEOPLE).list().ofMaxSize(2),
                indexes(Vocabulary.SERVICES).list().ofMaxSize(2),
                indexes(Vocabulary.PARTNERS).list().ofMaxSize(2))
            .as(ActionPeople::new);
    Arbitrary<TimingDraft> timing =
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                yearOffsets(),
                yearOffsets(),
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 12))
            .as(TimingDraft::new);
    Arbitrary<StepDraft> steps =
        Combinators.combine(
                indexes(Vocabulary.STEP_TITLES),
                Arbitraries.of(false, true),
                Arbitraries.of(false, true))
            .as(StepDraft::new);
    Arbitrary<SharesDraft> shares =
        transversal && withSubActions
            ? Combinators.combine(
                    picks().list().ofMaxSize(2).withSizeDistribution(RandomDistribution.uniform()),
                    Arbitraries.integers().between(1, 100).list().ofSize(3))
                .as(SharesDraft::new)
            : Arbitraries.just(new SharesDraft(List.of(), List.of()));
    Arbitrary<List<ActionDraft>> subs =
        withSubActions
            ? actionDrafts(false).list().ofMinSize(subActions[0]).ofMaxSize(subActions[1])
            : Arbitraries.just(List.of());
    return Combinators.combine(
            elementDrafts(Vocabulary.ACTION_TITLES),
            state,
            extras,
            people,
            timing,
            steps.list().ofMaxSize(3),
            shares,
            subs)
        .as(ActionDraft::new);
  }

  @Override
  public String toString() {
    return "plans "
        + firstExercice
        + "–"
        + lastExercice
        + " with "
        + strategic[0]
        + ".."
        + strategic[1]
        + " OS, "
        + operational[0]
        + ".."
        + operational[1]
        + " OO per OS, "
        + actions[0]
        + ".."
        + actions[1]
        + " actions per OO"
        + (defects.isEmpty() ? "" : ", defects " + defects);
  }
}
