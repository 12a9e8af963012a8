package be.pst.testkit;

import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The {@link PlanArbitrary} behind {@link PstArbitraries#plans()}: drafts, then assembly. */
final class DefaultPlanArbitrary extends ArbitraryDecorator<Plan> implements PlanArbitrary {

  private final PlanShape shape;
  private Arbitrary<Plan> built;

  DefaultPlanArbitrary() {
    this(PlanShape.DEFAULT);
  }

  DefaultPlanArbitrary(PlanShape shape) {
    this.shape = shape;
  }

  /** The configuration, for {@link DefaultBudgetedPlanArbitrary} to draw plan and lines at once. */
  PlanShape shape() {
    return shape;
  }

  @Override
  protected synchronized Arbitrary<Plan> arbitrary() {
    if (built == null) {
      PlanAssembler assembler = new PlanAssembler(shape, false);
      built = DraftArbitraries.plans(shape, BudgetShape.NONE).map(d -> assembler.assemble(d).plan());
    }
    return built;
  }

  /**
   * One edge case, the smallest plan: combining the edge cases of every part of a plan would cost
   * more than generating the plans themselves.
   */
  @Override
  public EdgeCases<Plan> edgeCases(int maxEdgeCases) {
    Optional<PlanDrafts.PlanDraft> minimal = DraftArbitraries.minimal(shape, BudgetShape.NONE);
    if (maxEdgeCases <= 0 || minimal.isEmpty()) {
      return EdgeCases.none();
    }
    Plan plan = new PlanAssembler(shape, false).assemble(minimal.get()).plan();
    return EdgeCases.fromSupplier(() -> Shrinkable.unshrinkable(plan));
  }

  private PlanArbitrary with(PlanShape changed) {
    return new DefaultPlanArbitrary(changed);
  }

  private PlanShape sizes(Range strategic, Range operational, Range actions, Range subActions,
      Range indicators) {
    PlanShape s = shape;
    return new PlanShape(
        s.firstExercice(), s.lastExercice(), strategic, operational, actions, subActions,
        indicators, s.transversal(), s.defects());
  }

  @Override
  public PlanArbitrary withStrategicObjectives(int min, int max) {
    PlanShape s = shape;
    return with(sizes(Range.of(min, max, "strategic objectives"), s.operational(), s.actions(),
        s.subActions(), s.indicators()));
  }

  @Override
  public PlanArbitrary withOperationalObjectivesPerStrategic(int min, int max) {
    PlanShape s = shape;
    return with(sizes(s.strategic(), Range.of(min, max, "operational objectives"), s.actions(),
        s.subActions(), s.indicators()));
  }

  @Override
  public PlanArbitrary withActionsPerObjective(int min, int max) {
    PlanShape s = shape;
    return with(sizes(s.strategic(), s.operational(), Range.of(min, max, "actions"),
        s.subActions(), s.indicators()));
  }

  @Override
  public PlanArbitrary withSubActionsPerAction(int min, int max) {
    PlanShape s = shape;
    return with(sizes(s.strategic(), s.operational(), s.actions(),
        Range.of(min, max, "sub-actions"), s.indicators()));
  }

  @Override
  public PlanArbitrary withIndicatorsPerElement(int min, int max) {
    PlanShape s = shape;
    return with(sizes(s.strategic(), s.operational(), s.actions(), s.subActions(),
        Range.of(min, max, "indicators")));
  }

  @Override
  public PlanArbitrary inLegislature(int firstExercice, int lastExercice) {
    Years.requireExercices(firstExercice, lastExercice);
    PlanShape s = shape;
    return with(new PlanShape(firstExercice, lastExercice, s.strategic(), s.operational(),
        s.actions(), s.subActions(), s.indicators(), s.transversal(), s.defects()));
  }

  @Override
  public PlanArbitrary inLegislature(Legislature legislature) {
    Objects.requireNonNull(legislature, "legislature");
    return inLegislature(legislature.firstExercice(), legislature.lastExercice());
  }

  @Override
  public PlanArbitrary withoutTransversalActions() {
    PlanShape s = shape;
    return with(new PlanShape(s.firstExercice(), s.lastExercice(), s.strategic(),
        s.operational(), s.actions(), s.subActions(), s.indicators(), false, s.defects()));
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
    PlanShape s = shape;
    return with(new PlanShape(s.firstExercice(), s.lastExercice(), s.strategic(),
        s.operational(), s.actions(), s.subActions(), s.indicators(), s.transversal(), chosen));
  }

  @Override
  public String toString() {
    PlanShape s = shape;
    return "plans " + s.firstExercice() + "–" + s.lastExercice() + " with " + s.strategic()
        + " OS, " + s.operational() + " OO per OS, " + s.actions() + " actions per OO, "
        + s.subActions() + " sub-actions per action"
        + (s.defects().isEmpty() ? "" : ", defects " + s.defects());
  }
}
