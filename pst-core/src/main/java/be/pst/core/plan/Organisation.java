package be.pst.core.plan;

import be.pst.core.style.PstStyle;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service of the authority or an external partner declared by a plan (service, partenaire),
 * to which actions refer by name.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Organisation implements WithOrganisation {

  Organisation() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of organisations
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}; obtain one with {@link Organisation#builder()}. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }

  /**
   * A service of the authority.
   *
   * @param name the name, e.g. "Service d'insertion socioprofessionnelle"
   * @return the organisation
   */
  public static Organisation service(String name) {
    return builder().name(Objects.requireNonNull(name, "name")).kind(OrganisationKind.SERVICE).build();
  }

  /**
   * An external partner.
   *
   * @param name the name, e.g. "Forem"
   * @return the organisation
   */
  public static Organisation partner(String name) {
    return builder().name(Objects.requireNonNull(name, "name")).kind(OrganisationKind.PARTNER).build();
  }

  /**
   * The name, as actions refer to it.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Service or partner.
   *
   * @return the kind
   */
  public abstract OrganisationKind kind();

  /**
   * A description, if any.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Texts.require(name(), "organisation name");
    Objects.requireNonNull(kind(), "kind");
  }

  /**
   * The name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name();
  }
}
