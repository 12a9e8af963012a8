package be.pst.core.person;

import be.pst.core.style.PstStyle;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who pilots an element of a plan (pilote): a named {@linkplain #person() person}, a role
 * without a name ("Directeurs généraux", seed 000 A15) or a service ("le service insertion qui
 * pilote ce projet", seed 000 A9; "Service RH", seed 002). An element may have several pilots of
 * each kind (seed 002 names up to six administrative pilots by initials).
 *
 * <p>A pilot of kind {@link PilotKind#PERSON} has a person and no name; the others have a name
 * and no person. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Pilot implements WithPilot {

  Pilot() {}

  /**
   * A new builder.
   *
   * @return a builder of pilots
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Pilot}; obtain one with {@link Pilot#builder()}. */
  public static final class Builder extends ImmutablePilot.Builder {
    Builder() {}
  }

  /**
   * A named person as pilot.
   *
   * @param person the person
   * @return the pilot
   */
  public static Pilot of(Person person) {
    return builder().kind(PilotKind.PERSON).person(Objects.requireNonNull(person, "person"))
        .build();
  }

  /**
   * A role as pilot, with no person named ("Directeurs généraux").
   *
   * @param role the role, not blank
   * @return the pilot
   */
  public static Pilot role(String role) {
    return builder().kind(PilotKind.ROLE).name(Objects.requireNonNull(role, "role")).build();
  }

  /**
   * A service as pilot ("Service insertion").
   *
   * @param service the name of the service, not blank
   * @return the pilot
   */
  public static Pilot service(String service) {
    return builder().kind(PilotKind.SERVICE).name(Objects.requireNonNull(service, "service"))
        .build();
  }

  /**
   * What kind of pilot this is.
   *
   * @return a person, a role or a service
   */
  public abstract PilotKind kind();

  /**
   * The person, for a pilot of kind {@link PilotKind#PERSON}.
   *
   * @return the person
   */
  public abstract Optional<Person> person();

  /**
   * The role or the service, for the other kinds.
   *
   * @return the name of the role or service
   */
  public abstract Optional<String> name();

  @Value.Check
  void check() {
    if (kind() == PilotKind.PERSON) {
      if (person().isEmpty() || name().isPresent()) {
        throw new IllegalStateException("a pilot of kind PERSON has a person and no name");
      }
    } else {
      if (name().isEmpty() || person().isPresent()) {
        throw new IllegalStateException(
            "a pilot of kind " + kind() + " has a name and no person");
      }
      if (name().get().isBlank()) {
        throw new IllegalArgumentException("the name of a pilot must not be blank");
      }
    }
  }

  /**
   * The person as {@link Person#toString()} prints it, or the role or service.
   *
   * @return the readable pilot
   */
  @Override
  public String toString() {
    return person().map(Person::toString).orElseGet(() -> name().orElseThrow());
  }
}
