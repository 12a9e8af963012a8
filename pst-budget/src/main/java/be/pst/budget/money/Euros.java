package be.pst.budget.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The euro at cent scale (l'euro, au cent): how amounts enter and leave pst-budget.
 *
 * <p>Amounts cross the API as {@link MonetaryAmount} and are kept as {@code long} cents inside.
 * The amounts this class makes are {@link EuroAmount}s, whose {@code toString} prints {@code
 * 287.500,00 €}; only an amount beyond the {@code long} range of cents
 * (±92.233.720.368.547.758,07 €) is a Moneta {@link Money}. It reads any {@code MonetaryAmount}
 * in euros. Every conversion is exact: an amount with a fraction of a cent is rejected with an
 * {@link IllegalArgumentException} naming the value, unless the caller passes the
 * {@link RoundingMode} to apply; an amount in another currency is rejected with a
 * {@link CurrencyMismatchException} naming both currencies.
 *
 * <p>Belgian formatting, as printed in the PST annexes: {@code 287.500,00 €} ({@link #format}) and
 * {@code 287.500,00} ({@link #formatPlain}): a dot groups thousands, a comma separates the two
 * decimals, a hyphen-minus marks negative amounts, and a normal space precedes the euro sign. The
 * format is fixed and does not depend on the default locale.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class Euros {

  /** The euro, the only currency of pst-budget. */
  public static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  private static final EuroAmount ZERO = EuroAmount.ZERO;

  /** Prototype of the Belgian format; {@link DecimalFormat} is not thread-safe, so we clone it. */
  private static final DecimalFormat BELGIAN = belgianFormat();

  private static final Pattern BELGIAN_AMOUNT =
      Pattern.compile("[-+]?(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?");

  private Euros() {}

  private static DecimalFormat belgianFormat() {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    symbols.setMonetaryGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    symbols.setMonetaryDecimalSeparator(',');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    format.setGroupingUsed(true);
    format.setGroupingSize(3);
    return format;
  }

  /**
   * Zero euros.
   *
   * @return {@code 0,00 €}, a {@link EuroAmount}
   */
  public static MonetaryAmount zero() {
    return ZERO;
  }

  /**
   * The amount written as a plain decimal, such as {@code "287500.00"}, {@code "-12.5"} or
   * {@code "3000"}.
   *
   * @param amount a plain decimal number of euros (a dot before the decimals, no grouping)
   * @return the amount in euros
   * @throws IllegalArgumentException if {@code amount} is not a decimal number or has a fraction
   *     of a cent
   */
  public static MonetaryAmount of(String amount) {
    return of(parseDecimal(amount), RoundingMode.UNNECESSARY);
  }

  /**
   * The amount as a number of euros.
   *
   * @param amount a number of euros with at most two significant decimals
   * @return the amount in euros
   * @throws IllegalArgumentException if {@code amount} has a fraction of a cent
   */
  public static MonetaryAmount of(BigDecimal amount) {
    return of(amount, RoundingMode.UNNECESSARY);
  }

  /**
   * The amount as a number of euros, rounded to the cent with {@code rounding}.
   *
   * @param amount a number of euros
   * @param rounding how to round a fraction of a cent; {@link RoundingMode#UNNECESSARY} rejects it
   * @return the amount in euros, at cent scale: a {@link EuroAmount}, or a Moneta {@link Money}
   *     beyond the {@code long} range of cents
   * @throws IllegalArgumentException if {@code rounding} is {@code UNNECESSARY} and {@code amount}
   *     has a fraction of a cent
   */
  public static MonetaryAmount of(BigDecimal amount, RoundingMode rounding) {
    return ofCents(toCentScale(amount, rounding).unscaledValue());
  }

  /**
   * The amount of {@code cents} euro cents.
   *
   * @param cents a number of cents, e.g. {@code 28_750_000} for 287.500,00 €
   * @return the amount in euros, a {@link EuroAmount}
   */
  public static MonetaryAmount ofCents(long cents) {
    return EuroAmount.ofCents(cents);
  }

  /**
   * The amount of {@code cents} euro cents, however large.
   *
   * @param cents a number of cents
   * @return the amount in euros: a {@link EuroAmount} if {@code cents} fits a {@code long},
   *     otherwise a Moneta {@link Money} (a {@code EuroAmount} holds a {@code long} of cents)
   */
  public static MonetaryAmount ofCents(BigInteger cents) {
    Objects.requireNonNull(cents, "cents");
    if (cents.bitLength() < Long.SIZE) {
      return EuroAmount.ofCents(cents.longValue());
    }
    return Money.of(new BigDecimal(cents, 2), EUR);
  }

  /**
   * The number of cents of a euro amount.
   *
   * @param amount an amount in euros with no fraction of a cent
   * @return its number of cents
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   * @throws IllegalArgumentException if {@code amount} has a fraction of a cent
   * @throws ArithmeticException if {@code amount} is beyond ±92.233.720.368.547.758,07 €
   */
  public static long toCents(MonetaryAmount amount) {
    return toCents(amount, RoundingMode.UNNECESSARY);
  }

  /**
   * The number of cents of a euro amount, rounding a fraction of a cent with {@code rounding}.
   *
   * @param amount an amount in euros
   * @param rounding how to round a fraction of a cent; {@link RoundingMode#UNNECESSARY} rejects it
   * @return its number of cents
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   * @throws IllegalArgumentException if {@code rounding} is {@code UNNECESSARY} and {@code amount}
   *     has a fraction of a cent
   * @throws ArithmeticException if {@code amount} is beyond ±92.233.720.368.547.758,07 €
   */
  public static long toCents(MonetaryAmount amount, RoundingMode rounding) {
    if (amount instanceof EuroAmount) {
      Objects.requireNonNull(rounding, "rounding");
      return ((EuroAmount) amount).cents();
    }
    BigDecimal euros = toCentScale(euros(amount), rounding);
    try {
      return euros.unscaledValue().longValueExact();
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "amount " + euros.toPlainString() + " EUR is too large for a budget line (beyond "
              + formatPlain(Long.MAX_VALUE) + " €)");
    }
  }

  /**
   * The exact number of euros of a euro amount.
   *
   * @param amount an amount in euros
   * @return its number of euros, as the amount holds it
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   */
  public static BigDecimal euros(MonetaryAmount amount) {
    if (amount instanceof EuroAmount) {
      return ((EuroAmount) amount).decimal();
    }
    requireEuros(amount, "amount");
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  /**
   * Checks that an amount is in euros.
   *
   * @param amount the amount to check
   * @param name the name of the argument, for the message if it is {@code null}
   * @return {@code amount}
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   */
  public static MonetaryAmount requireEuros(MonetaryAmount amount, String name) {
    Objects.requireNonNull(amount, name);
    CurrencyUnit currency = amount.getCurrency();
    if (!EUR.getCurrencyCode().equals(currency.getCurrencyCode())) {
      throw new CurrencyMismatchException(EUR, currency);
    }
    return amount;
  }

  /**
   * The amount printed Belgian style with the euro sign: {@code 287.500,00 €}, {@code -984.700,00 €}.
   *
   * @param amount an amount in euros with no fraction of a cent
   * @return the formatted amount
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   * @throws IllegalArgumentException if {@code amount} has a fraction of a cent
   */
  public static String format(MonetaryAmount amount) {
    return formatPlain(amount) + " €";
  }

  /**
   * The amount printed Belgian style without the euro sign: {@code 287.500,00}.
   *
   * @param amount an amount in euros with no fraction of a cent
   * @return the formatted amount
   * @throws CurrencyMismatchException if {@code amount} is not in euros
   * @throws IllegalArgumentException if {@code amount} has a fraction of a cent
   */
  public static String formatPlain(MonetaryAmount amount) {
    return formatPlain(toCentScale(euros(amount), RoundingMode.UNNECESSARY));
  }

  /**
   * A number of cents printed Belgian style with the euro sign: {@code 287.500,00 €}.
   *
   * @param cents a number of cents
   * @return the formatted amount
   */
  public static String formatCents(long cents) {
    return formatPlain(cents) + " €";
  }

  /**
   * A number of cents printed Belgian style without the euro sign: {@code 287.500,00}.
   *
   * @param cents a number of cents
   * @return the formatted amount
   */
  public static String formatPlain(long cents) {
    return formatPlain(BigDecimal.valueOf(cents, 2));
  }

  private static String formatPlain(BigDecimal euros) {
    DecimalFormat format = (DecimalFormat) BELGIAN.clone();
    return format.format(euros);
  }

  /**
   * Reads an amount printed Belgian style: {@code "287.500,00 €"}, {@code "287.500,00"},
   * {@code "-984.700,00"}, {@code "3000"}, {@code "12,5 €"}, and {@code "- €"} (the annexes' way
   * of printing zero). Thousands are grouped by dots (in groups of three) or not at all; the
   * decimals follow a comma; the euro sign and spaces (also no-break spaces) around it are
   * optional.
   *
   * @param text the printed amount
   * @return the amount in euros
   * @throws IllegalArgumentException if {@code text} is not such an amount or has a fraction of a
   *     cent
   */
  public static MonetaryAmount parseBelgian(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2212', '-').strip();
    if (s.endsWith("€")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.equals("-")) {
      return ZERO;
    }
    s = s.replace(" ", "");
    if (!BELGIAN_AMOUNT.matcher(s).matches()) {
      throw new IllegalArgumentException(
          "not a Belgian amount: '" + text + "' (expected e.g. 287.500,00 € or 287500,00)");
    }
    BigDecimal value = new BigDecimal(s.replace(".", "").replace(',', '.'));
    try {
      return of(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "amount '" + text + "' has a fraction of a cent; euros are kept to the cent", e);
    }
  }

  /**
   * The exact sum of euro amounts, whatever its size.
   *
   * @param amounts amounts in euros with no fraction of a cent
   * @return their sum, a {@link EuroAmount} if it fits a {@code long} of cents (otherwise a Moneta
   *     {@link Money}); zero if there is none
   * @throws CurrencyMismatchException if an amount is not in euros
   * @throws IllegalArgumentException if an amount has a fraction of a cent
   */
  public static MonetaryAmount sum(Iterable<? extends MonetaryAmount> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    CentSum sum = new CentSum();
    for (MonetaryAmount amount : amounts) {
      sum.add(amount);
    }
    return sum.toMoney();
  }

  private static BigDecimal parseDecimal(String amount) {
    Objects.requireNonNull(amount, "amount");
    try {
      return new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "not a decimal amount of euros: '" + amount + "' (expected e.g. 287500.00)", e);
    }
  }

  /** The amount at scale 2, exactly or rounded with {@code rounding}. */
  static BigDecimal toCentScale(BigDecimal amount, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rounding, "rounding");
    try {
      return amount.setScale(2, rounding);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "amount " + amount.toPlainString()
              + " EUR has a fraction of a cent; euros are kept to the cent"
              + " (give a RoundingMode to round it)", e);
    }
  }
}
