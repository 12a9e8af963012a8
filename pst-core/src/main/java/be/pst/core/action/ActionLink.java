package be.pst.core.action;

import be.pst.core.style.PstStyle;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link from an action to another action of the plan (lien entre actions): a prerequisite, a
 * follow-up, a shared budget ("combinée avec les actions 2 et 3", "suite de l'action 6", "Idem
 * A1"). Whether the other action exists is checked by the validator.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class ActionLink implements WithActionLink {

  ActionLink() {}

  /**
   * A new builder.
   *
   * @return a builder of links
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActionLink}; obtain one with {@link ActionLink#builder()}. */
  public static final class Builder extends ImmutableActionLink.Builder {
    Builder() {}
  }

  /**
   * A link to another action.
   *
   * @param kind how the actions relate
   * @param actionCode the code of the other action, not blank
   * @return the link
   */
  public static ActionLink of(LinkKind kind, String actionCode) {
    return builder().kind(Objects.requireNonNull(kind, "kind"))
        .actionCode(Objects.requireNonNull(actionCode, "actionCode")).build();
  }

  /**
   * How the actions relate.
   *
   * @return the kind of link
   */
  public abstract LinkKind kind();

  /**
   * The code of the other action.
   *
   * @return the code, not blank
   */
  public abstract String actionCode();

  /**
   * The words of the fiche, if any ("combinée avec les actions 2 et 3").
   *
   * @return the note
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    if (actionCode().isBlank()) {
      throw new IllegalArgumentException("the action code of a link must not be blank");
    }
  }

  /**
   * "Suite de A6".
   *
   * @return the readable link
   */
  @Override
  public String toString() {
    return kind().label() + " " + actionCode();
  }
}
