package be.pst.core.action;

import be.pst.core.element.Status;
import be.pst.core.person.Person;
import be.pst.core.schedule.Schedule;
import be.pst.core.style.PstStyle;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A step of an action's fiche (étape), e.g. "Rencontre des partenaires", with its own schedule
 * and whether it is done.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Step implements WithStep {

  Step() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of steps
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Step}; obtain one with {@link Step#builder()}. */
  public static final class Builder extends ImmutableStep.Builder {
    Builder() {}
  }

  /**
   * A step not done, without schedule.
   *
   * @param title the title, not blank
   * @return the step
   */
  public static Step of(String title) {
    return builder().title(Objects.requireNonNull(title, "title")).build();
  }

  /**
   * A step not done, with a schedule.
   *
   * @param title the title, not blank
   * @param schedule when the step takes place
   * @return the step
   */
  public static Step of(String title, Schedule schedule) {
    return builder()
        .title(Objects.requireNonNull(title, "title"))
        .schedule(Objects.requireNonNull(schedule, "schedule"))
        .build();
  }

  /**
   * What the step is.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * When the step takes place, if planned.
   *
   * @return the schedule
   */
  public abstract Optional<Schedule> schedule();

  /**
   * Who carries the step out ("(GIORDANO Christophe)"), if named.
   *
   * @return the assignee
   */
  public abstract Optional<Person> assignee();

  /**
   * The state of the step ("(en cours)"), if stated.
   *
   * @return the status
   */
  public abstract Optional<Status> status();

  /**
   * Whether the step is done; {@code false} unless set.
   *
   * @return {@code true} if done
   */
  @Value.Default
  public boolean done() {
    return false;
  }

  @Value.Check
  void check() {
    Objects.requireNonNull(title(), "title");
    if (title().isBlank()) {
      throw new IllegalArgumentException("step title must not be blank");
    }
  }

  /**
   * "[x] title (schedule)".
   *
   * @return the readable step
   */
  @Override
  public String toString() {
    return (done() ? "[x] " : "[ ] ") + title() + schedule().map(s -> " (" + s + ")").orElse("")
        + assignee().map(a -> " — " + a).orElse("")
        + status().map(st -> " [" + st.label() + "]").orElse("");
  }
}
