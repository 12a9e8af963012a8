package be.pst.core.action;

import be.pst.core.funding.FundingSource;
import be.pst.core.indicator.Indicator;
import be.pst.core.element.PlanElement;
import be.pst.core.element.Volet;
import be.pst.core.person.Person;
import be.pst.core.schedule.Schedule;
import be.pst.core.style.PstStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * An action of a plan (action, projet, fiche action): "how — who does what, when, with which
 * means". It sits under its home operational objective, may serve others transversally
 * ({@link #objectiveShares()}), may have sub-actions and steps, and carries the details of the
 * seeds' fiches: context, risks, schedule, status, priority, progress, health, pilots, services,
 * partners, synergy, funding, human resources, SDGs, local plans, budget impact.
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
  public static final class Builder extends ImmutableAction.Builder {
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
   * When the action takes place (début, fin).
   *
   * @return the schedule
   */
  public abstract Optional<Schedule> schedule();

  /**
   * The status (statut).
   *
   * @return the status
   */
  public abstract Optional<Status> status();

  /**
   * The priority (priorité).
   *
   * @return the priority
   */
  public abstract Optional<Priority> priority();

  /**
   * The progress in percent (taux d'avancement), as entered: the validator checks it lies in
   * 0–100.
   *
   * @return the progress
   */
  public abstract Optional<BigDecimal> progress();

  /**
   * The health (indice de santé).
   *
   * @return the health
   */
  public abstract Optional<Health> health();

  /**
   * The political pilot (mandataire, échevin, président).
   *
   * @return the political pilot
   */
  public abstract Optional<Person> politicalPilot();

  /**
   * The administrative pilot (pilote administratif, responsable).
   *
   * @return the administrative pilot
   */
  public abstract Optional<Person> administrativePilot();

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
   * The names of the services involved (services concernés), see the plan's declared services.
   *
   * @return the service names
   */
  public abstract List<String> services();

  /**
   * The names of the external partners (partenaires), see the plan's declared partners.
   *
   * @return the partner names
   */
  public abstract List<String> partners();

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
   * The funding sources (subsides, sources de financement).
   *
   * @return the funding sources
   */
  public abstract List<FundingSource> fundingSources();

  /**
   * The staff time needed (ressources humaines).
   *
   * @return the human resources
   */
  public abstract Optional<HumanResources> humanResources();

  /**
   * The sustainable development goals served (ODD), in goal order.
   *
   * @return the goals
   */
  @Value.NaturalOrder
  public abstract SortedSet<Sdg> sdgs();

  /**
   * The local themes (enjeux, seed 003).
   *
   * @return the themes
   */
  public abstract List<String> themes();

  /**
   * The other local plans the action serves (PCS, plan de gestion, PCDN…).
   *
   * @return the local plans
   */
  public abstract List<String> localPlans();

  /**
   * The date of the last update of the fiche (dernière mise à jour).
   *
   * @return the last update
   */
  public abstract Optional<LocalDate> lastUpdate();

  /**
   * Whether the action has a budget impact (impact budgétaire oui/non), if stated.
   *
   * @return the budget impact flag
   */
  public abstract Optional<Boolean> budgetImpact();

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
   * Whether a political or an administrative pilot is named.
   *
   * @return {@code true} if piloted
   */
  public boolean hasPilot() {
    return politicalPilot().isPresent() || administrativePilot().isPresent();
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
