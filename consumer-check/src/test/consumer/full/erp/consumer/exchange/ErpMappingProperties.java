package erp.consumer.exchange;

import be.pst.budget.Budgets;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.money.EuroAmount;
import be.pst.testkit.PstArbitraries;
import be.pst.testkit.PstDomain;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

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
  boolean amountsSurviveTheErpsCents(@ForAll("amounts") MonetaryAmount amount) {
    EuroAmount euros = EuroAmount.from(amount);
    return EuroAmount.ofCents(euros.cents()).equals(euros);
  }

  /**
   * Consolidation is repeatable.
   *
   * @param plan any budgeted plan
   * @return whether it is
   */
  @Property
  @Domain(PstDomain.class)
  boolean consolidationIsRepeatable(@ForAll BudgetedPlan plan) {
    return Budgets.consolidate(plan).equals(Budgets.consolidate(plan));
  }

  @Provide
  Arbitrary<MonetaryAmount> amounts() {
    return PstArbitraries.amounts().between("0.01", "1000000.00");
  }
}
