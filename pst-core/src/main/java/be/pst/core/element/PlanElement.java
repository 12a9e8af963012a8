package be.pst.core.element;

import be.pst.core.indicator.Indicator;
import be.pst.core.person.Pilot;
import be.pst.core.schedule.Schedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * What every element of a plan's tree has in common (élément du plan): a strategic objective,
 * an operational objective or an action. Codes are unique in a plan (checked by the validator)
 * and written in any style of the seeds: {@code OS1-OP1-A1}, {@code 101}, {@code 1.1.1},
 * {@code Action 49}.
 *
 * <p>Besides code, title and description, every element carries what the regional tools manage
 * on objectives and actions alike (iA.PST, the eComptes exchange format): an external
 * identifier, a volet, a status with its note, progress and health, a planned and an effective
 * schedule, political and administrative pilots, a department, services, partners, local plans,
 * categories, themes and SDGs, staff, indicators and comments.
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
   * The format of the description when it is not plain text (HTML, RTF), as the source gave it.
   *
   * @return the format
   */
  Optional<TextFormat> descriptionFormat();

  /**
   * The identifier of the element in another application (the {@code ElementId} of an eComptes
   * file, an iA.PST UID, an ERP key), kept as given.
   *
   * @return the external identifier
   */
  Optional<ExternalId> externalId();

  /**
   * The volet this element is declared in, if declared on the element itself; see {@code
   * Plan.effectiveVolet} for the volet inherited from its parents.
   *
   * @return the volet
   */
  Optional<Volet> volet();

  /**
   * The status (statut).
   *
   * @return the status
   */
  Optional<Status> status();

  /**
   * A remark on the status (remarque sur le statut, eComptes {@code RemarqueStatut}).
   *
   * @return the note
   */
  Optional<String> statusNote();

  /**
   * The format of the status note when it is not plain text.
   *
   * @return the format
   */
  Optional<TextFormat> statusNoteFormat();

  /**
   * The priority (priorité).
   *
   * @return the priority
   */
  Optional<Priority> priority();

  /**
   * What the plan adds to the priority ("au-delà de 2019" after "Projet postposé", seed 003).
   *
   * @return the note
   */
  Optional<String> priorityNote();

  /**
   * The progress in percent (taux d'avancement), as entered: the validator checks it lies in
   * 0–100.
   *
   * @return the progress
   */
  Optional<BigDecimal> progress();

  /**
   * The health (indice de santé).
   *
   * @return the health
   */
  Optional<Health> health();

  /**
   * Details of the health (détails de l'indice de santé), if any.
   *
   * @return the note
   */
  Optional<String> healthNote();

  /**
   * When the element is planned to take place (début, fin, échéance).
   *
   * @return the planned schedule
   */
  Optional<Schedule> schedule();

  /**
   * When the element actually took place (dates effectives), as iA.PST records them.
   *
   * @return the effective schedule
   */
  Optional<Schedule> effectiveSchedule();

  /**
   * The political pilots (mandataires: échevin, président…), in the plan's order.
   *
   * @return the political pilots
   */
  List<Pilot> politicalPilots();

  /**
   * The administrative pilots (pilotes administratifs, responsables): persons, roles or
   * services, in the plan's order.
   *
   * @return the administrative pilots
   */
  List<Pilot> administrativePilots();

  /**
   * The department in charge (département, eComptes {@code Departement}), if named.
   *
   * @return the department
   */
  Optional<String> department();

  /**
   * The names of the services involved (services concernés), see the plan's declared services.
   *
   * @return the service names
   */
  List<String> services();

  /**
   * The names of the external partners (partenaires), see the plan's declared partners.
   *
   * @return the partner names
   */
  List<String> partners();

  /**
   * The other local plans the element serves (PCS, plan de gestion, PCDN…).
   *
   * @return the local plans
   */
  List<String> localPlans();

  /**
   * The categories the authority files the element under (catégories, configurable in iA.PST).
   *
   * @return the categories
   */
  List<String> categories();

  /**
   * The local themes (enjeux, seed 003).
   *
   * @return the themes
   */
  List<String> themes();

  /**
   * The sustainable development goals served (ODD), in goal order.
   *
   * @return the goals
   */
  @Value.NaturalOrder
  SortedSet<Sdg> sdgs();

  /**
   * The staff the element needs (ressources humaines, ETP).
   *
   * @return the human resources
   */
  Optional<HumanResources> humanResources();

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

  /**
   * The date of the last update of the element (dernière mise à jour).
   *
   * @return the last update
   */
  Optional<LocalDate> lastUpdate();

  /**
   * Whether a pilot of either kind is named.
   *
   * @return {@code true} if the element has a political or an administrative pilot
   */
  default boolean hasPilot() {
    return !politicalPilots().isEmpty() || !administrativePilots().isEmpty();
  }
}
