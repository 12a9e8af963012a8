package be.pst.core.person;

import be.pst.core.style.PstStyle;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person named in a plan (personne): a political pilot (mandataire), an administrative
 * pilot, a referent or a team member, known by name, by initials ("LM/AL" in seed 002), or
 * both, with an optional role ("Directeur général", "Présidente").
 *
 * <p>At least one of name or initials is required. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Person implements WithPerson {

  Person() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of persons
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}; obtain one with {@link Person#builder()}. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  /**
   * The person known by name.
   *
   * @param name the full name or function, not blank
   * @return the person
   */
  public static Person of(String name) {
    return builder().name(Objects.requireNonNull(name, "name")).build();
  }

  /**
   * The person known by name, with a role.
   *
   * @param name the full name, not blank
   * @param role the role, e.g. "Présidente"
   * @return the person
   */
  public static Person of(String name, String role) {
    return builder()
        .name(Objects.requireNonNull(name, "name"))
        .role(Objects.requireNonNull(role, "role"))
        .build();
  }

  /**
   * The person (or pair of persons) known by initials, e.g. {@code "LM/AL"}.
   *
   * @param initials the initials, not blank
   * @return the person
   */
  public static Person ofInitials(String initials) {
    return builder().initials(Objects.requireNonNull(initials, "initials")).build();
  }

  /**
   * The name, if known.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * The initials, if known ({@code "LM/AL"}).
   *
   * @return the initials
   */
  public abstract Optional<String> initials();

  /**
   * The role or function, if given.
   *
   * @return the role
   */
  public abstract Optional<String> role();

  /**
   * How to call this person: the name if known, else the initials.
   *
   * @return the display name
   */
  public String displayName() {
    return name().or(this::initials).orElseThrow();
  }

  @Value.Check
  void check() {
    if (name().isEmpty() && initials().isEmpty()) {
      throw new IllegalStateException("A person needs a name or initials");
    }
    name().ifPresent(n -> requireNonBlank(n, "name"));
    initials().ifPresent(i -> requireNonBlank(i, "initials"));
  }

  private static void requireNonBlank(String value, String what) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  /**
   * The display name, with initials and role when known: "Marie Dupont (MD), Présidente".
   *
   * @return the readable person
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(displayName());
    if (name().isPresent() && initials().isPresent()) {
      s.append(" (").append(initials().get()).append(')');
    }
    role().ifPresent(r -> s.append(", ").append(r));
    return s.toString();
  }
}
