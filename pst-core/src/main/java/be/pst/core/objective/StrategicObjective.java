package be.pst.core.objective;

import be.pst.core.action.Action;
import be.pst.core.element.ElementBuilder;
import be.pst.core.element.PlanElement;
import be.pst.core.element.Volet;
import be.pst.core.style.PstStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A strategic objective (objectif stratégique, OS): "what we want to be" in six years, e.g.
 * "Être un CPAS qui garantisse à chaque citoyen un accueil et un suivi de qualité". It groups
 * operational objectives and may belong to an axis and serve political objectives (DPS/DPC).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class StrategicObjective implements PlanElement, WithStrategicObjective {

  StrategicObjective() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of strategic objectives
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StrategicObjective}; obtain one with {@link StrategicObjective#builder()}. */
  public static final class Builder extends ImmutableStrategicObjective.Builder
      implements ElementBuilder<Builder> {
    Builder() {}
  }

  /**
   * The code of the axis this objective belongs to, if the plan has axes (seed 004).
   *
   * @return the axis code
   */
  public abstract Optional<String> axisCode();

  /**
   * The codes of the political objectives (DPS/DPC) this objective serves (seed 003).
   *
   * @return the political objective codes
   */
  public abstract List<String> politicalObjectiveCodes();

  /**
   * The operational objectives, in document order.
   *
   * @return the operational objectives
   */
  public abstract List<OperationalObjective> operationalObjectives();

  /**
   * Every action under this objective, sub-actions included, depth-first in document order.
   *
   * @return the actions
   */
  public List<Action> actions() {
    return operationalObjectives().stream()
        .flatMap(oo -> oo.actions().stream())
        .flatMap(Action::selfAndSubActions)
        .collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    PlanElements.requireText(code(), "code");
    PlanElements.requireText(title(), "title");
  }

  /**
   * "OS1 - title (4 OO, 12 actions)".
   *
   * @return the readable objective
   */
  @Override
  public String toString() {
    return code()
        + " - "
        + title()
        + " ("
        + operationalObjectives().size()
        + " OO, "
        + actions().size()
        + " actions)";
  }
}
