package be.pst.testkit;

import be.pst.budget.line.BudgetLine;
import be.pst.core.indicator.IndicatorKind;
import be.pst.testkit.PlanDrafts.ActionDraft;
import be.pst.testkit.PlanDrafts.ActionFacts;
import be.pst.testkit.PlanDrafts.ActionMeans;
import be.pst.testkit.PlanDrafts.BudgetDefectDraft;
import be.pst.testkit.PlanDrafts.DefectDraft;
import be.pst.testkit.PlanDrafts.ElementDraft;
import be.pst.testkit.PlanDrafts.HeaderDraft;
import be.pst.testkit.PlanDrafts.IndicatorDraft;
import be.pst.testkit.PlanDrafts.OperationalDraft;
import be.pst.testkit.PlanDrafts.PlanDraft;
import be.pst.testkit.PlanDrafts.SharesDraft;
import be.pst.testkit.PlanDrafts.StrategicDraft;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

/**
 * The jqwik arbitraries of {@link PlanDrafts}: lists for the structure, one uniform number for
 * many choices, one presence mask for many optional attributes. Every arbitrary here is built once
 * per plan arbitrary and has no edge cases of its own: jqwik combines the edge cases of nested
 * arbitraries as a cartesian product, which for a plan costs far more than generating it.
 */
final class DraftArbitraries {

  /** The number of presence bits of an element ({@link ElementAssembler}). */
  static final int ELEMENT_FACETS = ElementAssembler.Facet.values().length;

  /** The number of presence bits of what only actions have ({@link ActionAssembler}). */
  static final int ACTION_FACETS = ActionAssembler.Facet.values().length;

  /** The number of presence bits of a plan's header ({@link PlanAssembler}). */
  static final int HEADER_FACETS = PlanAssembler.Facet.values().length;

  /** The number of presence bits of an indicator ({@link IndicatorAssembler}). */
  static final int INDICATOR_FACETS = IndicatorAssembler.Facet.values().length;

  private final PlanShape shape;
  private final BudgetShape budget;

  private DraftArbitraries(PlanShape shape, BudgetShape budget) {
    this.shape = shape;
    this.budget = budget;
  }

  /**
   * The drafts of plans of {@code shape}, with lines as {@code budget} says.
   *
   * @param shape the sizes, legislature and defects of the plans
   * @param budget the lines and budget defects, {@link BudgetShape#NONE} for none
   * @return the arbitrary
   */
  static Arbitrary<PlanDraft> plans(PlanShape shape, BudgetShape budget) {
    return new DraftArbitraries(shape, budget).plans();
  }

  /**
   * The smallest draft of {@code shape}: the minimum number of every element, no optional
   * attribute, every choice its first option; the first defect on the first action. Empty when
   * {@code budget} asks for lines or budget defects, which the draft cannot hold without drawing
   * them.
   *
   * @param shape the sizes, legislature and defects of the plans
   * @param budget the lines and budget defects
   * @return the smallest draft, if it needs no line
   */
  static java.util.Optional<PlanDraft> minimal(PlanShape shape, BudgetShape budget) {
    if (budget.perAction().min() > 0
        || budget.perObjective().min() > 0
        || budget.planLevel().min() > 0
        || !budget.defects().isEmpty()) {
      return java.util.Optional.empty();
    }
    ElementDraft element =
        new ElementDraft(
            0, 0L, 0L, 0L, List.of(), List.of(),
            java.util.Collections.nCopies(
                shape.indicators().min(),
                new IndicatorDraft(IndicatorKind.values()[0], 0, 0L, 0L, List.of())));
    ActionDraft subAction =
        new ActionDraft(
            element, new ActionFacts(0, 0L, List.of(), List.of()),
            new ActionMeans(List.of(), List.of(), List.of()), new SharesDraft(List.of(), 0L),
            List.of(), List.of());
    ActionDraft action =
        new ActionDraft(
            element, subAction.facts(), subAction.means(), subAction.shares(),
            java.util.Collections.nCopies(shape.subActions().min(), subAction), List.of());
    OperationalDraft operational =
        new OperationalDraft(
            element, java.util.Collections.nCopies(shape.actions().min(), action), List.of());
    StrategicDraft strategic =
        new StrategicDraft(
            element, 0L, java.util.Collections.nCopies(shape.operational().min(), operational),
            List.of());
    List<DefectDraft> defects =
        shape.defects().isEmpty() ? List.of() : List.of(new DefectDraft(shape.defects().get(0), 0));
    return java.util.Optional.of(
        new PlanDraft(
            new HeaderDraft(0, 0L),
            java.util.Collections.nCopies(shape.strategic().min(), strategic),
            List.of(),
            List.of(),
            defects,
            List.of(),
            List.of()));
  }

  /** A number from which many choices are read: uniform, so that every digit varies. */
  static Arbitrary<Long> choices() {
    return Arbitraries.longs()
        .between(0, Long.MAX_VALUE)
        .withDistribution(RandomDistribution.uniform())
        .withoutEdgeCases();
  }

  /** A presence mask of {@code bits} attributes: each present with one chance in two. */
  static Arbitrary<Integer> presence(int bits) {
    return Arbitraries.integers()
        .between(0, (1 << bits) - 1)
        .withDistribution(RandomDistribution.uniform())
        .withoutEdgeCases();
  }

  private static Arbitrary<Integer> picks() {
    return Arbitraries.integers().between(0, 99).withoutEdgeCases();
  }

  private static <T> Arbitrary<List<T>> listOf(Arbitrary<T> elements, Range range) {
    return elements.list().ofMinSize(range.min()).ofMaxSize(range.max()).withoutEdgeCases();
  }

  private static <T> Arbitrary<List<T>> upTo(Arbitrary<T> elements, int max) {
    return listOf(elements, new Range(0, max));
  }

  private Arbitrary<PlanDraft> plans() {
    Arbitrary<HeaderDraft> header =
        Combinators.combine(presence(HEADER_FACETS), choices()).as(HeaderDraft::new);
    Arbitrary<List<DefectDraft>> defects =
        shape.defects().isEmpty()
            ? Arbitraries.just(List.of())
            : listOf(
                Combinators.combine(Arbitraries.of(shape.defects()), picks()).as(DefectDraft::new),
                new Range(1, 4));
    Arbitrary<List<BudgetDefectDraft>> budgetDefects =
        budget.defects().isEmpty()
            ? Arbitraries.just(List.of())
            : listOf(
                Combinators.combine(Arbitraries.of(budget.defects()), picks(), lines())
                    .as(BudgetDefectDraft::new),
                new Range(1, 2));
    return Combinators.combine(
            header,
            listOf(strategic(), shape.strategic()),
            upTo(choices(), 2),
            upTo(element(), 2),
            defects,
            lineList(budget.planLevel()),
            budgetDefects)
        .as(PlanDraft::new)
        .withoutEdgeCases();
  }

  private Arbitrary<BudgetLine> lines() {
    return budget.lines().inLegislature(shape.firstExercice(), shape.lastExercice());
  }

  private Arbitrary<List<BudgetLine>> lineList(Range range) {
    return budget == BudgetShape.NONE || range.max() == 0
        ? Arbitraries.just(List.of())
        : listOf(lines(), range);
  }

  private Arbitrary<StrategicDraft> strategic() {
    return Combinators.combine(
            element(),
            choices(),
            listOf(operational(), shape.operational()),
            lineList(budget.perObjective()))
        .as(StrategicDraft::new)
        .withoutEdgeCases();
  }

  private Arbitrary<OperationalDraft> operational() {
    return Combinators.combine(
            element(), listOf(action(true), shape.actions()), lineList(budget.perObjective()))
        .as(OperationalDraft::new)
        .withoutEdgeCases();
  }

  private Arbitrary<ElementDraft> element() {
    Arbitrary<IndicatorDraft> indicators =
        Combinators.combine(
                Arbitraries.of(IndicatorKind.class),
                presence(INDICATOR_FACETS),
                choices(),
                choices(),
                upTo(choices(), 3))
            .as(IndicatorDraft::new)
            .withoutEdgeCases();
    return Combinators.combine(
            presence(ELEMENT_FACETS),
            choices(),
            choices(),
            choices(),
            upTo(choices(), 3),
            upTo(choices(), 3),
            listOf(indicators, shape.indicators()))
        .as(ElementDraft::new)
        .withoutEdgeCases();
  }

  private Arbitrary<ActionDraft> action(boolean topLevel) {
    Arbitrary<ActionFacts> facts =
        Combinators.combine(
                presence(ACTION_FACETS), choices(), upTo(choices(), 3), upTo(choices(), 2))
            .as(ActionFacts::new)
            .withoutEdgeCases();
    Arbitrary<ActionMeans> means =
        Combinators.combine(upTo(choices(), 3), upTo(choices(), 3), upTo(choices(), 3))
            .as(ActionMeans::new)
            .withoutEdgeCases();
    Arbitrary<SharesDraft> shares =
        shape.transversal() && topLevel
            ? Combinators.combine(
                    picks().list().ofMaxSize(2).withSizeDistribution(RandomDistribution.uniform())
                        .withoutEdgeCases(),
                    choices())
                .as(SharesDraft::new)
                .withoutEdgeCases()
            : Arbitraries.just(new SharesDraft(List.of(), 0L));
    Arbitrary<List<ActionDraft>> subActions =
        topLevel ? listOf(action(false), shape.subActions()) : Arbitraries.just(List.of());
    return Combinators.combine(
            element(), facts, means, shares, subActions, lineList(budget.perAction()))
        .as(ActionDraft::new)
        .withoutEdgeCases();
  }
}
