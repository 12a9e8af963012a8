package be.pst.testkit;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetLine;
import be.pst.core.action.Action;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The {@link BudgetLineArbitrary} behind {@link PstArbitraries#budgetLines()}. */
final class DefaultBudgetLineArbitrary extends ArbitraryDecorator<BudgetLine>
    implements BudgetLineArbitrary {

  /** First exercice of the default legislature. */
  static final int DEFAULT_FIRST_EXERCICE = 2019;

  /** Last exercice of the default legislature. */
  static final int DEFAULT_LAST_EXERCICE = 2024;

  private final int firstExercice;
  private final int lastExercice;
  private final List<EconomicGroup> groups;
  private final Arbitrary<? extends MonetaryAmount> amounts;
  private final List<String> elementCodes;
  /** Whether lines may also be of the plan itself when element codes are given. */
  private final boolean orPlanLevel;
  private final boolean details;

  DefaultBudgetLineArbitrary() {
    this(
        DEFAULT_FIRST_EXERCICE,
        DEFAULT_LAST_EXERCICE,
        List.of(EconomicGroup.values()),
        new DefaultAmountArbitrary(),
        List.of(),
        false,
        true);
  }

  private DefaultBudgetLineArbitrary(
      int firstExercice,
      int lastExercice,
      List<EconomicGroup> groups,
      Arbitrary<? extends MonetaryAmount> amounts,
      List<String> elementCodes,
      boolean orPlanLevel,
      boolean details) {
    this.firstExercice = firstExercice;
    this.lastExercice = lastExercice;
    this.groups = List.copyOf(groups);
    this.amounts = amounts;
    this.elementCodes = List.copyOf(elementCodes);
    this.orPlanLevel = orPlanLevel;
    this.details = details;
  }

  @Override
  protected Arbitrary<BudgetLine> arbitrary() {
    Arbitrary<MonetaryAmount> amount = amounts.map(a -> a);
    Builders.BuilderCombinator<BudgetLine.Builder> lines =
        Builders.withBuilder(BudgetLine::builder)
            .use(Arbitraries.integers().between(firstExercice, lastExercice))
            .in((b, exercice) -> b.exercice(exercice))
            .use(Arbitraries.of(groups))
            .in((b, group) -> b.group(group))
            .use(amount)
            .in((b, a) -> b.amount(a));
    if (!elementCodes.isEmpty()) {
      lines =
          lines
              .use(Arbitraries.of(elementCodes))
              .withProbability(orPlanLevel ? 0.8 : 1.0)
              .in((b, code) -> b.elementCode(code));
    }
    if (details) {
      lines =
          lines
              .use(PstArbitraries.budgetArticles())
              .withProbability(0.3)
              .in((b, article) -> b.article(article))
              .use(PstArbitraries.fundingSources())
              .withProbability(0.3)
              .in((b, funding) -> b.funding(funding))
              .use(Arbitraries.of(Vocabulary.LINE_LABELS))
              .withProbability(0.3)
              .in((b, label) -> b.label(label))
              .use(Arbitraries.just(true))
              .withProbability(0.2)
              .in((b, estimate) -> b.estimate(estimate));
    }
    return lines.build(BudgetLine.Builder::build);
  }

  private DefaultBudgetLineArbitrary with(
      int first, int last, List<EconomicGroup> allowed, Arbitrary<? extends MonetaryAmount> a) {
    return new DefaultBudgetLineArbitrary(
        first, last, allowed, a, elementCodes, orPlanLevel, details);
  }

  @Override
  public BudgetLineArbitrary inLegislature(int firstExercice, int lastExercice) {
    Years.requireExercices(firstExercice, lastExercice);
    return with(firstExercice, lastExercice, groups, amounts);
  }

  @Override
  public BudgetLineArbitrary inLegislature(Legislature legislature) {
    Objects.requireNonNull(legislature, "legislature");
    return inLegislature(legislature.firstExercice(), legislature.lastExercice());
  }

  @Override
  public BudgetLineArbitrary ordinaryOnly() {
    return inService(Service.ORDINARY);
  }

  @Override
  public BudgetLineArbitrary extraordinaryOnly() {
    return inService(Service.EXTRAORDINARY);
  }

  @Override
  public BudgetLineArbitrary inService(Service service) {
    Objects.requireNonNull(service, "service");
    return restrict(g -> g.service() == service, "of the " + service.label() + " service");
  }

  @Override
  public BudgetLineArbitrary receiptsOnly() {
    return onSide(Side.RECEIPTS);
  }

  @Override
  public BudgetLineArbitrary expensesOnly() {
    return onSide(Side.EXPENSES);
  }

  @Override
  public BudgetLineArbitrary onSide(Side side) {
    Objects.requireNonNull(side, "side");
    return restrict(g -> g.side() == side, "on the " + side.label() + " side");
  }

  @Override
  public BudgetLineArbitrary inGroups(EconomicGroup... groups) {
    Objects.requireNonNull(groups, "groups");
    List<EconomicGroup> wanted = Arrays.asList(groups);
    wanted.forEach(g -> Objects.requireNonNull(g, "groups"));
    return restrict(wanted::contains, "among " + wanted);
  }

  private BudgetLineArbitrary restrict(Predicate<EconomicGroup> allowed, String what) {
    List<EconomicGroup> kept = groups.stream().filter(allowed).collect(Collectors.toList());
    if (kept.isEmpty()) {
      throw new IllegalArgumentException(
          "no economic group is left: none of " + groups + " is " + what);
    }
    return with(firstExercice, lastExercice, kept, amounts);
  }

  @Override
  public BudgetLineArbitrary withAmounts(Arbitrary<? extends MonetaryAmount> amounts) {
    return with(firstExercice, lastExercice, groups, Objects.requireNonNull(amounts, "amounts"));
  }

  @Override
  public BudgetLineArbitrary withAmountsBetween(MonetaryAmount min, MonetaryAmount max) {
    return withAmounts(new DefaultAmountArbitrary().between(min, max));
  }

  @Override
  public BudgetLineArbitrary forElements(Collection<String> elementCodes) {
    Objects.requireNonNull(elementCodes, "elementCodes");
    if (elementCodes.isEmpty()) {
      throw new IllegalArgumentException("elementCodes must hold at least one code");
    }
    List<String> codes = new ArrayList<>();
    for (String code : elementCodes) {
      Objects.requireNonNull(code, "elementCodes");
      if (code.isBlank()) {
        throw new IllegalArgumentException("elementCodes must not hold a blank code");
      }
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    return new DefaultBudgetLineArbitrary(
        firstExercice, lastExercice, groups, amounts, codes, orPlanLevel, details);
  }

  @Override
  public BudgetLineArbitrary forActionsOf(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    List<String> codes =
        plan.actions().stream().map(Action::code).distinct().collect(Collectors.toList());
    DefaultBudgetLineArbitrary inPlan =
        (DefaultBudgetLineArbitrary) inLegislature(plan.legislature());
    if (codes.isEmpty()) {
      return new DefaultBudgetLineArbitrary(
          inPlan.firstExercice, inPlan.lastExercice, groups, amounts, List.of(), orPlanLevel,
          details);
    }
    return inPlan.forElements(codes);
  }

  @Override
  public BudgetLineArbitrary orPlanLevel() {
    return new DefaultBudgetLineArbitrary(
        firstExercice, lastExercice, groups, amounts, elementCodes, true, details);
  }

  @Override
  public BudgetLineArbitrary withoutDetails() {
    return new DefaultBudgetLineArbitrary(
        firstExercice, lastExercice, groups, amounts, elementCodes, orPlanLevel, false);
  }

  @Override
  public String toString() {
    return "budget lines "
        + firstExercice
        + "–"
        + lastExercice
        + " in groups "
        + groups.stream().map(EconomicGroup::code).collect(Collectors.joining(", "))
        + (elementCodes.isEmpty() ? " at plan level" : " of " + elementCodes)
        + (orPlanLevel && !elementCodes.isEmpty() ? " or plan level" : "");
  }
}
