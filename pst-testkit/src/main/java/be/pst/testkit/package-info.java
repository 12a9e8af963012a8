/**
 * jqwik arbitraries for PST values, to write property tests that guard budget totals, plan
 * rules and the exchange of plans (générateurs de données de test).
 *
 * <p>{@link be.pst.testkit.PstArbitraryProvider}, registered through jqwik's {@code
 * ArbitraryProvider} service-loader file, gives the PST types to every {@code @ForAll}
 * parameter, next to jqwik's defaults:
 *
 * <pre>{@code
 * @Property
 * void totalsAreStable(@ForAll BudgetedPlan plan, @ForAll int year) { ... }
 * }</pre>
 *
 * <p>{@link be.pst.testkit.PstArbitraries} is the static entry for configured values: amounts
 * in euros, economic groups, budget articles, funding sources, fundings, persons, pilots,
 * budget lines, actions, plans of configurable size and budgeted plans. Every configurable
 * arbitrary ({@link be.pst.testkit.AmountArbitrary}, {@link be.pst.testkit.BudgetLineArbitrary},
 * {@link be.pst.testkit.PlanArbitrary}, {@link be.pst.testkit.BudgetedPlanArbitrary}) is
 * immutable: each {@code with…}, {@code in…} or {@code …Only} method returns a new arbitrary.
 * {@link be.pst.testkit.PlanDefect} and {@link be.pst.testkit.BudgetDefect} name the defects
 * dirty plans receive.
 *
 * <p>Plans are drawn as drafts of a few numbers and assembled by a pure function, so failing
 * examples shrink towards small plans, few attributes, few lines, the first exercice of the
 * legislature and amounts near zero.
 */
package be.pst.testkit;
