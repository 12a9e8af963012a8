package be.pst.core.validation;

import static be.pst.core.validation.SmallPlans.action;
import static be.pst.core.validation.SmallPlans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.action.Action;
import be.pst.core.element.ElementPath;
import be.pst.core.plan.Plan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report reads in French, and a rule that repeats reads as one line. */
class ValidationReportTest {

  private static Plan unpiloted(int count, Action... others) {
    List<Action> actions = new ArrayList<>(List.of(others));
    for (int i = 1; i <= count; i++) {
      actions.add(Action.builder().from(action("A" + i)).politicalPilots(List.of()).build());
    }
    return plan(actions.toArray(new Action[0]));
  }

  @Test
  void ruleRepeatedMoreThanFiveTimesPrintsAsOneLine() {
    // Perwez: 85 actions, no pilot named
    ValidationReport report = PlanValidator.validate(unpiloted(85));
    assertThat(report.summary()).isEqualTo("0 erreur, 85 avertissements");
    assertThat(report.issues()).hasSize(85);
    assertThat(report.toString()).isEqualTo("0 erreur, 85 avertissements\n"
        + "AVERTISSEMENT 85 × Pilote manquant (missing-pilot) : A1, A2, A3, A4, A5… (et 80 autres)");
    assertThat(report.details().split("\n")).hasSize(86);
  }

  @Test
  void ruleRepeatedFiveTimesOrLessPrintsEveryIssue() {
    ValidationReport report = PlanValidator.validate(unpiloted(5));
    String[] lines = report.toString().split("\n");
    assertThat(lines).hasSize(6);
    assertThat(lines[5]).isEqualTo("AVERTISSEMENT OS1/OO1/A5 [Pilote manquant] "
            + "l'action n'a ni pilote politique ni pilote administratif");
    assertThat(report.toString()).isEqualTo(report.details());
  }

  @Test
  void reportPrintsErrorsFirstInFrenchThenGroupsWhereTheRuleFirstStands() {
    Action late = action("T1").withProgress(new BigDecimal("-5"));
    ValidationReport report = PlanValidator.validate(unpiloted(6, late));
    assertThat(report.toString().split("\n")).containsExactly(
        "1 erreur, 6 avertissements",
        "ERREUR        OS1/OO1/T1 [Taux d'avancement hors de 0 à 100 %] "
            + "le taux d'avancement -5 % n'est pas entre 0 et 100 %",
        "AVERTISSEMENT 6 × Pilote manquant (missing-pilot) : A1, A2, A3, A4, A5… (et 1 autre)");
  }

  @Test
  void groupedLineNamesEachElementOnceAndThePlanAsPlan() {
    List<ValidationIssue> issues = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      issues.add(ValidationIssue.of(ElementPath.parse("OS4/OP14/A36"), Rule.BUDGET_AFTER_END,
          "ligne " + i));
    }
    for (int i = 0; i < 3; i++) {
      issues.add(ValidationIssue.of(ElementPath.root(), Rule.BUDGET_AFTER_END, "ligne " + i));
    }
    assertThat(ValidationReport.of(issues).toString().split("\n")).containsExactly(
        "0 erreur, 7 avertissements",
        "AVERTISSEMENT 7 × Ligne budgétaire après la fin de l'élément (budget-after-end) : "
            + "A36, (plan)");
  }

  @Test
  void byRuleGroupsIssuesInOrderOfTheirFirstOccurrence() {
    Action late = action("T1").withProgress(new BigDecimal("140"));
    ValidationReport report = PlanValidator.validate(unpiloted(3, late));
    assertThat(report.byRule().keySet())
        .containsExactly(Rule.PROGRESS_OUT_OF_RANGE, Rule.MISSING_PILOT);
    assertThat(report.byRule().get(Rule.MISSING_PILOT)).hasSize(3)
        .isEqualTo(report.issues(Rule.MISSING_PILOT));
  }

  @Test
  void erpSwitchesOverRulesWithoutStrings() {
    ValidationReport report = PlanValidator.validate(unpiloted(2));
    int pilots = 0;
    for (ValidationIssue issue : report.issues()) {
      switch (issue.rule()) {
        case MISSING_PILOT:
          pilots++;
          break;
        default:
          throw new AssertionError(issue);
      }
    }
    assertThat(pilots).isEqualTo(2);
  }
}
