package be.pst.testkit;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.BudgetedPlan;
import be.pst.core.funding.FundingSource;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The PST domain for jqwik (domaine PST): lets a property ask for PST values by type, with the
 * defaults of {@link PstArbitraries}.
 *
 * <pre>{@code
 * @Property
 * @Domain(PstDomain.class)
 * void jsonKeepsTotals(@ForAll BudgetedPlan plan) { ... }
 * }</pre>
 *
 * <p>It provides {@link MonetaryAmount}, {@link EconomicGroup}, {@link BudgetArticle}, {@link
 * FundingSource}, {@link Legislature}, {@link BudgetLine}, {@link Plan} and {@link BudgetedPlan}.
 * As with every jqwik domain, only the types of the domains named on the property are provided:
 * add {@code @Domain(DomainContext.Global.class)} to also get jqwik's defaults ({@code int},
 * {@code String}…).
 *
 * <p>Instances are immutable and thread-safe.
 */
public class PstDomain extends DomainContextBase {

  /** Creates the domain; jqwik does it for {@code @Domain(PstDomain.class)}. */
  public PstDomain() {}

  /**
   * Amounts in euros from 0,00 € to 1.000.000,00 €.
   *
   * @return {@link PstArbitraries#amounts()}
   */
  @Provide
  public Arbitrary<MonetaryAmount> amounts() {
    return PstArbitraries.amounts();
  }

  /**
   * Every economic group.
   *
   * @return {@link PstArbitraries#economicGroups()}
   */
  @Provide
  public Arbitrary<EconomicGroup> economicGroups() {
    return PstArbitraries.economicGroups();
  }

  /**
   * Budget articles.
   *
   * @return {@link PstArbitraries#budgetArticles()}
   */
  @Provide
  public Arbitrary<BudgetArticle> budgetArticles() {
    return PstArbitraries.budgetArticles();
  }

  /**
   * Funding sources.
   *
   * @return {@link PstArbitraries#fundingSources()}
   */
  @Provide
  public Arbitrary<FundingSource> fundingSources() {
    return PstArbitraries.fundingSources();
  }

  /**
   * Six-year legislatures.
   *
   * @return {@link PstArbitraries#legislatures()}
   */
  @Provide
  public Arbitrary<Legislature> legislatures() {
    return PstArbitraries.legislatures();
  }

  /**
   * Plan-level budget lines in 2019–2024.
   *
   * @return {@link PstArbitraries#budgetLines()}
   */
  @Provide
  public Arbitrary<BudgetLine> budgetLines() {
    return PstArbitraries.budgetLines();
  }

  /**
   * Clean plans of the default size.
   *
   * @return {@link PstArbitraries#plans()}
   */
  @Provide
  public Arbitrary<Plan> plans() {
    return PstArbitraries.plans();
  }

  /**
   * Budgeted plans of the default size.
   *
   * @return {@link PstArbitraries#budgetedPlans()}
   */
  @Provide
  public Arbitrary<BudgetedPlan> budgetedPlans() {
    return PstArbitraries.budgetedPlans();
  }
}
