package be.pst.core.plan;

import be.pst.core.style.PstStyle;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An axis grouping strategic objectives (axe, seed 004: "Développer", "Mobiliser",
 * "Insérer").
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Axis implements WithAxis {

  Axis() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of axes
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Axis}; obtain one with {@link Axis#builder()}. */
  public static final class Builder extends ImmutableAxis.Builder {
    Builder() {}
  }

  /**
   * The axis of that code and title.
   *
   * @param code the code
   * @param title the title
   * @return the axis
   */
  public static Axis of(String code, String title) {
    return builder()
        .code(Objects.requireNonNull(code, "code"))
        .title(Objects.requireNonNull(title, "title"))
        .build();
  }

  /**
   * The code, referred to by {@code StrategicObjective.axisCode()}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * A description, if any.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Texts.require(code(), "axis code");
    Texts.require(title(), "axis title");
  }

  /**
   * "code - title".
   *
   * @return the readable axis
   */
  @Override
  public String toString() {
    return code() + " - " + title();
  }
}
