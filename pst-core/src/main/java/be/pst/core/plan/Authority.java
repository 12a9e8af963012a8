package be.pst.core.plan;

import be.pst.core.style.PstStyle;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The local authority that adopts a plan (pouvoir local): a commune or a CPAS, its name and its
 * five-digit INS code (code INS / NIS, e.g. "25121" for Ottignies-Louvain-la-Neuve). The INS
 * code is kept as written; the validator warns when it is not five digits.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Authority implements WithAuthority {

  Authority() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of authorities
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Authority}; obtain one with {@link Authority#builder()}. */
  public static final class Builder extends ImmutableAuthority.Builder {
    Builder() {}
  }

  /**
   * The authority of that kind, name and INS code.
   *
   * @param kind commune or CPAS
   * @param name the name, e.g. "CPAS d'Ottignies-Louvain-la-Neuve"
   * @param insCode the INS code, e.g. "25121"
   * @return the authority
   */
  public static Authority of(AuthorityKind kind, String name, String insCode) {
    return builder()
        .kind(Objects.requireNonNull(kind, "kind"))
        .name(Objects.requireNonNull(name, "name"))
        .insCode(Objects.requireNonNull(insCode, "insCode"))
        .build();
  }

  /**
   * Commune or CPAS.
   *
   * @return the kind
   */
  public abstract AuthorityKind kind();

  /**
   * The name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The INS code of the commune, five digits as a string ("25121").
   *
   * @return the INS code
   */
  public abstract String insCode();

  /**
   * Whether the INS code is five digits.
   *
   * @return {@code true} if well-formed
   */
  public boolean hasValidInsCode() {
    return insCode().matches("\\d{5}");
  }

  @Value.Check
  void check() {
    Objects.requireNonNull(kind(), "kind");
    Objects.requireNonNull(name(), "name");
    Objects.requireNonNull(insCode(), "insCode");
    if (name().isBlank()) {
      throw new IllegalArgumentException("authority name must not be blank");
    }
  }

  /**
   * "CPAS d'Ottignies-Louvain-la-Neuve (CPAS, INS 25121)".
   *
   * @return the readable authority
   */
  @Override
  public String toString() {
    return name() + " (" + kind().label() + ", INS " + insCode() + ")";
  }
}
