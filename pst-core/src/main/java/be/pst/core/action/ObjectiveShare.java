package be.pst.core.action;

import be.pst.core.style.PstStyle;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The share of a transversal action given to one operational objective it serves (part de
 * l'action par objectif, seed 003 and the regional tool): the objective's code and a
 * percentage of the action's budget. An action's shares, home objective included, sum to 100.
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
   * The percentage of the action given to that objective (not checked here; the validator
   * checks shares are positive and sum to 100).
   *
   * @return the percentage
   */
  public abstract BigDecimal percent();

  @Value.Check
  void check() {
    Objects.requireNonNull(operationalObjectiveCode(), "operationalObjectiveCode");
    Objects.requireNonNull(percent(), "percent");
  }

  /**
   * "OO1.2: 50 %".
   *
   * @return the readable share
   */
  @Override
  public String toString() {
    return operationalObjectiveCode() + ": " + percent().toPlainString() + " %";
  }
}
