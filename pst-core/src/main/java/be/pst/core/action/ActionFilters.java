package be.pst.core.action;

import be.pst.core.element.Sdg;
import be.pst.core.element.Status;
import be.pst.core.funding.Funder;
import be.pst.core.label.Labels;
import be.pst.core.element.Volet;
import be.pst.core.person.Person;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Ready-made filters on actions for dashboards and reports (filtres), to combine with {@link
 * Predicate#and} and pass to {@code Plan.actions(Predicate)}. Names of services, partners and
 * pilots are compared accent-, case- and space-insensitively. This class is stateless and
 * thread-safe.
 */
public final class ActionFilters {

  private ActionFilters() {}

  /**
   * Actions having one of the given statuses.
   *
   * @param first a status
   * @param others more statuses
   * @return the filter
   */
  public static Predicate<Action> status(Status first, Status... others) {
    Set<Status> wanted = EnumSet.of(Objects.requireNonNull(first, "first"), others);
    return a -> a.status().map(wanted::contains).orElse(false);
  }

  /**
   * Actions with no status.
   *
   * @return the filter
   */
  public static Predicate<Action> noStatus() {
    return a -> a.status().isEmpty();
  }

  /**
   * Actions declared in the given volet (on the action itself; see {@code Plan.effectiveVolet}
   * and {@code Plan.actionsInVolet} for the volet inherited from objectives).
   *
   * @param volet the volet
   * @return the filter
   */
  public static Predicate<Action> volet(Volet volet) {
    Objects.requireNonNull(volet, "volet");
    return a -> a.volet().map(volet::equals).orElse(false);
  }

  /**
   * Actions involving the service of that name.
   *
   * @param name the service name
   * @return the filter
   */
  public static Predicate<Action> service(String name) {
    String key = Labels.normalize(Objects.requireNonNull(name, "name"));
    return a -> a.services().stream().anyMatch(s -> Labels.normalize(s).equals(key));
  }

  /**
   * Actions involving the partner of that name.
   *
   * @param name the partner name
   * @return the filter
   */
  public static Predicate<Action> partner(String name) {
    String key = Labels.normalize(Objects.requireNonNull(name, "name"));
    return a -> a.partners().stream().anyMatch(s -> Labels.normalize(s).equals(key));
  }

  /**
   * Actions tagged with the given sustainable development goal.
   *
   * @param sdg the goal
   * @return the filter
   */
  public static Predicate<Action> sdg(Sdg sdg) {
    Objects.requireNonNull(sdg, "sdg");
    return a -> a.sdgs().contains(sdg);
  }

  /**
   * Actions whose political or administrative pilot has that name or those initials.
   *
   * @param nameOrInitials a name or initials ("LM/AL")
   * @return the filter
   */
  public static Predicate<Action> pilot(String nameOrInitials) {
    String key = Labels.normalize(Objects.requireNonNull(nameOrInitials, "nameOrInitials"));
    Predicate<Person> matches =
        p ->
            p.name().map(n -> Labels.normalize(n).equals(key)).orElse(false)
                || p.initials().map(i -> Labels.normalize(i).equals(key)).orElse(false);
    Predicate<be.pst.core.person.Pilot> pilotMatches =
        p -> p.person().map(matches::test).orElse(false)
            || p.name().map(n -> Labels.normalize(n).equals(key)).orElse(false);
    return a ->
        a.politicalPilots().stream().anyMatch(pilotMatches)
            || a.administrativePilots().stream().anyMatch(pilotMatches);
  }

  /**
   * Actions funded (at least partly) by the given funder.
   *
   * @param funder the funder
   * @return the filter
   */
  public static Predicate<Action> fundedBy(Funder funder) {
    Objects.requireNonNull(funder, "funder");
    return a -> a.funding().stream().anyMatch(f -> f.source().funder() == funder);
  }
}
