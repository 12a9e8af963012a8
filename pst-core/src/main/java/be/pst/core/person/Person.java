package be.pst.core.person;

import be.pst.core.style.PstStyle;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person named in a plan (personne): a political pilot (mandataire), an administrative
 * pilot, a referent or a team member, known by name as written ("Marie Dupont"), by first and
 * last name (as the regional exchange format splits them), by initials ("LM" in seed 002), or
 * by a role alone ("Présidente du CPAS"), with optional civility, phone and e-mail.
 *
 * <p>At least one of name, first name, last name, initials or role is required; the split of a
 * name is kept exactly as given, never guessed from {@link #name()}. Instances are immutable and
 * thread-safe.
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
   * The initials, if known ({@code "LM"}).
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
   * The first name (prénom), when the source gives the name split.
   *
   * @return the first name
   */
  public abstract Optional<String> firstName();

  /**
   * The last name (nom), when the source gives the name split.
   *
   * @return the last name
   */
  public abstract Optional<String> lastName();

  /**
   * The civility (Monsieur, Madame), if given.
   *
   * @return the civility
   */
  public abstract Optional<Civility> civility();

  /**
   * A phone number, as written.
   *
   * @return the phone number
   */
  public abstract Optional<String> phone();

  /**
   * An e-mail address, as written.
   *
   * @return the e-mail address
   */
  public abstract Optional<String> email();

  /**
   * How to call this person: the name if known, else first and last name, else the initials,
   * else the role.
   *
   * @return the display name
   */
  public String displayName() {
    if (name().isPresent()) {
      return name().get();
    }
    if (firstName().isPresent() || lastName().isPresent()) {
      return (firstName().orElse("") + " " + lastName().orElse("")).strip();
    }
    return initials().or(this::role).orElseThrow();
  }

  @Value.Check
  void check() {
    if (name().isEmpty() && firstName().isEmpty() && lastName().isEmpty() && initials().isEmpty()
        && role().isEmpty()) {
      throw new IllegalStateException(
          "A person needs a name, a first or last name, initials or a role");
    }
    name().ifPresent(n -> requireNonBlank(n, "name"));
    firstName().ifPresent(n -> requireNonBlank(n, "firstName"));
    lastName().ifPresent(n -> requireNonBlank(n, "lastName"));
    initials().ifPresent(i -> requireNonBlank(i, "initials"));
    role().ifPresent(r -> requireNonBlank(r, "role"));
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
    if (!displayName().equals(initials().orElse(null)) && initials().isPresent()) {
      s.append(" (").append(initials().get()).append(')');
    }
    if (!displayName().equals(role().orElse(null))) {
      role().ifPresent(r -> s.append(", ").append(r));
    }
    return s.toString();
  }
}
