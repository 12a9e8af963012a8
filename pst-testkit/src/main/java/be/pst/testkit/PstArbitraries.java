package be.pst.testkit;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetArticle;
import be.pst.core.funding.Funder;
import be.pst.core.funding.FundingSource;
import be.pst.core.plan.Legislature;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The entry point of the PST test kit (générateurs PST): static factories of jqwik arbitraries
 * for amounts, economic groups, budget articles, funding sources, budget lines, plans and
 * budgeted plans. Use them in {@code @Provide} methods or through {@link PstDomain}:
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

  private static final List<String> PROGRAMMES =
      List.of("FSE", "FEAD", "APE", "SPP-IS", "ILA", "SOREAL");

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
   * Budget articles {@code fonction/économique-suffixe} such as {@code 104/123-48}, sometimes
   * year-tagged ({@code 104/123-48.2021}).
   *
   * @return the arbitrary
   */
  public static Arbitrary<BudgetArticle> budgetArticles() {
    return Combinators.combine(
            digits(3, 0, 999),
            digits(3, 100, 999),
            digits(2, 1, 99),
            Arbitraries.integers().between(2019, 2030).optional(0.2))
        .as(
            (function, economic, suffix, year) -> {
              BudgetArticle article = BudgetArticle.of(function, economic, suffix);
              return year.map(article::withYear).orElse(article);
            });
  }

  private static Arbitrary<String> digits(int width, int min, int max) {
    String format = "%0" + width + "d";
    return Arbitraries.integers().between(min, max).map(n -> String.format(Locale.ROOT, format, n));
  }

  /**
   * Funding sources (sources de financement): a funder, or a known programme with its funder
   * ({@code FSE} → Europe, {@code APE} → Wallonie…).
   *
   * @return the arbitrary
   */
  public static Arbitrary<FundingSource> fundingSources() {
    return Arbitraries.oneOf(
        Arbitraries.of(Funder.class).map(FundingSource::of),
        Arbitraries.of(PROGRAMMES).map(FundingSource::parse));
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
