package be.pst.testkit;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetFigure;
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
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * The {@link BudgetLineArbitrary} behind {@link PstArbitraries#budgetLines()}: an exercice, a
 * group, an amount, an element pick and one number for the details ({@link Choices}).
 */
final class DefaultBudgetLineArbitrary extends ArbitraryDecorator<BudgetLine>
    implements BudgetLineArbitrary {

  /** First exercice of the default legislature. */
  static final int DEFAULT_FIRST_EXERCICE = 2019;

  /** Last exercice of the default legislature. */
  static final int DEFAULT_LAST_EXERCICE = 2024;

  /** What the lines may be; every {@code with…} method changes one part. */
  private record Config(
      int first,
      int last,
      List<EconomicGroup> groups,
      Arbitrary<? extends MonetaryAmount> amounts,
      List<String> elementCodes,
      boolean orPlanLevel,
      boolean details,
      boolean ungrouped,
      List<BudgetFigure> figures) {}

  private final Config config;
  private Arbitrary<BudgetLine> built;

  DefaultBudgetLineArbitrary() {
    this(
        new Config(
            DEFAULT_FIRST_EXERCICE,
            DEFAULT_LAST_EXERCICE,
            List.of(EconomicGroup.values()),
            new DefaultAmountArbitrary(),
            List.of(),
            false,
            true,
            true,
            List.of(BudgetFigure.values())));
  }

  private DefaultBudgetLineArbitrary(Config config) {
    this.config = config;
  }

  @Override
  protected synchronized Arbitrary<BudgetLine> arbitrary() {
    if (built == null) {
      built = build();
    }
    return built;
  }

  private Arbitrary<BudgetLine> build() {
    Config c = config;
    Arbitrary<String> codes =
        c.elementCodes().isEmpty()
            ? Arbitraries.just("")
            : c.orPlanLevel()
                ? Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(1, Arbitraries.just("")),
                    net.jqwik.api.Tuple.of(4, Arbitraries.of(c.elementCodes())))
                : Arbitraries.of(c.elementCodes());
    return Combinators.combine(
            Arbitraries.integers().between(c.first(), c.last()),
            Arbitraries.integers().between(0, c.groups().size() - 1),
            c.amounts(),
            codes,
            DraftArbitraries.choices())
        .as(this::line);
  }

  private BudgetLine line(
      int exercice, int groupIndex, MonetaryAmount amount, String code, long details) {
    Choices d = Choices.of(details);
    boolean ungrouped = d.below(10) == 9;
    int figureRoll = d.below(10);
    BudgetFigure other = d.of(config.figures());
    boolean withArticle = d.below(10) >= 7;
    boolean withFunding = d.below(10) >= 7;
    boolean withLabel = d.below(10) >= 7;
    boolean estimate = d.below(10) >= 8;
    String label = d.of(Vocabulary.LINE_LABELS);
    EconomicGroup group = config.groups().get(groupIndex);
    BudgetLine.Builder line = BudgetLine.builder().exercice(exercice).amount(amount);
    if (ungrouped && config.ungrouped()) {
      line.service(group.service()).side(group.side());
    } else {
      line.group(group);
    }
    line.figure(
        config.figures().contains(BudgetFigure.PROJECTION) && config.figures().size() > 1
            ? figureRoll < 6 ? BudgetFigure.PROJECTION : other
            : other);
    if (!code.isEmpty()) {
      line.elementCode(code);
    }
    if (config.details()) {
      if (withArticle) {
        line.article(BudgetChoices.article(d));
      }
      if (withFunding) {
        line.funding(BudgetChoices.fundingSource(d));
      }
      if (withLabel) {
        line.label(label);
      }
      line.estimate(estimate);
    }
    return line.build();
  }

  private DefaultBudgetLineArbitrary with(Config changed) {
    return new DefaultBudgetLineArbitrary(changed);
  }

  private Config legislature(int first, int last) {
    Config c = config;
    return new Config(
        first, last, c.groups(), c.amounts(), c.elementCodes(), c.orPlanLevel(), c.details(),
        c.ungrouped(), c.figures());
  }

  @Override
  public BudgetLineArbitrary inLegislature(int firstExercice, int lastExercice) {
    Years.requireExercices(firstExercice, lastExercice);
    return with(legislature(firstExercice, lastExercice));
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
    Config c = config;
    List<EconomicGroup> kept = c.groups().stream().filter(allowed).collect(Collectors.toList());
    if (kept.isEmpty()) {
      throw new IllegalArgumentException(
          "no economic group is left: none of " + c.groups() + " is " + what);
    }
    return with(
        new Config(
            c.first(), c.last(), kept, c.amounts(), c.elementCodes(), c.orPlanLevel(),
            c.details(), c.ungrouped(), c.figures()));
  }

  @Override
  public BudgetLineArbitrary withAmounts(Arbitrary<? extends MonetaryAmount> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    Config c = config;
    return with(
        new Config(
            c.first(), c.last(), c.groups(), amounts, c.elementCodes(), c.orPlanLevel(),
            c.details(), c.ungrouped(), c.figures()));
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
    return withCodes(config, codes);
  }

  private static DefaultBudgetLineArbitrary withCodes(Config c, List<String> codes) {
    return new DefaultBudgetLineArbitrary(
        new Config(
            c.first(), c.last(), c.groups(), c.amounts(), codes, c.orPlanLevel(), c.details(),
            c.ungrouped(), c.figures()));
  }

  @Override
  public BudgetLineArbitrary forActionsOf(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    List<String> codes =
        plan.actions().stream().map(Action::code).distinct().collect(Collectors.toList());
    Legislature legislature = plan.legislature();
    return withCodes(legislature(legislature.firstExercice(), legislature.lastExercice()), codes);
  }

  @Override
  public BudgetLineArbitrary orPlanLevel() {
    Config c = config;
    return with(
        new Config(
            c.first(), c.last(), c.groups(), c.amounts(), c.elementCodes(), true, c.details(),
            c.ungrouped(), c.figures()));
  }

  @Override
  public BudgetLineArbitrary withoutDetails() {
    Config c = config;
    return with(
        new Config(
            c.first(), c.last(), c.groups(), c.amounts(), c.elementCodes(), c.orPlanLevel(),
            false, c.ungrouped(), c.figures()));
  }

  @Override
  public BudgetLineArbitrary groupedOnly() {
    Config c = config;
    return with(
        new Config(
            c.first(), c.last(), c.groups(), c.amounts(), c.elementCodes(), c.orPlanLevel(),
            c.details(), false, c.figures()));
  }

  @Override
  public BudgetLineArbitrary withFigures(BudgetFigure... figures) {
    Objects.requireNonNull(figures, "figures");
    if (figures.length == 0) {
      throw new IllegalArgumentException("figures must hold at least one figure");
    }
    List<BudgetFigure> chosen = new ArrayList<>();
    for (BudgetFigure f : figures) {
      Objects.requireNonNull(f, "figures");
      if (!chosen.contains(f)) {
        chosen.add(f);
      }
    }
    Config c = config;
    return with(
        new Config(
            c.first(), c.last(), c.groups(), c.amounts(), c.elementCodes(), c.orPlanLevel(),
            c.details(), c.ungrouped(), List.copyOf(chosen)));
  }

  @Override
  public String toString() {
    Config c = config;
    return "budget lines "
        + c.first()
        + "–"
        + c.last()
        + " in groups "
        + c.groups().stream().map(EconomicGroup::code).collect(Collectors.joining(", "))
        + (c.ungrouped() ? " (or only their service and side)" : "")
        + " of figures "
        + c.figures()
        + (c.elementCodes().isEmpty() ? " at plan level" : " of " + c.elementCodes())
        + (c.orPlanLevel() && !c.elementCodes().isEmpty() ? " or plan level" : "");
  }
}
