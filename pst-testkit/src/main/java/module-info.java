/**
 * jqwik arbitraries for PST values ({@code PstArbitraries}) and a jqwik domain
 * ({@code PstDomain}), for property tests that guard budget totals and plan rules.
 *
 * <p>Requires {@code be.pst.budget} (hence {@code be.pst.core}) and jqwik's API
 * ({@code net.jqwik.api}) transitively: arbitraries of our types are this module's API. Running
 * properties also needs jqwik's engine, which a test project has anyway.
 */
module be.pst.testkit {
  requires transitive be.pst.budget;
  requires transitive net.jqwik.api;

  exports be.pst.testkit;

  // An arbitrary provider for jqwik's ServiceLoader needs both a
  // META-INF/services/net.jqwik.api.providers.ArbitraryProvider file (class path) and
  //   provides net.jqwik.api.providers.ArbitraryProvider with be.pst.testkit.…;
  // (module path); consumer-check's ModuleDescriptorTest fails when one lacks the other.
}
