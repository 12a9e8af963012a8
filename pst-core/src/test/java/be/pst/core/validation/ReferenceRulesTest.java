package be.pst.core.validation;

import static be.pst.core.validation.SmallPlans.action;
import static be.pst.core.validation.SmallPlans.builder;
import static be.pst.core.validation.SmallPlans.objective;
import static be.pst.core.validation.SmallPlans.paths;
import static be.pst.core.validation.SmallPlans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.action.Action;
import be.pst.core.action.ActionLink;
import be.pst.core.action.LinkKind;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.objective.VoletSection;
import be.pst.core.plan.Axis;
import be.pst.core.plan.Plan;
import be.pst.core.plan.PoliticalObjective;
import be.pst.core.plan.Project;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unique codes and resolved references: what the JSON reader used to refuse, now reported here
 * with a path and a French message.
 */
class ReferenceRulesTest {

  private static VoletSection section(String code, String... strategicObjectives) {
    return VoletSection.builder().code(code).title("Volet " + code)
        .addStrategicObjectiveCodes(strategicObjectives).build();
  }

  @Test
  void codeSharedByElementsOfDifferentKindsIsADuplicate() {
    // an action coded like its OO, a sub-action coded like another action
    Action a1 = action("A1").withSubActions(List.of(Action.of("A2", "Sous-action")));
    Plan plan = plan(objective("OO1", a1, action("OO1"), action("A2")));
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(paths(report, Rule.DUPLICATE_CODE))
        .containsExactly("OS1/OO1/OO1", "OS1/OO1/A2");
    assertThat(report.issues(Rule.DUPLICATE_CODE).get(0).message())
        .contains("« OO1 »", "l'objectif opérationnel OS1/OO1");
    assertThat(report.issues(Rule.DUPLICATE_CODE).get(1).message())
        .contains("la sous-action OS1/OO1/A1/A2");
  }

  @Test
  void voletSectionCodesAreInTheSameSpaceAsElementCodes() {
    Plan plan = builder(objective(action("A1")))
        .addVoletSections(section("VI", "OS1"), section("VI", "OS1"), section("A1", "OS1"))
        .build();
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(report.issues(Rule.DUPLICATE_CODE)).hasSize(2)
        .anySatisfy(i -> {
          assertThat(i.path().isRoot()).isTrue();
          assertThat(i.message()).startsWith("section de volet « VI » : ");
        })
        .anySatisfy(i -> {
          assertThat(i.path()).hasToString("OS1/OO1/A1");
          assertThat(i.message()).contains("la section de volet « A1 »");
        });
  }

  @Test
  void duplicateAxisPoliticalObjectiveAndProjectCodesAreErrors() {
    Plan plan = builder(objective(action("A1")))
        .addAxes(Axis.of("1", "Développer"), Axis.of("1", "Mobiliser"))
        .addPoliticalObjectives(PoliticalObjective.of("DPS-1", "Un", "DPS"),
            PoliticalObjective.of("DPS-1", "Deux", "DPS"))
        .addProjects(Project.of("P1", "Projet", "A1"), Project.of("P1", "Autre", "A1"))
        .build();
    assertThat(PlanValidator.validate(plan).issues(Rule.DUPLICATE_CODE))
        .extracting(ValidationIssue::message)
        .containsExactly("le code d'axe « 1 » est utilisé deux fois",
            "le code d'objectif politique « DPS-1 » est utilisé deux fois",
            "le code de projet « P1 » est utilisé deux fois");
  }

  @Test
  void politicalObjectiveOfAnActionMustBeDeclared() {
    Action a = Action.builder().from(action("101")).addPoliticalObjectiveCodes("DPS-1", "DPS-9")
        .build();
    Plan plan = builder(objective(a))
        .addPoliticalObjectives(PoliticalObjective.of("DPS-1", "Un", "DPS")).build();
    assertThat(PlanValidator.validate(plan).issues(Rule.DANGLING_REFERENCE)).singleElement()
        .satisfies(i -> {
          assertThat(i.path()).hasToString("OS1/OO1/101");
          assertThat(i.message()).contains("« DPS-9 »");
        });
  }

  @Test
  void projectMustCiteActionsNotObjectives() {
    Plan plan = builder(objective(action("A1"))).addProjects(Project.of("P1", "Projet", "A1",
        "OO1")).build();
    assertThat(PlanValidator.validate(plan).issues(Rule.DANGLING_REFERENCE)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("« P1 »", "« OO1 »"));
  }

  @Test
  void shareMustNameAnOperationalObjective() {
    Action a = action("A1").withObjectiveShares(List.of(
        ObjectiveShare.of("OO1", new BigDecimal("50")),
        ObjectiveShare.of("OS1", new BigDecimal("50"))));
    assertThat(PlanValidator.validate(plan(a)).issues(Rule.DANGLING_REFERENCE)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("« OS1 »"));
  }

  @Test
  void voletSectionMustCiteStrategicObjectivesOfThePlan() {
    Plan plan = builder(objective(action("A1")))
        .addVoletSections(section("VE", "OS1", "OS7", "OO1")).build();
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(report.issues(Rule.DANGLING_REFERENCE)).extracting(ValidationIssue::message)
        .containsExactly(
            "section de volet « VE » : l'objectif stratégique « OS7 » n'existe pas dans le plan",
            "section de volet « VE » : l'objectif stratégique « OO1 » n'existe pas dans le plan");
    assertThat(report.issues(Rule.DANGLING_REFERENCE)).allMatch(i -> i.path().isRoot());
  }

  @Test
  void linkToAnUnknownActionIsADanglingReference() {
    Action a2 = action("A2").withLinks(List.of(
        ActionLink.of(LinkKind.FOLLOW_UP, "A1"),
        ActionLink.of(LinkKind.SHARED_BUDGET, "A3"),
        ActionLink.of(LinkKind.SAME_AS, "OO1")));
    ValidationReport report = PlanValidator.validate(plan(action("A1"), a2));
    assertThat(report.issues(Rule.DANGLING_REFERENCE)).extracting(ValidationIssue::message)
        .containsExactly(
            "le lien « Budget commun A3 » vise l'action « A3 » qui n'existe pas dans le plan",
            "le lien « Idem OO1 » vise l'action « OO1 » qui n'existe pas dans le plan");
    assertThat(paths(report, Rule.DANGLING_REFERENCE)).containsOnly("OS1/OO1/A2");
  }

  @Test
  void linkToItselfIsWarned() {
    Action a1 = action("A1").withLinks(List.of(ActionLink.of(LinkKind.SAME_AS, "A1")));
    ValidationReport report = PlanValidator.validate(plan(a1));
    assertThat(report.issues(Rule.SELF_LINK)).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(i.message()).contains("Idem A1");
    });
    assertThat(report.issues(Rule.DANGLING_REFERENCE)).isEmpty();
  }

  @Test
  void sharesWithAndWithoutPercentagesAreAnError() {
    Action mixed = action("A1").withObjectiveShares(List.of(
        ObjectiveShare.of("OO1", new BigDecimal("60")), ObjectiveShare.of("OO2")));
    ValidationReport report =
        PlanValidator.validate(plan(objective("OO1", mixed), objective("OO2", action("A2"))));
    assertThat(report.issues(Rule.SHARES_PARTLY_WITHOUT_PERCENT)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("1 part(s) sur 2"));
    assertThat(report.issues(Rule.SHARES_NOT_100)).isEmpty();
  }

  @Test
  void sharesAllWithoutPercentageAreFine() {
    // seed 003: the action serves OO 101 and 203, no budget split stated
    Action served = action("A1").withObjectiveShares(List.of(
        ObjectiveShare.of("OO2"), ObjectiveShare.of("OO9")));
    ValidationReport report =
        PlanValidator.validate(plan(objective("OO1", served), objective("OO2", action("A2"))));
    assertThat(report.issues()).extracting(ValidationIssue::rule)
        .containsExactly(Rule.DANGLING_REFERENCE);
  }
}
