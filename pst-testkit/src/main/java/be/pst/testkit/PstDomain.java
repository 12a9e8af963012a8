package be.pst.testkit;

import java.util.Collection;
import java.util.List;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The PST domain for jqwik (domaine PST), from the versions before {@link PstArbitraryProvider}:
 * it provides the same types as that provider, and only them.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @deprecated Not needed: every property gets the PST types through {@link PstArbitraryProvider},
 *     which jqwik finds by itself. Worse, {@code @Domain(PstDomain.class)} switches jqwik's
 *     default arbitraries off, so that {@code @ForAll int} or {@code @ForAll String} no longer
 *     resolve in the same property. Remove the annotation; this class will be removed before
 *     1.0.
 */
@Deprecated(since = "0.1.0", forRemoval = true)
public class PstDomain extends DomainContextBase {

  /** Creates the domain; jqwik does it for {@code @Domain(PstDomain.class)}. */
  public PstDomain() {}

  /**
   * The provider of the PST types.
   *
   * @return a {@link PstArbitraryProvider}
   */
  @Override
  public Collection<ArbitraryProvider> getArbitraryProviders() {
    return List.of(new PstArbitraryProvider());
  }
}
