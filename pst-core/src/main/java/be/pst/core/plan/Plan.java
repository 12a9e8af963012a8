package be.pst.core.plan;

import be.pst.core.action.Action;
import be.pst.core.action.StatusCount;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.element.PlanElement;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.objective.VoletSection;
import be.pst.core.element.Volet;
import be.pst.core.style.PstStyle;
import be.pst.core.element.ElementPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A Programme Stratégique Transversal (PST): the six-year plan a commune or CPAS adopts at the
 * start of a legislature, a tree of strategic objectives, operational objectives and actions,
 * with the axes, political objectives, services, partners and projects it declares.
 *
 * <p>A plan is permissive: duplicate codes, dangling references or shares not summing to 100
 * can be built, and {@code PlanValidator} reports them. Navigation ({@link #find}, {@link
 * #pathOf}, {@link #resolve}) returns the first element in document order when codes are
 * duplicated. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Plan implements WithPlan {

  Plan() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of plans
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}; obtain one with {@link Plan#builder()}. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }

  /**
   * The commune or CPAS that adopts the plan.
   *
   * @return the authority
   */
  public abstract Authority authority();

  /**
   * The title of the plan.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * The legislature covered, e.g. 2019–2024.
   *
   * @return the legislature
   */
  public abstract Legislature legislature();

  /**
   * The date the council adopted the plan (date d'adoption), if known.
   *
   * @return the adoption date
   */
  public abstract Optional<LocalDate> adoptionDate();

  /**
   * The version label ("v1", "évaluation mi-législature"), if any.
   *
   * @return the version
   */
  public abstract Optional<String> version();

  /**
   * A description, if any.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * The axes grouping strategic objectives, if the plan has some.
   *
   * @return the axes
   */
  public abstract List<Axis> axes();

  /**
   * The declarations of policy (DPS, DPC) the plan translates.
   *
   * @return the declarations
   */
  public abstract List<PoliticalDeclaration> politicalDeclarations();

  /**
   * The political objectives (DPS/DPC) strategic objectives and actions refer to.
   *
   * @return the political objectives
   */
  public abstract List<PoliticalObjective> politicalObjectives();

  /**
   * The services of the authority the plan declares (kind {@link OrganisationKind#SERVICE}).
   *
   * @return the services
   */
  public abstract List<Organisation> services();

  /**
   * The external partners the plan declares (kind {@link OrganisationKind#PARTNER}).
   *
   * @return the partners
   */
  public abstract List<Organisation> partners();

  /**
   * The volets as elements, when the plan gives them more than a name (an eComptes file always
   * does); each lists the codes of its strategic objectives.
   *
   * @return the volet sections, in document order
   */
  public abstract List<VoletSection> voletSections();

  /**
   * The strategic objectives, in document order.
   *
   * @return the strategic objectives
   */
  public abstract List<StrategicObjective> strategicObjectives();

  /**
   * The projects grouping actions.
   *
   * @return the projects
   */
  public abstract List<Project> projects();

  @Value.Check
  void check() {
    Objects.requireNonNull(authority(), "authority");
    Objects.requireNonNull(legislature(), "legislature");
    Texts.require(title(), "plan title");
  }

  /**
   * The index of codes, computed once.
   *
   * @return the index
   */
  @Value.Lazy
  PlanIndex index() {
    return PlanIndex.of(this);
  }

  /**
   * Every element of the tree, depth-first in document order: each strategic objective, then
   * each of its operational objectives followed by their actions and sub-actions. Volet sections
   * are not in the tree: see {@link #voletSections()} ({@link #find} finds them too).
   *
   * @return the elements
   */
  public List<PlanElement> elements() {
    return index().elements();
  }

  /**
   * The element of that code (the first in document order if the code is duplicated).
   *
   * @param code a code
   * @return the element, empty if no element has that code
   */
  public Optional<PlanElement> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(index().byCode().get(code));
  }

  /**
   * The action of that code.
   *
   * @param code a code
   * @return the action, empty if no action has that code
   */
  public Optional<Action> findAction(String code) {
    return find(code).filter(Action.class::isInstance).map(Action.class::cast);
  }

  /**
   * The path of the element of that code, e.g. {@code OS1/OP2/A7}.
   *
   * @param code a code
   * @return the path, empty if no element has that code
   */
  public Optional<ElementPath> pathOf(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(index().paths().get(code));
  }

  /**
   * The element at that path, following codes from the strategic objectives down.
   *
   * @param path the path
   * @return the element, empty for the root path or if no element is there
   */
  public Optional<PlanElement> resolve(ElementPath path) {
    Objects.requireNonNull(path, "path");
    List<? extends PlanElement> children = strategicObjectives();
    PlanElement found = null;
    for (String code : path.segments()) {
      found = children.stream().filter(e -> e.code().equals(code)).findFirst().orElse(null);
      if (found == null) {
        return Optional.empty();
      }
      children = PlanIndex.children(found);
    }
    return Optional.ofNullable(found);
  }

  /**
   * Every operational objective, in document order.
   *
   * @return the operational objectives
   */
  public List<OperationalObjective> operationalObjectives() {
    return strategicObjectives().stream()
        .flatMap(os -> os.operationalObjectives().stream())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Every action, sub-actions included, depth-first in document order.
   *
   * @return the actions
   */
  public List<Action> actions() {
    return index().actions();
  }

  /**
   * The actions matching a filter (see {@code ActionFilters}), sub-actions included.
   *
   * @param filter the filter
   * @return the matching actions, in document order
   */
  public List<Action> actions(Predicate<? super Action> filter) {
    Objects.requireNonNull(filter, "filter");
    return actions().stream().filter(filter).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The actions under the element of that code: every action of a strategic or operational
   * objective, or the sub-actions of an action; depth-first, sub-actions included.
   *
   * @param code the code of an OS, an OO or an action
   * @return the actions, empty if the code is unknown
   */
  public List<Action> actionsOf(String code) {
    Optional<PlanElement> element = find(code);
    if (element.isEmpty()) {
      return List.of();
    }
    PlanElement e = element.get();
    if (e instanceof StrategicObjective) {
      return ((StrategicObjective) e).actions();
    }
    if (e instanceof OperationalObjective) {
      return ((OperationalObjective) e).allActions();
    }
    return ((Action) e)
        .selfAndSubActions()
        .skip(1)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The operational objective an action (or sub-action) is nested under: its home objective.
   *
   * @param actionCode the action's code
   * @return the home objective, empty if no action has that code
   */
  public Optional<OperationalObjective> homeOf(String actionCode) {
    return pathOf(actionCode)
        .filter(p -> p.segments().size() >= 3)
        .flatMap(p -> resolve(ElementPath.of(p.segments().subList(0, 2))))
        .map(OperationalObjective.class::cast);
  }

  /**
   * The volet of an element: its own, else the nearest one declared by its parents.
   *
   * @param code the element's code
   * @return the effective volet, empty if neither the element nor its parents declare one
   */
  public Optional<Volet> effectiveVolet(String code) {
    Optional<ElementPath> path = pathOf(code);
    while (path.isPresent() && !path.get().isRoot()) {
      Optional<Volet> volet = resolve(path.get()).flatMap(PlanElement::volet);
      if (volet.isPresent()) {
        return volet;
      }
      path = path.get().parent();
    }
    return Optional.empty();
  }

  /**
   * The actions whose effective volet ({@link #effectiveVolet}) is the given one.
   *
   * @param volet the volet
   * @return the actions, in document order
   */
  public List<Action> actionsInVolet(Volet volet) {
    Objects.requireNonNull(volet, "volet");
    return actions(a -> effectiveVolet(a.code()).map(volet::equals).orElse(false));
  }

  /**
   * The number of actions per status, sub-actions included: the first line of a dashboard.
   * Actions without status are counted under {@link StatusCount#withoutStatus()} rather than
   * under an {@code Optional} key.
   *
   * @return the count
   */
  public StatusCount countByStatus() {
    return StatusCount.of(actions());
  }

  /**
   * The project of that code.
   *
   * @param code the project's code
   * @return the project, empty if none
   */
  public Optional<Project> project(String code) {
    Objects.requireNonNull(code, "code");
    return projects().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /**
   * The actions of a project, in the project's order (unknown codes skipped).
   *
   * @param projectCode the project's code
   * @return the actions, empty if the project is unknown
   */
  public List<Action> actionsOfProject(String projectCode) {
    return project(projectCode).stream()
        .flatMap(p -> p.actionCodes().stream())
        .map(this::findAction)
        .flatMap(Optional::stream)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Copy where the action (or sub-action) with the same code as {@code action} is replaced by
   * it, wherever it sits; every element with that code is replaced.
   *
   * @param action the updated action
   * @return the modified copy
   * @throws IllegalArgumentException if no action has that code
   */
  public Plan withAction(Action action) {
    Objects.requireNonNull(action, "action");
    if (findAction(action.code()).isEmpty()) {
      throw new IllegalArgumentException("No action with code '" + action.code() + "' in plan");
    }
    List<StrategicObjective> result = new ArrayList<>();
    for (StrategicObjective os : strategicObjectives()) {
      List<OperationalObjective> oos = new ArrayList<>();
      for (OperationalObjective oo : os.operationalObjectives()) {
        oos.add(oo.withActions(replace(oo.actions(), action)));
      }
      result.add(os.withOperationalObjectives(oos));
    }
    return withStrategicObjectives(result);
  }

  /**
   * Copy where the element with the same code as {@code element} (a volet section, a strategic
   * objective, an operational objective, an action or a sub-action) is replaced by it, wherever
   * it sits; every element of that kind with that code is replaced.
   *
   * @param element the updated element
   * @return the modified copy
   * @throws IllegalArgumentException if no element has that code, or the element with that code
   *     is of another kind
   */
  public Plan replace(PlanElement element) {
    return PlanEdits.replace(this, Objects.requireNonNull(element, "element"));
  }

  /**
   * Copy without the element of that code and everything under it (dropping an action drops its
   * sub-actions; dropping an objective drops its objectives and actions). References to what is
   * removed are removed too: project action codes, action links, objective shares and volet
   * sections' objective codes.
   *
   * @param code the code of the element to remove
   * @return the modified copy
   * @throws IllegalArgumentException if no element has that code
   */
  public Plan remove(String code) {
    return PlanEdits.remove(this, Objects.requireNonNull(code, "code"));
  }

  /**
   * Copy where an action (or sub-action), with its sub-actions, moves to the end of another
   * operational objective, which becomes its home. Its objective shares are kept as they are:
   * validation says whether they still fit.
   *
   * @param actionCode the code of the action to move
   * @param operationalObjectiveCode the code of the objective it moves to
   * @return the modified copy
   * @throws IllegalArgumentException if no action or no operational objective has these codes
   */
  public Plan moveAction(String actionCode, String operationalObjectiveCode) {
    return PlanEdits.moveAction(this, Objects.requireNonNull(actionCode, "actionCode"),
        Objects.requireNonNull(operationalObjectiveCode, "operationalObjectiveCode"));
  }

  /**
   * Copy where the element of code {@code oldCode} is re-coded {@code newCode}, together with
   * every reference to it: objective shares, project action codes, action links and volet
   * sections' objective codes.
   *
   * @param oldCode the code to change
   * @param newCode the new code, not blank and not yet used
   * @return the modified copy
   * @throws IllegalArgumentException if no element has {@code oldCode}, {@code newCode} is blank
   *     or already the code of an element
   */
  public Plan recode(String oldCode, String newCode) {
    return PlanEdits.recode(this, Objects.requireNonNull(oldCode, "oldCode"), newCode);
  }

  /**
   * Copy where an element and everything under it are postponed (or brought forward): the
   * planned schedules of the element, of its objectives, actions and sub-actions, and of their
   * steps move by {@code years} and {@code months}, each date at its own precision. Effective
   * dates and indicator deadlines do not move.
   *
   * @param code the code of the element
   * @param years the years to add, negative to bring it forward
   * @param months the months to add on top
   * @return the modified copy
   * @throws IllegalArgumentException if no element has that code, a date known only to the year
   *     would move by a number of months that is not whole years, or a year would leave 1–9999
   */
  public Plan postpone(String code, int years, int months) {
    return PlanEdits.postpone(this, Objects.requireNonNull(code, "code"), years, months);
  }

  private static List<Action> replace(List<Action> actions, Action updated) {
    List<Action> result = new ArrayList<>();
    for (Action a : actions) {
      result.add(
          a.code().equals(updated.code())
              ? updated
              : a.subActions().isEmpty() ? a : a.withSubActions(replace(a.subActions(), updated)));
    }
    return result;
  }

  /**
   * "PST «title» – authority, 2019–2024 : 5 OS, 18 OO, 43 actions".
   *
   * @return the readable plan
   */
  @Override
  public String toString() {
    return "PST \u00ab"
        + title()
        + "\u00bb \u2013 "
        + authority()
        + ", "
        + legislature()
        + version().map(v -> " (" + v + ")").orElse("")
        + " : "
        + strategicObjectives().size()
        + " OS, "
        + operationalObjectives().size()
        + " OO, "
        + actions().size()
        + " actions";
  }
}
