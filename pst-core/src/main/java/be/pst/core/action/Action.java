package be.pst.core.action;

import be.pst.core.funding.FundingSource;
import be.pst.core.indicator.Indicator;
import be.pst.core.objective.PlanElement;
import be.pst.core.objective.Volet;
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
public abstract class Action implements PlanElement {

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
   * Copy with another status.
   *
   * @param status the status
   * @return the modified copy
   */
  public Action withStatus(Status status) {
    return ImmutableAction.copyOf(this).withStatus(status);
  }

  /**
   * Copy with another priority.
   *
   * @param priority the priority
   * @return the modified copy
   */
  public Action withPriority(Priority priority) {
    return ImmutableAction.copyOf(this).withPriority(priority);
  }

  /**
   * Copy with another progress in percent.
   *
   * @param progress the progress
   * @return the modified copy
   */
  public Action withProgress(BigDecimal progress) {
    return ImmutableAction.copyOf(this).withProgress(progress);
  }

  /**
   * Copy with another health.
   *
   * @param health the health
   * @return the modified copy
   */
  public Action withHealth(Health health) {
    return ImmutableAction.copyOf(this).withHealth(health);
  }

  /**
   * Copy with another schedule.
   *
   * @param schedule the schedule
   * @return the modified copy
   */
  public Action withSchedule(Schedule schedule) {
    return ImmutableAction.copyOf(this).withSchedule(schedule);
  }

  /**
   * Copy with another title.
   *
   * @param title the title
   * @return the modified copy
   */
  public Action withTitle(String title) {
    return ImmutableAction.copyOf(this).withTitle(title);
  }

  /**
   * Copy with another description.
   *
   * @param description the description
   * @return the modified copy
   */
  public Action withDescription(String description) {
    return ImmutableAction.copyOf(this).withDescription(description);
  }

  /**
   * Copy with another volet.
   *
   * @param volet the volet
   * @return the modified copy
   */
  public Action withVolet(Volet volet) {
    return ImmutableAction.copyOf(this).withVolet(volet);
  }

  /**
   * Copy with another political pilot.
   *
   * @param pilot the political pilot
   * @return the modified copy
   */
  public Action withPoliticalPilot(Person pilot) {
    return ImmutableAction.copyOf(this).withPoliticalPilot(pilot);
  }

  /**
   * Copy with another administrative pilot.
   *
   * @param pilot the administrative pilot
   * @return the modified copy
   */
  public Action withAdministrativePilot(Person pilot) {
    return ImmutableAction.copyOf(this).withAdministrativePilot(pilot);
  }

  /**
   * Copy with another last update date.
   *
   * @param lastUpdate the date of the update
   * @return the modified copy
   */
  public Action withLastUpdate(LocalDate lastUpdate) {
    return ImmutableAction.copyOf(this).withLastUpdate(lastUpdate);
  }

  /**
   * Copy with another budget impact flag.
   *
   * @param budgetImpact whether the action has a budget impact
   * @return the modified copy
   */
  public Action withBudgetImpact(boolean budgetImpact) {
    return ImmutableAction.copyOf(this).withBudgetImpact(budgetImpact);
  }

  /**
   * Copy with other steps.
   *
   * @param elements the steps
   * @return the modified copy
   */
  public Action withSteps(Iterable<? extends Step> elements) {
    return ImmutableAction.copyOf(this).withSteps(elements);
  }

  /**
   * Copy with other indicators.
   *
   * @param elements the indicators
   * @return the modified copy
   */
  public Action withIndicators(Iterable<? extends Indicator> elements) {
    return ImmutableAction.copyOf(this).withIndicators(elements);
  }

  /**
   * Copy with other sub-actions.
   *
   * @param elements the sub-actions
   * @return the modified copy
   */
  public Action withSubActions(Iterable<? extends Action> elements) {
    return ImmutableAction.copyOf(this).withSubActions(elements);
  }

  /**
   * Copy with other objective shares.
   *
   * @param elements the shares
   * @return the modified copy
   */
  public Action withObjectiveShares(Iterable<? extends ObjectiveShare> elements) {
    return ImmutableAction.copyOf(this).withObjectiveShares(elements);
  }

  /**
   * Copy with another context.
   *
   * @param context the new value
   * @return the modified copy
   */
  public Action withContext(String context) {
    return ImmutableAction.copyOf(this).withContext(context);
  }

  /**
   * Copy with other comments.
   *
   * @param comments the new value
   * @return the modified copy
   */
  public Action withComments(String comments) {
    return ImmutableAction.copyOf(this).withComments(comments);
  }

  /**
   * Copy with other risks.
   *
   * @param risks the new value
   * @return the modified copy
   */
  public Action withRisks(Iterable<String> risks) {
    return ImmutableAction.copyOf(this).withRisks(risks);
  }

  /**
   * Copy with other service names.
   *
   * @param services the new value
   * @return the modified copy
   */
  public Action withServices(Iterable<String> services) {
    return ImmutableAction.copyOf(this).withServices(services);
  }

  /**
   * Copy with other partner names.
   *
   * @param partners the new value
   * @return the modified copy
   */
  public Action withPartners(Iterable<String> partners) {
    return ImmutableAction.copyOf(this).withPartners(partners);
  }

  /**
   * Copy with other referents.
   *
   * @param referents the new value
   * @return the modified copy
   */
  public Action withReferents(Iterable<? extends Person> referents) {
    return ImmutableAction.copyOf(this).withReferents(referents);
  }

  /**
   * Copy with another team.
   *
   * @param team the new value
   * @return the modified copy
   */
  public Action withTeam(Iterable<? extends Person> team) {
    return ImmutableAction.copyOf(this).withTeam(team);
  }

  /**
   * Copy with another synergy.
   *
   * @param synergy the new value
   * @return the modified copy
   */
  public Action withSynergy(Synergy synergy) {
    return ImmutableAction.copyOf(this).withSynergy(synergy);
  }

  /**
   * Copy with other funding sources.
   *
   * @param fundingSources the new value
   * @return the modified copy
   */
  public Action withFundingSources(Iterable<? extends FundingSource> fundingSources) {
    return ImmutableAction.copyOf(this).withFundingSources(fundingSources);
  }

  /**
   * Copy with other human resources.
   *
   * @param humanResources the new value
   * @return the modified copy
   */
  public Action withHumanResources(HumanResources humanResources) {
    return ImmutableAction.copyOf(this).withHumanResources(humanResources);
  }

  /**
   * Copy with other sustainable development goals.
   *
   * @param sdgs the new value
   * @return the modified copy
   */
  public Action withSdgs(Iterable<? extends Sdg> sdgs) {
    return ImmutableAction.copyOf(this).withSdgs(sdgs);
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
