package be.pst.benchmarks.data;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.core.funding.Funder;
import be.pst.core.funding.FundingSource;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates budget lines (lignes budgétaires) such as an ERP holds for many plans: six exercices
 * (2019–2024), the eight economic groups of {@link #GROUPS}, amounts from 1 € to 500.000 €, most
 * lines attached to one of 500 actions, some to the plan itself, some with a funding source or
 * flagged as estimates.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class LineGenerator {

  /** The first exercice of the generated lines. */
  public static final int FIRST_EXERCICE = 2019;

  /** The number of exercices of the generated lines (a legislature, 2019–2024). */
  public static final int EXERCICES = 6;

  /**
   * The eight economic groups used: both services, both sides (60 61 70 71 7X 80 82 91, the groups
   * of the seed annexes but 88).
   */
  public static final List<EconomicGroup> GROUPS = List.of(
      EconomicGroup.ofCode("60"), EconomicGroup.ofCode("61"), EconomicGroup.ofCode("70"),
      EconomicGroup.ofCode("71"), EconomicGroup.ofCode("7X"), EconomicGroup.ofCode("80"),
      EconomicGroup.ofCode("82"), EconomicGroup.ofCode("91"));

  private static final int ACTIONS = 500;

  private static final List<FundingSource> FUNDING = List.of(
      FundingSource.of(Funder.WALLONIA), FundingSource.of(Funder.EUROPE, "FSE"),
      FundingSource.of(Funder.OWN_FUNDS), FundingSource.of(Funder.FEDERAL, "SPP-IS"));

  private LineGenerator() {}

  /**
   * {@code n} budget lines drawn from {@code seed}.
   *
   * @param n how many lines
   * @param seed the seed; the same seed gives the same lines
   * @return an unmodifiable list of {@code n} lines
   */
  public static List<BudgetLine> lines(int n, long seed) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    SplittableRandom random = new SplittableRandom(seed);
    String[] codes = new String[ACTIONS];
    for (int i = 0; i < ACTIONS; i++) {
      codes[i] = "A" + (1 + i / 25) + "." + (1 + i / 5 % 5) + "." + (1 + i % 5);
    }
    List<BudgetLine> lines = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      BudgetLine.Builder line = BudgetLine.builder()
          .exercice(FIRST_EXERCICE + random.nextInt(EXERCICES))
          .group(GROUPS.get(random.nextInt(GROUPS.size())))
          .amount(be.pst.budget.money.EuroAmount.ofCents(100 + random.nextLong(50_000_000L)));
      if (random.nextInt(10) != 0) {
        line.elementCode(codes[random.nextInt(ACTIONS)]);
      }
      if (random.nextInt(3) == 0) {
        line.funding(FUNDING.get(random.nextInt(FUNDING.size())));
      }
      if (random.nextInt(10) == 0) {
        line.estimate(true);
      }
      lines.add(line.build());
    }
    return List.copyOf(lines);
  }
}
