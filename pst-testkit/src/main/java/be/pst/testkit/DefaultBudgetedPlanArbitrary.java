package be.pst.testkit;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.action.Action;
import be.pst.core.action.BudgetImpact;
import be.pst.core.element.PlanElement;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import be.pst.testkit.PlanDrafts.BudgetDefectDraft;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The {@link BudgetedPlanArbitrary} behind {@link PstArbitraries#budgetedPlans()}. */
final class DefaultBudgetedPlanArbitrary extends ArbitraryDecorator<BudgetedPlan>
    implements BudgetedPlanArbitrary {

  /** What the budgeted plans may be; every {@code with…} method changes one part. */
  private record Config(
      Arbitrary<Plan> plans,
      Range perAction,
      Range perObjective,
      Range planLevel,
      UnaryOperator<BudgetLineArbitrary> lines,
      List<BudgetDefect> defects) {}

  private final Config config;
  private Arbitrary<BudgetedPlan> built;

  DefaultBudgetedPlanArbitrary() {
    this(
        new Config(
            new DefaultPlanArbitrary(), new Range(0, 3), new Range(0, 1), new Range(0, 3),
            UnaryOperator.identity(), List.of()));
  }

  private DefaultBudgetedPlanArbitrary(Config config) {
    this.config = config;
  }

  private BudgetShape budget() {
    BudgetLineArbitrary lines =
        Objects.requireNonNull(config.lines().apply(new DefaultBudgetLineArbitrary()), "lines");
    return new BudgetShape(
        lines, config.perAction(), config.perObjective(), config.planLevel(), config.defects());
  }

  @Override
  protected synchronized Arbitrary<BudgetedPlan> arbitrary() {
    if (built == null) {
      built = config.plans() instanceof DefaultPlanArbitrary ? drawnTogether() : drawnPerPlan();
    }
    return built;
  }

  /** Plans of our own: plan and lines from one draft, shrinking together. */
  private Arbitrary<BudgetedPlan> drawnTogether() {
    PlanShape shape = ((DefaultPlanArbitrary) config.plans()).shape();
    PlanAssembler assembler = new PlanAssembler(shape, true);
    return DraftArbitraries.plans(shape, budget())
        .map(
            draft -> {
              PlanAssembler.Assembled assembled = assembler.assemble(draft);
              return BudgetedPlan.of(assembled.plan(), assembled.lines());
            });
  }

  /** Plans from elsewhere: lines drawn for each plan. */
  private Arbitrary<BudgetedPlan> drawnPerPlan() {
    BudgetShape budget = budget();
    return config.plans().flatMap(plan -> linesFor(plan, budget).map(l -> BudgetedPlan.of(plan, l)));
  }

  private static Arbitrary<List<BudgetLine>> linesFor(Plan plan, BudgetShape budget) {
    Arbitrary<BudgetLine> lines = budget.lines().inLegislature(plan.legislature());
    List<Arbitrary<List<BudgetLine>>> parts = new ArrayList<>();
    parts.add(attached(lines, budget.planLevel(), Optional.empty()));
    for (PlanElement element : plan.elements()) {
      Range range = element instanceof Action ? budget.perAction() : budget.perObjective();
      parts.add(attached(lines, range, Optional.of(element.code()))
          .map(own -> fitted(plan.legislature(), element, own)));
    }
    if (!budget.defects().isEmpty()) {
      List<String> actionCodes =
          plan.actions().stream().map(Action::code).distinct().collect(Collectors.toList());
      int last = plan.legislature().lastExercice();
      parts.add(
          Combinators.combine(
                  Arbitraries.of(budget.defects()), Arbitraries.integers().between(0, 99), lines)
              .as(BudgetDefectDraft::new)
              .map(d -> PlanAssembler.defective(d, actionCodes, last))
              .list()
              .ofMinSize(1)
              .ofMaxSize(2));
    }
    return Combinators.combine(parts).as(DefaultBudgetedPlanArbitrary::flatten).withoutEdgeCases();
  }

  private static Arbitrary<List<BudgetLine>> attached(
      Arbitrary<BudgetLine> lines, Range range, Optional<String> code) {
    if (range.max() == 0) {
      return Arbitraries.just(List.of());
    }
    return lines
        .map(line -> line.withElementCode(code))
        .list()
        .ofMinSize(range.min())
        .ofMaxSize(range.max());
  }

  /**
   * The lines of {@code element} made to agree with it, as {@code BudgetedPlan.validateBudget()}
   * wants: exercices inside its schedule and the legislature; on an action declaring a budget impact other than
   * « Oui », no projection (such lines become budgets); on an action declaring « Oui », a
   * projection among its lines.
   */
  private static List<BudgetLine> fitted(
      Legislature legislature, PlanElement element, List<BudgetLine> own) {
    Optional<Schedule> schedule = element.schedule();
    int first = Math.max(legislature.firstExercice(),
        schedule.flatMap(Schedule::start).map(PartialDate::year).orElse(Integer.MIN_VALUE));
    int last = Math.min(legislature.lastExercice(),
        schedule.flatMap(Schedule::end).map(PartialDate::year).orElse(Integer.MAX_VALUE));
    Optional<BudgetImpact> impact =
        element instanceof Action ? ((Action) element).budgetImpact() : Optional.empty();
    List<BudgetLine> fitted = new ArrayList<>(own.size());
    for (BudgetLine line : own) {
      BudgetLine fit = line;
      if (first <= last) {
        fit = fit.withExercice(Math.max(first, Math.min(last, fit.exercice())));
      }
      if (impact.isPresent() && impact.get() != BudgetImpact.YES
          && fit.figure() == BudgetFigure.PROJECTION) {
        fit = fit.withFigure(BudgetFigure.BUDGET);
      }
      fitted.add(fit);
    }
    if (impact.equals(Optional.of(BudgetImpact.YES)) && !fitted.isEmpty()
        && fitted.stream().noneMatch(l -> l.figure() == BudgetFigure.PROJECTION)) {
      fitted.set(0, fitted.get(0).withFigure(BudgetFigure.PROJECTION));
    }
    return fitted;
  }

  private static List<BudgetLine> flatten(List<List<BudgetLine>> parts) {
    List<BudgetLine> all = new ArrayList<>();
    parts.forEach(all::addAll);
    return all;
  }

  /** One edge case when plans are ours and need no line: the smallest plan, without lines. */
  @Override
  public EdgeCases<BudgetedPlan> edgeCases(int maxEdgeCases) {
    if (!(config.plans() instanceof DefaultPlanArbitrary)) {
      return super.edgeCases(maxEdgeCases);
    }
    if (maxEdgeCases <= 0) {
      return EdgeCases.none();
    }
    PlanShape shape = ((DefaultPlanArbitrary) config.plans()).shape();
    return DraftArbitraries.minimal(shape, budget())
        .map(draft -> new PlanAssembler(shape, true).assemble(draft))
        .map(a -> BudgetedPlan.of(a.plan(), a.lines()))
        .<EdgeCases<BudgetedPlan>>map(b -> EdgeCases.fromSupplier(() -> Shrinkable.unshrinkable(b)))
        .orElse(EdgeCases.none());
  }

  private BudgetedPlanArbitrary with(Config changed) {
    return new DefaultBudgetedPlanArbitrary(changed);
  }

  @Override
  public BudgetedPlanArbitrary withPlans(Arbitrary<Plan> plans) {
    Config c = config;
    return with(new Config(Objects.requireNonNull(plans, "plans"), c.perAction(),
        c.perObjective(), c.planLevel(), c.lines(), c.defects()));
  }

  @Override
  public BudgetedPlanArbitrary withLinesPerAction(int min, int max) {
    Config c = config;
    return with(new Config(c.plans(), Range.of(min, max, "lines per action"), c.perObjective(),
        c.planLevel(), c.lines(), c.defects()));
  }

  @Override
  public BudgetedPlanArbitrary withLinesPerObjective(int min, int max) {
    Config c = config;
    return with(new Config(c.plans(), c.perAction(), Range.of(min, max, "lines per objective"),
        c.planLevel(), c.lines(), c.defects()));
  }

  @Override
  public BudgetedPlanArbitrary withPlanLevelLines(int min, int max) {
    Config c = config;
    return with(new Config(c.plans(), c.perAction(), c.perObjective(),
        Range.of(min, max, "plan-level lines"), c.lines(), c.defects()));
  }

  @Override
  public BudgetedPlanArbitrary withLines(UnaryOperator<BudgetLineArbitrary> lines) {
    Objects.requireNonNull(lines, "lines");
    Config c = config;
    UnaryOperator<BudgetLineArbitrary> previous = c.lines();
    return with(new Config(c.plans(), c.perAction(), c.perObjective(), c.planLevel(),
        b -> lines.apply(previous.apply(b)), c.defects()));
  }

  @Override
  public BudgetedPlanArbitrary withBudgetDefects(BudgetDefect... defects) {
    Objects.requireNonNull(defects, "defects");
    List<BudgetDefect> chosen = Arrays.asList(defects);
    chosen.forEach(d -> Objects.requireNonNull(d, "defects"));
    Config c = config;
    return with(new Config(c.plans(), c.perAction(), c.perObjective(), c.planLevel(), c.lines(),
        List.copyOf(chosen)));
  }

  @Override
  public BudgetedPlanArbitrary dirty() {
    Config c = config;
    Arbitrary<Plan> plans =
        c.plans() instanceof DefaultPlanArbitrary
            ? ((DefaultPlanArbitrary) c.plans()).dirty()
            : c.plans();
    return with(new Config(plans, c.perAction(), c.perObjective(), c.planLevel(), c.lines(),
        c.defects())).withBudgetDefects(BudgetDefect.values());
  }

  @Override
  public String toString() {
    Config c = config;
    return "budgeted plans of " + c.plans() + " with " + c.perAction() + " lines per action, "
        + c.perObjective() + " per objective and " + c.planLevel() + " plan-level lines"
        + (c.defects().isEmpty() ? "" : ", budget defects " + c.defects());
  }
}
