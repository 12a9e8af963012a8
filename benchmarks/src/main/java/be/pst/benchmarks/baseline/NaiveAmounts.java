package be.pst.benchmarks.baseline;

import be.pst.budget.line.BudgetLine;
import java.math.BigDecimal;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;

/**
 * The amounts of lines as a naive implementation would store them (montants stockés naïvement):
 * one Moneta {@link Money}, or one {@link BigDecimal} of euros, per line, built once when the data
 * is prepared. The folds then pay for the arithmetic of their representation, not for converting
 * the lines' cents, and not for whatever {@link BudgetLine#amount()} returns.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class NaiveAmounts {

  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  private NaiveAmounts() {}

  /**
   * One Moneta {@code Money} per line, in euros at cent scale.
   *
   * @param lines the lines
   * @return {@code Money.of(cents / 100, "EUR")} of each line, in order
   */
  public static Money[] moneta(List<BudgetLine> lines) {
    Money[] amounts = new Money[lines.size()];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = Money.of(BigDecimal.valueOf(lines.get(i).amount().cents(), 2), EUR);
    }
    return amounts;
  }

  /**
   * One {@code BigDecimal} of euros per line, at cent scale.
   *
   * @param lines the lines
   * @return the amount of each line, in order
   */
  public static BigDecimal[] decimals(List<BudgetLine> lines) {
    BigDecimal[] amounts = new BigDecimal[lines.size()];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = BigDecimal.valueOf(lines.get(i).amount().cents(), 2);
    }
    return amounts;
  }
}
