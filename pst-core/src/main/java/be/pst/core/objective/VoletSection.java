package be.pst.core.objective;

import be.pst.core.element.ElementBuilder;
import be.pst.core.element.PlanElement;
import be.pst.core.style.PstStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A volet as an element of the plan (volet), when the plan gives it more than a name: the
 * regional exchange format (eComptes) puts every strategic objective under a volet that has,
 * like any element, an identifier, a title ("Volet interne", or "NEANT" when a tool has no
 * volet), a status, pilots, dates, a department, local plans, partners and a budget.
 *
 * <p>A section lists the codes of the strategic objectives it holds, in order; its {@link
 * #volet()} is the volet those objectives belong to, when the section names one. Plans that only
 * tag elements with a volet need no section. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class VoletSection implements PlanElement, WithVoletSection {

  VoletSection() {}

  /**
   * A new builder.
   *
   * @return a builder of volet sections; code and title are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VoletSection}; obtain one with {@link VoletSection#builder()}. */
  public static final class Builder extends ImmutableVoletSection.Builder
      implements ElementBuilder<Builder> {
    Builder() {}
  }

  /**
   * The codes of the strategic objectives of this section, in document order.
   *
   * @return the strategic objective codes
   */
  public abstract List<String> strategicObjectiveCodes();

  @Value.Check
  void check() {
    PlanElements.requireText(code(), "code");
    PlanElements.requireText(title(), "title");
  }

  /**
   * "code - title (3 OS)".
   *
   * @return the readable section
   */
  @Override
  public String toString() {
    return code() + " - " + title() + " (" + strategicObjectiveCodes().size() + " OS)";
  }
}
