package be.pst.core.plan;

import be.pst.core.style.PstStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project grouping several actions of a plan (projet), referred to by their codes.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Project implements WithProject {

  Project() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of projects
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}; obtain one with {@link Project#builder()}. */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }

  /**
   * A project of that code and title grouping the given actions.
   *
   * @param code the code
   * @param title the title
   * @param actionCodes the codes of the grouped actions
   * @return the project
   */
  public static Project of(String code, String title, String... actionCodes) {
    return builder()
        .code(Objects.requireNonNull(code, "code"))
        .title(Objects.requireNonNull(title, "title"))
        .addActionCodes(actionCodes)
        .build();
  }

  /**
   * The code, unique among projects.
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

  /**
   * The codes of the actions of this project.
   *
   * @return the action codes
   */
  public abstract List<String> actionCodes();

  @Value.Check
  void check() {
    Texts.require(code(), "project code");
    Texts.require(title(), "project title");
  }

  /**
   * "code - title (n actions)".
   *
   * @return the readable project
   */
  @Override
  public String toString() {
    return code() + " - " + title() + " (" + actionCodes().size() + " actions)";
  }
}
