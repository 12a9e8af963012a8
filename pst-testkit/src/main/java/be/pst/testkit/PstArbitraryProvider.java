package be.pst.testkit;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.funding.Funding;
import be.pst.core.funding.FundingSource;
import be.pst.core.person.Person;
import be.pst.core.person.Pilot;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Provides the PST types to {@code @ForAll} parameters of every property (fournisseur
 * d'arbitraires PST), next to jqwik's own defaults: jqwik finds it through the {@code
 * ArbitraryProvider} service-loader file of this jar, as it finds {@code jqwik-time}'s, so a
 * property needs no annotation besides {@code @ForAll}:
 *
 * <pre>{@code
 * @Property
 * void totalsSurviveAnExport(@ForAll BudgetedPlan plan, @ForAll int year, @ForAll String label) {
 *   ...
 * }
 * }</pre>
 *
 * <p>It provides, with the defaults of {@link PstArbitraries}: {@link Plan}, {@link
 * BudgetedPlan}, {@link Action}, {@link BudgetLine}, {@link EuroAmount} and {@link
 * MonetaryAmount} (0,00 € to 1.000.000,00 €), {@link BudgetArticle}, {@link FundingSource},
 * {@link Funding}, {@link Legislature}, {@link Person} and {@link Pilot}. Enumerations such as
 * {@code EconomicGroup}, {@code Status} or {@code BudgetFigure} come from jqwik's default
 * provider of enums. For other configurations write a {@code @Provide} method with {@link
 * PstArbitraries}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PstArbitraryProvider implements ArbitraryProvider {

  private static final Map<Class<?>, Supplier<Arbitrary<?>>> PROVIDED =
      Map.ofEntries(
          Map.entry(Plan.class, PstArbitraries::plans),
          Map.entry(BudgetedPlan.class, PstArbitraries::budgetedPlans),
          Map.entry(Action.class, PstArbitraries::actions),
          Map.entry(BudgetLine.class, PstArbitraries::budgetLines),
          Map.entry(EuroAmount.class, PstArbitraries::amounts),
          Map.entry(MonetaryAmount.class, PstArbitraries::amounts),
          Map.entry(BudgetArticle.class, PstArbitraries::budgetArticles),
          Map.entry(FundingSource.class, PstArbitraries::fundingSources),
          Map.entry(Funding.class, PstArbitraries::fundings),
          Map.entry(Legislature.class, PstArbitraries::legislatures),
          Map.entry(Person.class, PstArbitraries::persons),
          Map.entry(Pilot.class, PstArbitraries::pilots));

  /** Creates the provider; jqwik does it through the service loader. */
  public PstArbitraryProvider() {}

  /**
   * Whether the parameter's type is one of the PST types provided.
   *
   * @param targetType the type of the parameter
   * @return {@code true} for the types listed in the class description, exactly
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return PROVIDED.containsKey(targetType.getRawType());
  }

  /**
   * The arbitrary of {@link PstArbitraries} for the parameter's type.
   *
   * @param targetType the type of the parameter
   * @param subtypeProvider not used: PST types have no type parameters
   * @return one arbitrary
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(PROVIDED.get(targetType.getRawType()).get());
  }
}
