package be.pst.core.element;

import be.pst.core.indicator.Indicator;
import java.util.List;
import java.util.Optional;

/**
 * What every element of a plan's tree has in common (élément du plan): a strategic objective,
 * an operational objective or an action. Codes are unique in a plan (checked by the validator)
 * and written in any style of the seeds: {@code OS1-OP1-A1}, {@code 101}, {@code 1.1.1},
 * {@code Action 49}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface PlanElement {

  /**
   * The code (référence), unique in the plan.
   *
   * @return the code, not blank
   */
  String code();

  /**
   * The title (intitulé).
   *
   * @return the title, not blank
   */
  String title();

  /**
   * A longer description, if any.
   *
   * @return the description
   */
  Optional<String> description();

  /**
   * The volet this element is declared in, if declared on the element itself; see {@code
   * Plan.effectiveVolet} for the volet inherited from its parents.
   *
   * @return the volet
   */
  Optional<Volet> volet();

  /**
   * The indicators of this element.
   *
   * @return the indicators
   */
  List<Indicator> indicators();

  /**
   * Free comments, if any (commentaires).
   *
   * @return the comments
   */
  Optional<String> comments();
}
