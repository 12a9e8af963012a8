package be.pst.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.core.action.Action;
import be.pst.core.action.ActionLink;
import be.pst.core.action.LinkKind;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.element.Status;
import be.pst.core.fixtures.Ottignies;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The domain edits an ERP and a what-if scenario need, one call each (OS1 of Ottignies). */
class PlanEditsTest {

  private final Plan plan = Ottignies.plan();

  @Test
  void removingAnActionDropsItItsSubActionsAndTheReferencesToThem() {
    Plan linked = plan.replace(plan.findAction("OS1-OP1-A2").orElseThrow()
        .withLinks(ActionLink.of(LinkKind.FOLLOW_UP, "OS1-OP1-A1")))
        .withProjects(Project.of("P1", "Petite enfance", "OS1-OP1-A1", "OS1-OP1-A2"));

    Plan without = linked.remove("OS1-OP1-A1");

    assertThat(without.findAction("OS1-OP1-A1")).isEmpty();
    assertThat(without.actions()).hasSize(plan.actions().size() - 1);
    assertThat(without.findAction("OS1-OP1-A2").orElseThrow().links()).isEmpty();
    assertThat(without.projects().get(0).actionCodes()).containsExactly("OS1-OP1-A2");
    assertThatThrownBy(() -> plan.remove("A99")).hasMessage("no element 'A99' in the plan");
  }

  @Test
  void removingAnObjectiveDropsEverythingUnderIt() {
    Plan without = plan.remove("OP1");
    assertThat(without.operationalObjectives()).extracting(OperationalObjective::code)
        .containsExactly("OP2", "OP3", "OP4");
    assertThat(without.actions()).noneMatch(a -> a.code().startsWith("OS1-OP1-"));
  }

  @Test
  void replacingAnElementKeepsItsPlaceAndRefusesAnotherKind() {
    Action a1 = plan.findAction("OS1-OP1-A1").orElseThrow().withStatus(Status.COMPLETED);

    Plan replaced = plan.replace(a1);

    assertThat(replaced.findAction("OS1-OP1-A1").orElseThrow().status()).hasValue(Status.COMPLETED);
    assertThat(replaced.actions().indexOf(a1)).isEqualTo(plan.actions().indexOf(
        plan.findAction("OS1-OP1-A1").orElseThrow()));
    assertThatThrownBy(() -> plan.replace(Action.of("OP1", "Pas un objectif")))
        .hasMessage("'OP1' is an operational objective, not an action");
  }

  @Test
  void movingAnActionChangesItsHome() {
    Plan moved = plan.moveAction("OS1-OP1-A1", "OP4");

    assertThat(moved.homeOf("OS1-OP1-A1").map(OperationalObjective::code)).hasValue("OP4");
    assertThat(moved.find("OP4").map(e -> ((OperationalObjective) e).actions())
        .orElseThrow()).last().extracting(Action::code).isEqualTo("OS1-OP1-A1");
    assertThat(moved.actions()).hasSameSizeAs(plan.actions());
    assertThatThrownBy(() -> plan.moveAction("OS1-OP1-A1", "OS1-OP1-A2"))
        .hasMessageContaining("not an operational objective");
  }

  @Test
  void recodingAnObjectiveRenamesTheSharesThatNameIt() {
    Plan shared = plan.replace(plan.findAction("OS1-OP1-A1").orElseThrow().withObjectiveShares(
        ObjectiveShare.of("OP1", new BigDecimal("60")), ObjectiveShare.of("OP2", new BigDecimal("40"))));

    Plan recoded = shared.recode("OP2", "OS1-OP2");

    assertThat(recoded.find("OP2")).isEmpty();
    assertThat(recoded.find("OS1-OP2")).isPresent();
    assertThat(recoded.findAction("OS1-OP1-A1").orElseThrow().objectiveShares())
        .extracting(ObjectiveShare::operationalObjectiveCode).containsExactly("OP1", "OS1-OP2");
    assertThatThrownBy(() -> plan.recode("OP2", "OP3"))
        .hasMessage("'OP3' is already the code of an operational objective");
  }

  @Test
  void postponingAnActionMovesItsScheduleAndStepsAtTheirPrecision() {
    Action a1 = plan.findAction("OS1-OP1-A1").orElseThrow();

    Plan later = plan.postpone("OS1-OP1-A1", 1, 0);

    Schedule before = a1.schedule().orElseThrow();
    Schedule after = later.findAction("OS1-OP1-A1").orElseThrow().schedule().orElseThrow();
    assertThat(after.start()).isEqualTo(before.start().map(d -> d.plusYears(1)));
    assertThat(after.end()).isEqualTo(before.end().map(d -> d.plusYears(1)));
    assertThat(later.findAction("OS1-OP1-A2")).isEqualTo(plan.findAction("OS1-OP1-A2"));
  }

  @Test
  void datesKnownToTheYearMoveByWholeYearsOnly() {
    assertThat(PartialDate.ofYear(2020).plusMonths(24)).isEqualTo(PartialDate.ofYear(2022));
    assertThat(PartialDate.ofMonth(2020, 11).plusMonths(3)).isEqualTo(PartialDate.ofMonth(2021, 2));
    assertThat(PartialDate.parse("2020-01-31").plusMonths(1)).isEqualTo(PartialDate.parse("2020-02-29"));
    assertThatThrownBy(() -> PartialDate.ofYear(2020).plusMonths(6))
        .hasMessageContaining("whole years");
    assertThatThrownBy(() -> Schedule.parse("2020-2024").shift(8000, 0))
        .hasMessageContaining("1–9999");
    assertThat(Schedule.parse("dès 2020").shift(1, 0)).isEqualTo(Schedule.parse("dès 2021"));
  }

  @Test
  void editsLeaveTheOriginalUntouched() {
    plan.remove("OP1").recode("OP2", "X").postpone("OP3", 2, 0);
    assertThat(plan).isEqualTo(Ottignies.plan());
    assertThat(List.of(plan.actions().size())).containsExactly(12);
  }
}
