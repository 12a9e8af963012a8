package be.pst.core.validation;

import be.pst.core.action.Action;
import be.pst.core.element.Status;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.person.Person;
import be.pst.core.person.Pilot;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.Schedule;
import java.util.List;

/** Small plans for rule tests: one OS "OS1", one OO "OO1", the actions given, 2019–2024. */
final class SmallPlans {

  private SmallPlans() {}

  /** A clean action: piloted, in progress, 2020–2024. */
  static Action action(String code) {
    return Action.builder()
        .code(code)
        .title("Action " + code)
        .status(Status.IN_PROGRESS)
        .schedule(Schedule.parse("2020-2024"))
        .addPoliticalPilots(Pilot.of(Person.of("Présidente du CPAS")))
        .build();
  }

  /** OO1 with these actions. */
  static OperationalObjective objective(Action... actions) {
    return objective("OO1", actions);
  }

  static OperationalObjective objective(String code, Action... actions) {
    return OperationalObjective.builder()
        .code(code)
        .title("Objectif " + code)
        .addActions(actions)
        .build();
  }

  /** The plan OS1 › OO1 › actions. */
  static Plan plan(Action... actions) {
    return plan(objective(actions));
  }

  /** The plan OS1 › objectives. */
  static Plan plan(OperationalObjective... objectives) {
    return builder(objectives).build();
  }

  /** A builder of the plan OS1 › objectives, to add axes, sections, projects… */
  static Plan.Builder builder(OperationalObjective... objectives) {
    return Plan.builder()
        .authority(Authority.of(AuthorityKind.CPAS, "CPAS de Test", "25121"))
        .title("PST de test")
        .legislature(Legislature.of(2019, 2024))
        .addStrategicObjectives(
            StrategicObjective.builder()
                .code("OS1")
                .title("Être un CPAS de test")
                .addOperationalObjectives(objectives)
                .build());
  }

  /** The places of the issues of a rule: their paths. */
  static List<String> paths(ValidationReport report, Rule rule) {
    return report.issues(rule).stream().map(i -> i.path().toString()).toList();
  }
}
