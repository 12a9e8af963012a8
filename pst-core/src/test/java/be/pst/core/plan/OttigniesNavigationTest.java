package be.pst.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.action.Action;
import be.pst.core.action.ActionFilters;
import be.pst.core.action.BudgetImpact;
import be.pst.core.element.Status;
import be.pst.core.fixtures.Ottignies;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.element.PlanElement;
import be.pst.core.element.ElementPath;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OttigniesNavigationTest {

  private final Plan plan = Ottignies.plan();

  @Test
  void os1HoldsFourOperationalObjectivesAndTwelveActions() {
    assertThat(plan.operationalObjectives())
        .extracting(OperationalObjective::code)
        .containsExactly("OP1", "OP2", "OP3", "OP4");
    assertThat(plan.actions()).hasSize(12);
    assertThat(plan.actions().get(0).code()).isEqualTo("OS1-OP1-A1");
    assertThat(plan.actions().get(11).code()).isEqualTo("OS1-OP4-A12");
  }

  @Test
  void findsAnyElementByCode() {
    assertThat(plan.find("OP2").map(PlanElement::title)).hasValueSatisfying(t -> assertThat(t).startsWith("Renforcer la politique d'insertion"));
    assertThat(plan.findAction("OS1-OP1-A4").flatMap(Action::status)).contains(Status.UNDER_STUDY);
    assertThat(plan.find("A99")).isEmpty();
    assertThat(plan.findAction("OP1")).isEmpty();
  }

  @Test
  void pathOfAndResolveAreInverse() {
    ElementPath path = plan.pathOf("OS1-OP2-A7").orElseThrow();
    assertThat(path).hasToString("OS1/OP2/OS1-OP2-A7");
    assertThat(plan.resolve(path)).isEqualTo(plan.find("OS1-OP2-A7"));
    for (PlanElement e : plan.elements()) {
      assertThat(plan.resolve(plan.pathOf(e.code()).orElseThrow())).contains(e);
    }
    assertThat(plan.resolve(ElementPath.parse("OS1/OP3/OS1-OP2-A7"))).isEmpty();
    assertThat(plan.resolve(ElementPath.root())).isEmpty();
  }

  @Test
  void actionsOfAnObjective() {
    assertThat(plan.actionsOf("OP1")).extracting(Action::code)
        .containsExactly("OS1-OP1-A1", "OS1-OP1-A2", "OS1-OP1-A3", "OS1-OP1-A4", "OS1-OP1-A5");
    assertThat(plan.actionsOf("OS1")).hasSize(12);
    assertThat(plan.actionsOf("OS1-OP1-A1")).isEmpty();
    assertThat(plan.actionsOf("nope")).isEmpty();
    assertThat(plan.homeOf("OS1-OP3-A9").map(OperationalObjective::code)).contains("OP3");
  }

  @Test
  void countByStatusIsTheDashboardFirstLine() {
    var count = plan.countByStatus();
    assertThat(count.count(Status.IN_PROGRESS)).isEqualTo(7);
    assertThat(count.count(Status.UNDER_STUDY)).isEqualTo(5);
    assertThat(count.count(Status.COMPLETED)).isZero();
    assertThat(count.withoutStatus()).isZero();
    assertThat(count.total()).isEqualTo(12);
    assertThat(count).hasToString("12 actions : À l'étude 5, En cours 7");
  }

  @Test
  void filtersCombine() {
    assertThat(plan.actions(ActionFilters.status(Status.UNDER_STUDY)))
        .extracting(Action::code)
        .containsExactly("OS1-OP1-A4", "OS1-OP2-A7", "OS1-OP2-A8", "OS1-OP3-A10", "OS1-OP4-A11");
    assertThat(plan.actions(ActionFilters.status(Status.IN_PROGRESS).and(a -> a.budgetImpact().equals(java.util.Optional.of(BudgetImpact.YES)))))
        .hasSize(6);
  }

  @Test
  void withActionReplacesTheActionWhereItSits() {
    Action a4 = plan.findAction("OS1-OP1-A4").orElseThrow();
    Plan updated = plan.withAction(a4.withStatus(Status.COMPLETED).withProgress(BigDecimal.valueOf(100)));
    assertThat(updated.findAction("OS1-OP1-A4").flatMap(Action::status)).contains(Status.COMPLETED);
    assertThat(updated.pathOf("OS1-OP1-A4")).isEqualTo(plan.pathOf("OS1-OP1-A4"));
    assertThat(plan.findAction("OS1-OP1-A4").flatMap(Action::status)).contains(Status.UNDER_STUDY);
    assertThat(updated.countByStatus().count(Status.COMPLETED)).isEqualTo(1);
  }

  @Test
  void aProjectGroupsTheActionsA1SaysToCombine() {
    // A1's fiche: "Cette action doit être combinée avec les actions 2 et 3 du PST."
    Plan withProject =
        Plan.builder()
            .authority(plan.authority())
            .title(plan.title())
            .legislature(plan.legislature())
            .addAllStrategicObjectives(plan.strategicObjectives())
            .addProjects(Project.of("P1", "Petite enfance", "OS1-OP1-A1", "OS1-OP1-A2", "OS1-OP1-A3"))
            .build();
    assertThat(withProject.actionsOfProject("P1"))
        .extracting(Action::code)
        .containsExactly("OS1-OP1-A1", "OS1-OP1-A2", "OS1-OP1-A3");
    assertThat(withProject.actionsOfProject("P2")).isEmpty();
    assertThat(withProject.project("P1").map(Project::toString)).contains("P1 - Petite enfance (3 actions)");
  }

  @Test
  void toStringsAreShortAndReadable() {
    assertThat(plan.toString())
        .isEqualTo(
            "PST «Programme Stratégique Transversal 2019-2024» – CPAS d'Ottignies-Louvain-la-Neuve"
                + " (CPAS, INS 25121), 2019–2024 : 1 OS, 4 OO, 12 actions");
    assertThat(plan.strategicObjectives().get(0).toString()).startsWith("OS1 - Etre un CPAS").endsWith("(4 OO, 12 actions)");
    assertThat(plan.findAction("OS1-OP1-A4").orElseThrow().toString())
        .isEqualTo(
            "OS1-OP1-A4 - Etudier la possibilité d'une gestion centralisée des demandes de place"
                + " pour l'ensemble des milieux d'accueil du CPAS et de la Commune [À l'étude]");
  }
}
