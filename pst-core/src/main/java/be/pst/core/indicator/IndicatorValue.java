package be.pst.core.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A value of an indicator (valeur): a baseline, a target or a measurement. Its Java type
 * follows the {@link IndicatorKind}: {@link Done}, {@link Count}, {@link Ratio}, {@link Amount},
 * {@link Text} or {@link Milestone}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public sealed interface IndicatorValue {

  /**
   * The kind of indicator this value belongs to.
   *
   * @return the kind
   */
  IndicatorKind kind();

  /**
   * A done / not done value.
   *
   * @param done whether it is done
   * @return the value
   */
  static Done done(boolean done) {
    return new Done(done);
  }

  /**
   * A count.
   *
   * @param count the count
   * @return the value
   */
  static Count count(BigDecimal count) {
    return new Count(count);
  }

  /**
   * A count.
   *
   * @param count the count
   * @return the value
   */
  static Count count(long count) {
    return new Count(BigDecimal.valueOf(count));
  }

  /**
   * A rate in percent.
   *
   * @param percent the percentage, e.g. 25 for 25 %
   * @return the value
   */
  static Ratio ratio(BigDecimal percent) {
    return new Ratio(percent);
  }

  /**
   * A money amount.
   *
   * @param amount the amount
   * @return the value
   */
  static Amount amount(MonetaryAmount amount) {
    return new Amount(amount);
  }

  /**
   * A free text.
   *
   * @param text the text
   * @return the value
   */
  static Text text(String text) {
    return new Text(text);
  }

  /**
   * A milestone date.
   *
   * @param date the date the milestone is (or is to be) reached
   * @return the value
   */
  static Milestone milestone(LocalDate date) {
    return new Milestone(date);
  }

  /**
   * Done or not done ("fait / pas fait").
   *
   * @param done whether it is done
   */
  record Done(boolean done) implements IndicatorValue {
    /**
     * Always {@link IndicatorKind#DONE}.
     *
     * @return the kind
     */
    @Override
    public IndicatorKind kind() {
      return IndicatorKind.DONE;
    }

    /**
     * "fait" or "pas fait".
     *
     * @return the readable value
     */
    @Override
    public String toString() {
      return done ? "fait" : "pas fait";
    }
  }

  /**
   * A count ("nombre de…").
   *
   * @param count the count, not null
   */
  record Count(BigDecimal count) implements IndicatorValue {
    /**
     * Checks the count.
     *
     * @param count the count, not null
     */
    public Count {
      Objects.requireNonNull(count, "count");
    }

    /**
     * Always {@link IndicatorKind#COUNT}.
     *
     * @return the kind
     */
    @Override
    public IndicatorKind kind() {
      return IndicatorKind.COUNT;
    }

    /**
     * The plain count.
     *
     * @return the readable value
     */
    @Override
    public String toString() {
      return count.toPlainString();
    }
  }

  /**
   * A rate in percent ("taux de…", "pourcentage de…").
   *
   * @param percent the percentage, not null (25 means 25 %)
   */
  record Ratio(BigDecimal percent) implements IndicatorValue {
    /**
     * Checks the percentage.
     *
     * @param percent the percentage, not null
     */
    public Ratio {
      Objects.requireNonNull(percent, "percent");
    }

    /**
     * Always {@link IndicatorKind#RATIO}.
     *
     * @return the kind
     */
    @Override
    public IndicatorKind kind() {
      return IndicatorKind.RATIO;
    }

    /**
     * The percentage followed by " %".
     *
     * @return the readable value
     */
    @Override
    public String toString() {
      return percent.toPlainString() + " %";
    }
  }

  /**
   * A money amount ("montant de…").
   *
   * @param amount the amount, not null
   */
  record Amount(MonetaryAmount amount) implements IndicatorValue {
    /**
     * Checks the amount.
     *
     * @param amount the amount, not null
     */
    public Amount {
      Objects.requireNonNull(amount, "amount");
    }

    /**
     * Always {@link IndicatorKind#AMOUNT}.
     *
     * @return the kind
     */
    @Override
    public IndicatorKind kind() {
      return IndicatorKind.AMOUNT;
    }

    /**
     * The amount as its {@code MonetaryAmount} prints it: {@code 3.000,00 €} for the euro amounts
     * of pst-budget and pst-io, {@code EUR 3000.00} for a Moneta {@code Money}.
     *
     * @return the readable value
     */
    @Override
    public String toString() {
      return amount.toString();
    }
  }

  /**
   * A free text ("texte").
   *
   * @param text the text, not null
   */
  record Text(String text) implements IndicatorValue {
    /**
     * Checks the text.
     *
     * @param text the text, not null
     */
    public Text {
      Objects.requireNonNull(text, "text");
    }

    /**
     * Always {@link IndicatorKind#TEXT}.
     *
     * @return the kind
     */
    @Override
    public IndicatorKind kind() {
      return IndicatorKind.TEXT;
    }

    /**
     * The text.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * A milestone date ("jalon": "Délibération du Conseil", "Réalisation des travaux").
   *
   * @param date the date, not null
   */
  record Milestone(LocalDate date) implements IndicatorValue {
    /**
     * Checks the date.
     *
     * @param date the date, not null
     */
    public Milestone {
      Objects.requireNonNull(date, "date");
    }

    /**
     * Always {@link IndicatorKind#MILESTONE}.
     *
     * @return the kind
     */
    @Override
    public IndicatorKind kind() {
      return IndicatorKind.MILESTONE;
    }

    /**
     * The ISO date.
     *
     * @return the readable value
     */
    @Override
    public String toString() {
      return date.toString();
    }
  }
}
