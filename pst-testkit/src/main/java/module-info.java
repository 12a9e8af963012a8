/**
 * jqwik arbitraries for PST values, for property tests that guard budget totals and plan rules:
 * {@code @ForAll Plan}, {@code @ForAll BudgetedPlan} and the other PST types work without
 * {@code @Domain}, through jqwik's {@code ArbitraryProvider} service, and {@code
 * PstArbitraries} configures them.
 *
 * <p>Requires {@code be.pst.budget} (hence {@code be.pst.core}) and jqwik's API
 * ({@code net.jqwik.api}) transitively: arbitraries of our types are this module's API. Running
 * properties also needs jqwik's engine, which a test project has anyway.
 */
module be.pst.testkit {
  requires transitive be.pst.budget;
  requires transitive net.jqwik.api;

  exports be.pst.testkit;

  // A provider needs both META-INF/services/net.jqwik.api.providers.ArbitraryProvider (class
  // path) and this clause (module path); the examples' ModuleDescriptorTest fails when one lacks
  // the other.
  provides net.jqwik.api.providers.ArbitraryProvider with be.pst.testkit.PstArbitraryProvider;
}
