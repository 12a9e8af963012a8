package be.pst.core.action;

import be.pst.core.element.ElementBuilder;
import be.pst.core.element.PlanElement;
import be.pst.core.funding.Funding;
import be.pst.core.person.Person;
import be.pst.core.style.PstStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * An action of a plan (action, projet, fiche action): "how — who does what, when, with which
 * means". It sits under its home operational objective, may serve others transversally
 * ({@link #objectiveShares()}), may have sub-actions and steps, and carries the details of the
 * seeds' fiches: what every element carries ({@link PlanElement}: schedule, status, pilots,
 * services…) and context, risks, steps, referents, team, synergy, funding, budget impact and
 * items, political objectives, links to other actions.
 *
 * <p>The model is permissive where the validator reports: a progress of 140 % or shares not
 * summing to 100 can be built, and {@code PlanValidator} reports them. Only a blank code or
 * title is rejected. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Action implements PlanElement, WithAction {

  Action() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of actions
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Action}; obtain one with {@link Action#builder()}. */
  public static final class Builder extends ImmutableAction.Builder
      implements ElementBuilder<Builder> {
    Builder() {}
  }

  /**
   * An action with only a code and a title.
   *
   * @param code the code, not blank
   * @param title the title, not blank
   * @return the action
   */
  public static Action of(String code, String title) {
    return builder()
        .code(Objects.requireNonNull(code, "code"))
        .title(Objects.requireNonNull(title, "title"))
        .build();
  }

  /**
   * The context or findings that motivate the action (contexte, constat).
   *
   * @return the context
   */
  public abstract Optional<String> context();

  /**
   * The risks listed in the fiche (risques).
   *
   * @return the risks
   */
  public abstract List<String> risks();

  /**
   * The steps of the fiche (étapes).
   *
   * @return the steps
   */
  public abstract List<Step> steps();








  /**
   * The referents or project leaders (référents, chefs de projet).
   *
   * @return the referents
   */
  public abstract List<Person> referents();

  /**
   * The team (équipe).
   *
   * @return the team members
   */
  public abstract List<Person> team();



  /**
   * The synergy with the commune (synergie).
   *
   * @return the synergy
   */
  public abstract Optional<Synergy> synergy();

  /**
   * A note on the synergy ("avec le service travaux de la Ville").
   *
   * @return the synergy note
   */
  public abstract Optional<String> synergyNote();








  /**
   * Whether the action has a budget impact (impact budgétaire: oui, non, indéterminé), if stated.
   *
   * @return the budget impact
   */
  public abstract Optional<BudgetImpact> budgetImpact();

  /**
   * The budget items the fiche lists (postes budgétaires: "8 étagères : 74 euros/pièce").
   *
   * @return the items, in the fiche's order
   */
  public abstract List<BudgetItem> budgetItems();

  /**
   * The fundings the fiche names (subsides, sources de financement), with their status, rate,
   * amount, purpose and period when stated.
   *
   * @return the fundings
   */
  public abstract List<Funding> funding();

  /**
   * The codes of the political objectives (DPS/DPC) the action serves, when the fiche cites them
   * (seed 003 cites one per fiche, sometimes not its strategic objective's).
   *
   * @return the political objective codes
   */
  public abstract List<String> politicalObjectiveCodes();

  /**
   * The links to other actions (prérequis, suite, budget commun, idem).
   *
   * @return the links
   */
  public abstract List<ActionLink> links();

  /**
   * The narrative of the budget impact ("Coût annuel 1 puéricultrice = 38000€…").
   *
   * @return the budget note
   */
  public abstract Optional<String> budgetNote();

  /**
   * The sub-actions, in document order.
   *
   * @return the sub-actions
   */
  public abstract List<Action> subActions();

  /**
   * The shares of a transversal action: empty means 100 % to the home operational objective;
   * otherwise every objective served, home included, with shares summing to 100.
   *
   * @return the objective shares
   */
  public abstract List<ObjectiveShare> objectiveShares();

  @Value.Check
  void check() {
    requireText(code(), "code");
    requireText(title(), "title");
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("action " + name + " must not be blank");
    }
  }

  /**
   * This action then its sub-actions, depth-first in document order.
   *
   * @return the stream of this action and all its descendants
   */
  public Stream<Action> selfAndSubActions() {
    return Stream.concat(Stream.of(this), subActions().stream().flatMap(Action::selfAndSubActions));
  }

  /**
   * Whether this action serves several operational objectives.
   *
   * @return {@code true} if it has objective shares
   */
  public boolean isTransversal() {
    return !objectiveShares().isEmpty();
  }


  /**
   * "code - title [status, progress %]", with the number of sub-actions if any: "OS1-OP1-A1 -
   * Garantir le maintien… [En cours, 25 %]".
   *
   * @return the readable action
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(code()).append(" - ").append(title());
    StringBuilder tags = new StringBuilder();
    status().ifPresent(st -> tags.append(st.label()));
    progress()
        .ifPresent(
            p -> tags.append(tags.length() > 0 ? ", " : "").append(p.toPlainString()).append(" %"));
    if (tags.length() > 0) {
      s.append(" [").append(tags).append(']');
    }
    if (!subActions().isEmpty()) {
      s.append(" (").append(subActions().size()).append(" sous-actions)");
    }
    return s.toString();
  }
}
