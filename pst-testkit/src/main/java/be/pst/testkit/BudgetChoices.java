package be.pst.testkit;

import be.pst.budget.line.BudgetArticle;
import be.pst.core.funding.Funder;
import be.pst.core.funding.FundingSource;
import java.util.List;

/** Budget articles and funding sources read from {@link Choices}. */
final class BudgetChoices {

  private static final List<String> PROGRAMMES =
      List.of("FSE", "FEAD", "APE", "SPP-IS", "ILA", "SOREAL");

  private static final List<String> PLACEHOLDERS = List.of("wal", "eur", "fed");

  private BudgetChoices() {}

  /**
   * A budget article in one of the shapes real files carry: {@code 104/123-48}, the same with a
   * year tag ({@code 104/123-48.2021}), eComptes' {@code 123/45678.2020}, a placeholder such as
   * {@code xxx/wal-13.2019}, a five-digit function ({@code 84010/124-06}) or no suffix
   * ({@code 104/123}). Always reads the same number of choices.
   */
  static BudgetArticle article(Choices c) {
    int shape = c.below(6);
    String function = digits(c.below(1000), 3);
    String economic = digits(c.between(100, 999), 3);
    String suffix = digits(c.between(1, 99), 2);
    String fiveDigits = digits(c.between(10_000, 99_999), 5);
    int year = c.between(2013, 2030);
    String placeholder = c.of(PLACEHOLDERS);
    switch (shape) {
      case 1:
        return BudgetArticle.of(function, economic, suffix).withYear(year);
      case 2:
        return BudgetArticle.of(function, fiveDigits).withYear(year);
      case 3:
        return BudgetArticle.of("xxx", placeholder, suffix).withYear(year);
      case 4:
        return BudgetArticle.of(fiveDigits, economic, suffix);
      case 5:
        return BudgetArticle.of(function, economic);
      default:
        return BudgetArticle.of(function, economic, suffix);
    }
  }

  /** {@code n} written with {@code width} digits, zeros in front (no {@code String.format}: it is slow). */
  static String digits(int n, int width) {
    String digits = Integer.toString(n);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  /**
   * A funding source: a funder, or a known programme with its funder ({@code FSE} → Europe,
   * {@code APE} → Wallonie…). Always reads the same number of choices.
   */
  static FundingSource fundingSource(Choices c) {
    boolean programme = c.flip();
    Funder funder = c.of(Funder.values());
    String name = c.of(PROGRAMMES);
    return programme ? FundingSource.parse(name) : FundingSource.of(funder);
  }
}
