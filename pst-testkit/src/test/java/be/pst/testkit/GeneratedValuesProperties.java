package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.action.ActionLink;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.funding.Funding;
import be.pst.core.indicator.Indicator;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.PoliticalObjective;
import be.pst.core.plan.Project;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.element.PlanElement;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Plan;
import be.pst.core.validation.PlanValidator;
import be.pst.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

/** The values the test kit generates satisfy the model's own rules. */
class GeneratedValuesProperties {

  @Property(tries = 200)
  void defaultAmountsAreEurosAtCentScaleBetweenZeroAndAMillion(
      @ForAll("defaultAmounts") EuroAmount amount) {
    assertThat(amount.getCurrency().getCurrencyCode()).isEqualTo("EUR");
    BigDecimal euros = amount.getNumber().numberValue(BigDecimal.class);
    assertThat(euros.scale()).isLessThanOrEqualTo(2);
    assertThat(euros).isBetween(BigDecimal.ZERO, new BigDecimal("1000000.00"));
  }

  @Provide
  Arbitrary<EuroAmount> defaultAmounts() {
    return PstArbitraries.amounts();
  }

  @Property(tries = 200)
  void configuredAmountsStayWithinTheirBounds(
      @ForAll @IntRange(min = -1_000_000, max = 1_000_000) int lowCents,
      @ForAll @IntRange(min = 0, max = 1_000_000) int widthCents) {
    MonetaryAmount min = EuroAmount.ofCents(lowCents);
    MonetaryAmount max = EuroAmount.ofCents((long) lowCents + widthCents);
    List<MonetaryAmount> sample =
        PstArbitraries.amounts().between(min, max).sampleStream().limit(20)
            .collect(Collectors.toList());
    for (MonetaryAmount amount : sample) {
      assertThat(EuroAmount.from(amount).cents()).isBetween(EuroAmount.from(min).cents(), EuroAmount.from(max).cents());
    }
  }

  @Property(tries = 200)
  void ordinaryLinesOfALegislatureStayInsideIt(@ForAll("ordinaryLines") BudgetLine line) {
    assertThat(line.exercice()).isBetween(2019, 2024);
    assertThat(line.service()).isEqualTo(Service.ORDINARY);
    assertThat(line.isPlanLevel()).isTrue();
    assertThat(line.amount().cents()).isBetween(0L, 100_000_000L);
  }

  @Provide
  Arbitrary<BudgetLine> ordinaryLines() {
    return PstArbitraries.budgetLines().inLegislature(2019, 2024).ordinaryOnly();
  }

  @Property(tries = 100)
  void constraintsOnLinesAddUp(@ForAll("extraordinaryReceipts") BudgetLine line) {
    assertThat(line.service()).isEqualTo(Service.EXTRAORDINARY);
    assertThat(line.side()).isEqualTo(Side.RECEIPTS);
    assertThat(line.group()).isNotEqualTo(java.util.Optional.of(EconomicGroup.EXTRAORDINARY_RECEIPTS_DEBT));
    assertThat(line.exercice()).isEqualTo(2021);
    assertThat(line.elementCode()).hasValueSatisfying(c -> assertThat(c).isIn("A1", "A2"));
    assertThat(line.article()).isEmpty();
    assertThat(line.amount()).isEqualTo(EuroAmount.of("5.00"));
  }

  @Provide
  Arbitrary<BudgetLine> extraordinaryReceipts() {
    return PstArbitraries.budgetLines()
        .inLegislature(2021, 2021)
        .extraordinaryOnly()
        .receiptsOnly()
        .inGroups(
            EconomicGroup.EXTRAORDINARY_RECEIPTS_TRANSFERS,
            EconomicGroup.EXTRAORDINARY_RECEIPTS_WITHDRAWALS,
            EconomicGroup.ORDINARY_EXPENSES_STAFF)
        .withAmountsBetween(EuroAmount.of("5.00"), EuroAmount.of("5.00"))
        .forElements(List.of("A1", "A2"))
        .withoutDetails();
  }

  @Property(tries = 100)
  void linesForTheActionsOfAPlanNameItsActionsOrThePlanItself(
      @ForAll("plansAndTheirLines") Tuple2<Plan, List<BudgetLine>> sample) {
    Plan plan = sample.get1();
    for (BudgetLine line : sample.get2()) {
      assertThat(plan.legislature().contains(line.exercice())).isTrue();
      line.elementCode()
          .ifPresent(code -> assertThat(plan.findAction(code)).as(code).isPresent());
    }
  }

  @Provide
  Arbitrary<Tuple2<Plan, List<BudgetLine>>> plansAndTheirLines() {
    return PstArbitraries.plans()
        .inLegislature(2025, 2030)
        .flatMap(
            plan ->
                PstArbitraries.budgetLines()
                    .forActionsOf(plan)
                    .orPlanLevel()
                    .list()
                    .ofMaxSize(10)
                    .map(lines -> Tuple.of(plan, lines)));
  }

  @Property(tries = 150)
  void generatedPlansHaveNoValidationError(@ForAll("plans") Plan plan) {
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(report.errors()).as(report.toString()).isEmpty();
  }

  @Property(tries = 150)
  void generatedPlansHaveUniqueCodes(@ForAll("plans") Plan plan) {
    List<String> codes =
        plan.elements().stream().map(PlanElement::code).collect(Collectors.toList());
    assertThat(codes).doesNotHaveDuplicates();
  }

  @Property(tries = 150)
  void everyReferenceOfAGeneratedPlanResolves(@ForAll("plans") Plan plan) {
    Set<String> strategic =
        plan.strategicObjectives().stream().map(StrategicObjective::code)
            .collect(Collectors.toSet());
    Set<String> political =
        plan.politicalObjectives().stream().map(PoliticalObjective::code)
            .collect(Collectors.toSet());
    for (Action action : plan.actions()) {
      for (ActionLink link : action.links()) {
        assertThat(plan.findAction(link.actionCode())).as(link.toString()).isPresent();
        assertThat(link.actionCode()).isNotEqualTo(action.code());
      }
      assertThat(political).containsAll(action.politicalObjectiveCodes());
    }
    List<String> sectioned =
        plan.voletSections().stream().flatMap(v -> v.strategicObjectiveCodes().stream())
            .collect(Collectors.toList());
    assertThat(sectioned).doesNotHaveDuplicates().allSatisfy(c -> assertThat(strategic).contains(c));
    for (Project project : plan.projects()) {
      assertThat(project.actionCodes())
          .allSatisfy(c -> assertThat(plan.findAction(c)).as(c).isPresent());
    }
  }

  @Property(tries = 150)
  void everyDateOfAGeneratedPlanLiesInItsLegislature(@ForAll("plans") Plan plan) {
    Legislature legislature = plan.legislature();
    List<PlanElement> elements = new ArrayList<>(plan.elements());
    elements.addAll(plan.voletSections());
    for (PlanElement element : elements) {
      Stream.of(element.schedule(), element.effectiveSchedule())
          .flatMap(Optional::stream)
          .flatMap(s -> Stream.of(s.start(), s.end()))
          .flatMap(Optional::stream)
          .forEach(d -> assertThat(legislature.contains(d.year())).as(element.code()).isTrue());
      element.lastUpdate().ifPresent(d -> assertThat(legislature.contains(d)).isTrue());
      element.humanResources().ifPresent(hr -> hr.years().forEach(
          y -> assertThat(legislature.contains(y.exercice())).isTrue()));
      for (Indicator indicator : element.indicators()) {
        indicator.measurements().forEach(m -> assertThat(legislature.contains(m.date())).isTrue());
        indicator.targetDates().forEach(
            d -> assertThat(legislature.contains(d.year())).isTrue());
      }
    }
    plan.actions().stream().flatMap(a -> a.funding().stream()).map(Funding::period)
        .flatMap(Optional::stream).flatMap(s -> Stream.of(s.start(), s.end()))
        .flatMap(Optional::stream)
        .forEach(d -> assertThat(legislature.contains(d.year())).isTrue());
  }

  @Property(tries = 150)
  void budgetItemsStateQuantityTimesUnitPrice(@ForAll("plans") Plan plan) {
    plan.actions().stream().flatMap(a -> a.budgetItems().stream())
        .filter(i -> i.quantity().isPresent() && i.unitPrice().isPresent()
            && i.amount().isPresent())
        .forEach(i -> assertThat(i.unitPrice().get().multiply(i.quantity().get())
            .isEqualTo(i.amount().get())).as(i.toString()).isTrue());
  }

  @Property(tries = 150)
  void transversalSharesNameExistingObjectivesAndWithPercentagesSumTo100(@ForAll("plans") Plan plan) {
    Set<String> objectives =
        plan.operationalObjectives().stream()
            .map(OperationalObjective::code)
            .collect(Collectors.toSet());
    for (Action action : plan.actions()) {
      if (action.isTransversal()) {
        String home = plan.homeOf(action.code()).orElseThrow().code();
        assertThat(action.objectiveShares())
            .extracting(ObjectiveShare::operationalObjectiveCode)
            .doesNotHaveDuplicates()
            .allSatisfy(code -> assertThat(objectives).contains(code));
        if (action.objectiveShares().stream().allMatch(s -> s.percent().isPresent())) {
          assertThat(action.objectiveShares())
              .extracting(ObjectiveShare::operationalObjectiveCode)
              .contains(home);
          assertThat(
                  action.objectiveShares().stream()
                      .map(s -> s.percent().orElseThrow())
                      .reduce(BigDecimal.ZERO, BigDecimal::add))
              .isEqualByComparingTo("100");
        } else {
          assertThat(action.objectiveShares()).allSatisfy(s -> assertThat(s.percent()).isEmpty());
        }
      }
    }
  }

  @Property(tries = 50)
  void plansHaveTheConfiguredSize(
      @ForAll @IntRange(min = 0, max = 3) int strategic,
      @ForAll @IntRange(min = 0, max = 3) int operational,
      @ForAll @IntRange(min = 0, max = 3) int actions) {
    Plan plan =
        PstArbitraries.plans()
            .withStrategicObjectives(strategic, strategic)
            .withOperationalObjectivesPerStrategic(operational, operational)
            .withActionsPerObjective(actions, actions)
            .withSubActionsPerAction(0, 0)
            .sample();
    assertThat(plan.strategicObjectives()).hasSize(strategic);
    for (StrategicObjective os : plan.strategicObjectives()) {
      assertThat(os.operationalObjectives()).hasSize(operational);
      for (OperationalObjective oo : os.operationalObjectives()) {
        assertThat(oo.actions()).hasSize(actions);
      }
    }
    assertThat(plan.actions()).hasSize(strategic * operational * actions);
  }

  @Property(tries = 100)
  void plansWithoutTransversalActionsHaveNoShares(@ForAll("localPlans") Plan plan) {
    assertThat(plan.actions()).noneMatch(Action::isTransversal);
    assertThat(plan.legislature().firstExercice()).isEqualTo(2025);
    assertThat(plan.legislature().lastExercice()).isEqualTo(2030);
  }

  @Provide
  Arbitrary<Plan> localPlans() {
    return PstArbitraries.plans().withoutTransversalActions().inLegislature(2025, 2030);
  }

  @Property(tries = 100)
  void budgetedPlansHaveAValidBudgetInsideTheLegislature(
      @ForAll("budgetedPlans") BudgetedPlan budgeted) {
    Plan plan = budgeted.plan();
    assertThat(budgeted.validate().errors()).as(budgeted.validate().toString()).isEmpty();
    assertThat(budgeted.validateBudget().issues()).isEmpty();
    for (BudgetLine line : budgeted.lines()) {
      assertThat(plan.legislature().contains(line.exercice())).isTrue();
      line.elementCode().ifPresent(code -> assertThat(plan.find(code)).as(code).isPresent());
    }
  }

  @Property(tries = 50)
  void plansFromAnotherArbitraryGetLinesOnEachOfTheirElements(
      @ForAll("budgetedForeignPlans") BudgetedPlan budgeted) {
    Plan plan = budgeted.plan();
    assertThat(plan.legislature().firstExercice()).isEqualTo(2025);
    assertThat(budgeted.validateBudget().issues()).isEmpty();
    for (Action action : plan.actions()) {
      assertThat(budgeted.linesOf(action.code())).hasSizeBetween(1, 2);
    }
    assertThat(budgeted.planLevelLines()).hasSize(1);
  }

  @Provide
  Arbitrary<BudgetedPlan> budgetedForeignPlans() {
    return PstArbitraries.budgetedPlans()
        .withPlans(PstArbitraries.plans().inLegislature(2025, 2030).map(p -> p))
        .withLinesPerAction(1, 2)
        .withPlanLevelLines(1, 1);
  }

  @Property(tries = 50)
  void dirtyBudgetsOfPlansFromAnotherArbitraryNameElementsTheyDoNotHave(
      @ForAll("dirtyForeignBudgets") BudgetedPlan budgeted) {
    assertThat(budgeted.validateBudget().issues()).isNotEmpty();
  }

  @Provide
  Arbitrary<BudgetedPlan> dirtyForeignBudgets() {
    return PstArbitraries.budgetedPlans()
        .withPlans(PstArbitraries.plans().filter(p -> true))
        .dirty();
  }

  @Property(tries = 100)
  void sharesSumToExactly100(@ForAll("shares") List<BigDecimal> shares) {
    assertThat(shares).hasSizeBetween(1, 8).allSatisfy(s -> assertThat(s.signum()).isOne());
    assertThat(shares).allSatisfy(s -> assertThat(s.scale()).isBetween(0, 2));
    assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100");
  }

  @Provide
  Arbitrary<List<BigDecimal>> shares() {
    return PstArbitraries.sharesSummingTo100(1, 8);
  }

  @Provide
  Arbitrary<Plan> plans() {
    return PstArbitraries.plans();
  }

  @Provide
  Arbitrary<BudgetedPlan> budgetedPlans() {
    return PstArbitraries.budgetedPlans();
  }
}
