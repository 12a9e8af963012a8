package be.pst.core.objective;

import be.pst.core.action.Action;
import be.pst.core.element.ElementBuilder;
import be.pst.core.element.PlanElement;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import be.pst.core.style.PstStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An operational objective (objectif opérationnel, OO): "what we want to do", e.g. "Poursuivre
 * le développement d'une politique de la Petite enfance de qualité". It holds actions; its
 * schedule may give a start ("Début 2021", seed 004) and a deadline (échéance) by which every
 * action must end.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class OperationalObjective implements PlanElement, WithOperationalObjective {

  OperationalObjective() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of operational objectives
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link OperationalObjective}; obtain one with {@link
   * OperationalObjective#builder()}.
   */
  public static final class Builder extends ImmutableOperationalObjective.Builder
      implements ElementBuilder<Builder> {
    Builder() {}
  }

  /**
   * The date by which every action of this objective must end (échéance): the end of its
   * {@linkplain #schedule() schedule}, if set.
   *
   * @return the deadline
   */
  public Optional<PartialDate> deadline() {
    return schedule().flatMap(Schedule::end);
  }

  /**
   * The actions whose home is this objective, in document order (sub-actions inside them).
   *
   * @return the actions
   */
  public abstract List<Action> actions();

  /**
   * Every action of this objective, sub-actions included, depth-first in document order.
   *
   * @return the actions
   */
  public List<Action> allActions() {
    return actions().stream()
        .flatMap(Action::selfAndSubActions)
        .collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    PlanElements.requireText(code(), "code");
    PlanElements.requireText(title(), "title");
  }

  /**
   * "OP1 - title (5 actions, échéance 2024)".
   *
   * @return the readable objective
   */
  @Override
  public String toString() {
    return code()
        + " - "
        + title()
        + " ("
        + allActions().size()
        + " actions"
        + deadline().map(d -> ", échéance " + d).orElse("")
        + ")";
  }
}
