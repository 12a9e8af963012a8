package be.pst.core.action;

import be.pst.core.style.PstStyle;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * An item of an action's budget as a fiche lists it (poste budgétaire): "8 étagères : 74
 * euros/pièce … : 700 euros" (seed 004) is the label "étagères", a quantity of 8, a unit price of
 * 74 € per "pièce" and a stated amount of 700 €. Items are what the fiche says, typed so that
 * the validator can check that quantity × unit price gives the stated amount (8 × 74 = 592: the
 * seed is wrong).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class BudgetItem implements WithBudgetItem {

  BudgetItem() {}

  /**
   * A new builder.
   *
   * @return a builder of items; the label is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetItem}; obtain one with {@link BudgetItem#builder()}. */
  public static final class Builder extends ImmutableBudgetItem.Builder {
    Builder() {}
  }

  /**
   * What is bought or paid.
   *
   * @return the label, not blank
   */
  public abstract String label();

  /**
   * How many, if stated.
   *
   * @return the quantity
   */
  public abstract Optional<BigDecimal> quantity();

  /**
   * The unit of the quantity ("pièce", "heure"), if stated.
   *
   * @return the unit
   */
  public abstract Optional<String> unit();

  /**
   * The price of one unit, if stated.
   *
   * @return the unit price
   */
  public abstract Optional<MonetaryAmount> unitPrice();

  /**
   * The amount the fiche states for the item, if any.
   *
   * @return the stated amount
   */
  public abstract Optional<MonetaryAmount> amount();

  /**
   * What else the fiche says of the item ("180/150/50 galvanisé et métal").
   *
   * @return the note
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    if (label().isBlank()) {
      throw new IllegalArgumentException("the label of a budget item must not be blank");
    }
  }

  /**
   * "8 étagères × 74 EUR = 700 EUR".
   *
   * @return the readable item
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    quantity().ifPresent(q -> s.append(q.toPlainString()).append(' '));
    s.append(label());
    unitPrice().ifPresent(p -> s.append(" × ").append(p));
    amount().ifPresent(a -> s.append(" = ").append(a));
    return s.toString();
  }
}
