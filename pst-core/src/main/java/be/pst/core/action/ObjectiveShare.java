package be.pst.core.action;

import be.pst.core.style.PstStyle;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An operational objective a transversal action serves (part de l'action par objectif, seed 003
 * and the regional tool): the objective's code and, when the plan states it, the percentage of
 * the action's budget it receives. When an action's shares give percentages, they cover every
 * objective served, home included, and sum to 100; when they do not (seed 003 states the
 * principle without shares), the budget stays with the home objective.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class ObjectiveShare implements WithObjectiveShare {

  ObjectiveShare() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of shares
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ObjectiveShare}; obtain one with {@link ObjectiveShare#builder()}. */
  public static final class Builder extends ImmutableObjectiveShare.Builder {
    Builder() {}
  }

  /**
   * The share of {@code percent} % to the objective {@code operationalObjectiveCode}.
   *
   * @param operationalObjectiveCode the code of the operational objective
   * @param percent the percentage, e.g. 50
   * @return the share
   */
  public static ObjectiveShare of(String operationalObjectiveCode, BigDecimal percent) {
    return builder()
        .operationalObjectiveCode(
            Objects.requireNonNull(operationalObjectiveCode, "operationalObjectiveCode"))
        .percent(Objects.requireNonNull(percent, "percent"))
        .build();
  }

  /**
   * The code of the operational objective served.
   *
   * @return the code
   */
  public abstract String operationalObjectiveCode();

  /**
   * A link to an objective the action also serves, with no percentage: the plan states that the
   * action serves it (seed 003) but gives no share of its budget.
   *
   * @param operationalObjectiveCode the code of the operational objective
   * @return the share without percentage
   */
  public static ObjectiveShare of(String operationalObjectiveCode) {
    return builder()
        .operationalObjectiveCode(
            Objects.requireNonNull(operationalObjectiveCode, "operationalObjectiveCode"))
        .build();
  }

  /**
   * The percentage of the action's budget given to that objective, when the plan states one
   * (not checked here; the validator checks that stated shares are positive and sum to 100).
   * Without percentages, the action serves the objective but its budget stays with its home
   * objective.
   *
   * @return the percentage
   */
  public abstract Optional<BigDecimal> percent();

  @Value.Check
  void check() {
    if (operationalObjectiveCode().isBlank()) {
      throw new IllegalArgumentException("the objective code of a share must not be blank");
    }
  }

  /**
   * "OO1.2: 50 %".
   *
   * @return the readable share
   */
  @Override
  public String toString() {
    return operationalObjectiveCode() + percent().map(p -> ": " + p.toPlainString() + " %")
        .orElse("");
  }
}
