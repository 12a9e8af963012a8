package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.money.EuroAmount;
import be.pst.core.plan.Plan;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/**
 * The deprecated {@link PstDomain} keeps working for the properties written with it: it provides
 * the same types as {@link PstArbitraryProvider}.
 */
@SuppressWarnings("removal")
@Domain(PstDomain.class)
class PstDomainProperties {

  @Property(tries = 20)
  void theDeprecatedDomainStillProvidesThePstTypes(
      @ForAll BudgetedPlan budgeted, @ForAll Plan plan, @ForAll MonetaryAmount amount) {
    assertThat(budgeted.plan().legislature().exercices()).hasSize(6);
    assertThat(plan.strategicObjectives()).isNotEmpty();
    assertThat(EuroAmount.from(amount).cents()).isBetween(0L, 100_000_000L);
  }
}
