/**
 * jqwik arbitraries for PST values, to write property tests that guard budget totals and plan
 * rules (générateurs de données de test).
 *
 * <p>{@link be.pst.testkit.PstArbitraries} is the static entry: amounts in euros, economic
 * groups, budget articles, funding sources, budget lines, plans of configurable size and
 * budgeted plans. Every configurable arbitrary ({@link be.pst.testkit.AmountArbitrary}, {@link
 * be.pst.testkit.BudgetLineArbitrary}, {@link be.pst.testkit.PlanArbitrary}, {@link
 * be.pst.testkit.BudgetedPlanArbitrary}) is immutable: each {@code with…}, {@code in…} or {@code
 * …Only} method returns a new arbitrary. {@link be.pst.testkit.PstDomain} lets a property ask for
 * these values by type:
 *
 * <pre>{@code
 * @Property
 * @Domain(PstDomain.class)
 * void totalsAreStable(@ForAll BudgetedPlan plan) { ... }
 * }</pre>
 *
 * <p>Values are built from jqwik combinators only, so failing examples shrink towards small
 * plans, few lines, the first exercice of the legislature and amounts near zero.
 */
package be.pst.testkit;
