package be.pst.testkit;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetArticle;
import be.pst.core.action.Action;
import be.pst.core.funding.Funding;
import be.pst.core.funding.FundingSource;
import be.pst.core.person.Person;
import be.pst.core.person.Pilot;
import be.pst.core.plan.Legislature;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The entry point of the PST test kit (générateurs PST): static factories of jqwik arbitraries
 * for amounts, economic groups, budget articles, funding sources, fundings, persons, pilots,
 * budget lines, actions, plans and budgeted plans. Use them in {@code @Provide} methods, or ask
 * for the types with {@code @ForAll} directly ({@link PstArbitraryProvider}):
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<BudgetedPlan> smallPlans() {
 *   return PstArbitraries.budgetedPlans()
 *       .withPlans(PstArbitraries.plans().withStrategicObjectives(1, 2))
 *       .withLines(lines -> lines.ordinaryOnly());
 * }
 * }</pre>
 *
 * <p>This class has static methods only; the arbitraries it returns are immutable and
 * thread-safe.
 */
public final class PstArbitraries {

  private PstArbitraries() {}

  /**
   * Amounts in euros at cent scale, from 0,00 € to 1.000.000,00 € unless configured otherwise.
   *
   * @return the arbitrary
   */
  public static AmountArbitrary amounts() {
    return new DefaultAmountArbitrary();
  }

  /**
   * Every economic group (60 … 98); shrinks towards 60.
   *
   * @return the arbitrary
   */
  public static Arbitrary<EconomicGroup> economicGroups() {
    return Arbitraries.of(EconomicGroup.class);
  }

  /**
   * Budget articles in the shapes real files carry: {@code 104/123-48}, year-tagged ({@code
   * 104/123-48.2021}), eComptes' {@code 123/45678.2020}, placeholders such as {@code
   * xxx/wal-13.2019}, five-digit functions ({@code 84010/124-06}) and no suffix ({@code
   * 104/123}).
   *
   * @return the arbitrary
   */
  public static Arbitrary<BudgetArticle> budgetArticles() {
    return DraftArbitraries.choices().map(c -> BudgetChoices.article(Choices.of(c)));
  }

  /**
   * Funding sources (sources de financement): a funder, or a known programme with its funder
   * ({@code FSE} → Europe, {@code APE} → Wallonie…).
   *
   * @return the arbitrary
   */
  public static Arbitrary<FundingSource> fundingSources() {
    return DraftArbitraries.choices().map(c -> BudgetChoices.fundingSource(Choices.of(c)));
  }

  /**
   * Fundings of actions (financements, subsides): a source and, each when the fiche states it,
   * a status, a rate, an amount, a purpose, a period in 2019–2024 and a note.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Funding> fundings() {
    ActionAssembler assembler =
        new ActionAssembler(
            new PlanCalendar(
                DefaultBudgetLineArbitrary.DEFAULT_FIRST_EXERCICE,
                DefaultBudgetLineArbitrary.DEFAULT_LAST_EXERCICE));
    return DraftArbitraries.choices().map(c -> assembler.funding(Choices.of(c)));
  }

  /**
   * Persons (personnes) in every shape plans name them: a full name, a name with a role,
   * initials ({@code LM/AL}), a first and last name with or without civility, a role alone; some
   * with a phone number or an e-mail address.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Person> persons() {
    return DraftArbitraries.choices().map(c -> People.person(Choices.of(c)));
  }

  /**
   * Pilots (pilotes) of the three kinds: a person, a role ("Directeur général") or a service
   * ("Service social").
   *
   * @return the arbitrary
   */
  public static Arbitrary<Pilot> pilots() {
    return DraftArbitraries.choices().map(c -> People.pilot(Choices.of(c), false));
  }

  /**
   * Actions (actions) with every attribute a fiche may carry, each present or absent: schedules,
   * status, pilots, indicators, steps, fundings, budget items, links to the other actions of
   * their objective, shares with other objectives, sub-actions… Each is an action of a generated
   * plan with one strategic and one operational objective, so its references are those of a
   * valid plan.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Action> actions() {
    return Combinators.combine(
            plans()
                .withStrategicObjectives(1, 1)
                .withOperationalObjectivesPerStrategic(1, 1)
                .withActionsPerObjective(1, 3),
            Arbitraries.integers().between(0, 2))
        .as(
            (plan, pick) -> {
              List<Action> actions = plan.operationalObjectives().get(0).actions();
              return actions.get(pick % actions.size());
            });
  }

  /**
   * Legislatures of six exercices starting in 2007, 2013, 2019 or 2025.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Legislature> legislatures() {
    return Arbitraries.of(2019, 2013, 2025, 2007).map(first -> Legislature.of(first, first + 5));
  }

  /**
   * Budget lines, by default of the plan itself, in 2019–2024, in every group, with amounts from
   * 0,00 € to 1.000.000,00 €.
   *
   * @return the arbitrary
   */
  public static BudgetLineArbitrary budgetLines() {
    return new DefaultBudgetLineArbitrary();
  }

  /**
   * Shares in percent at scale 2 or less (such as {@code 33.33}), all positive, that sum to
   * exactly 100: the shares of a transversal action or of an allocation.
   *
   * @param minCount the smallest number of shares, at least 1
   * @param maxCount the largest number of shares, at least {@code minCount}, at most 100
   * @return the arbitrary
   * @throws IllegalArgumentException if the counts are out of range
   */
  public static Arbitrary<List<BigDecimal>> sharesSummingTo100(int minCount, int maxCount) {
    if (minCount < 1 || maxCount < minCount || maxCount > 100) {
      throw new IllegalArgumentException(
          "share counts must satisfy 1 ≤ min ≤ max ≤ 100, not " + minCount + ".." + maxCount);
    }
    return Arbitraries.integers()
        .between(1, 100)
        .list()
        .ofMinSize(minCount)
        .ofMaxSize(maxCount)
        .map(PstArbitraries::percentages);
  }

  private static List<BigDecimal> percentages(List<Integer> weights) {
    long total = weights.stream().mapToLong(Integer::longValue).sum();
    List<BigDecimal> shares = new ArrayList<>();
    BigDecimal rest = BigDecimal.valueOf(100);
    for (int i = 1; i < weights.size(); i++) {
      BigDecimal share =
          BigDecimal.valueOf(weights.get(i) * 100L)
              .divide(BigDecimal.valueOf(total), 2, RoundingMode.DOWN);
      if (share.signum() == 0) {
        share = new BigDecimal("0.01");
      }
      rest = rest.subtract(share);
      shares.add(Decimals.normalize(share));
    }
    shares.add(0, Decimals.normalize(rest));
    return shares;
  }

  /**
   * Plans (PST) of configurable size that pass validation, see {@link PlanArbitrary}.
   *
   * @return the arbitrary
   */
  public static PlanArbitrary plans() {
    return new DefaultPlanArbitrary();
  }

  /**
   * Budgeted plans: plans with lines attached to their actions or to the plan itself, see {@link
   * BudgetedPlanArbitrary}.
   *
   * @return the arbitrary
   */
  public static BudgetedPlanArbitrary budgetedPlans() {
    return new DefaultBudgetedPlanArbitrary();
  }
}
