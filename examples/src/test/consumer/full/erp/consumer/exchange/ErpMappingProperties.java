package erp.consumer.exchange;

import be.pst.budget.Budgets;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.money.EuroAmount;
import be.pst.testkit.PstArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The ERP's property tests, with pst's generators. */
public final class ErpMappingProperties {

  /** Creates the properties (jqwik does). */
  public ErpMappingProperties() {}

  /**
   * An amount survives the ERP's cents.
   *
   * @param amount any amount
   * @return whether it did
   */
  @Property
  boolean amountsSurviveTheErpsCents(@ForAll("amounts") EuroAmount amount) {
    return EuroAmount.ofCents(amount.cents()).equals(amount);
  }

  /**
   * Consolidation is repeatable.
   *
   * @param plan any budgeted plan, from pst-testkit's arbitrary provider
   * @return whether it is
   */
  @Property
  boolean consolidationIsRepeatable(@ForAll BudgetedPlan plan) {
    return Budgets.consolidate(plan).equals(Budgets.consolidate(plan));
  }

  @Provide
  Arbitrary<EuroAmount> amounts() {
    return PstArbitraries.amounts().between("0.01", "1000000.00");
  }
}
