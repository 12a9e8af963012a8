package be.pst.core.diff;

import be.pst.core.element.Status;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of a matched element that changed between two versions (transition de statut):
 * "À l'étude → En cours". Instances are immutable and thread-safe.
 *
 * @param kind the kind of element
 * @param code its code in the newer version
 * @param title its title in the newer version
 * @param before the older status, empty if there was none
 * @param after the newer status, empty if there is none
 */
public record StatusTransition(ElementKind kind, String code, String title,
    Optional<Status> before, Optional<Status> after) {

  /**
   * Checks the components.
   *
   * @param kind the kind of element
   * @param code its code
   * @param title its title
   * @param before the older status
   * @param after the newer status
   */
  public StatusTransition {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * "OS1-OP1-A1 : À l'étude → En cours".
   *
   * @return the readable transition
   */
  @Override
  public String toString() {
    return code + " : " + before.map(Status::label).orElse("—") + " → "
        + after.map(Status::label).orElse("—");
  }
}
