package be.pst.budget;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.testdata.Ottignies;
import be.pst.core.validation.Rule;
import be.pst.core.validation.Severity;
import be.pst.core.validation.ValidationIssue;
import be.pst.core.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetedPlanTest {

  @Test
  void linesAreFoundByElementAndPlanLevel() {
    BudgetedPlan plan = Ottignies.actionsBudget()
        .plusLines(List.of(BudgetLine.of(2020, EconomicGroup.ofCode("70"), EuroAmount.of("1"))));

    assertThat(plan.linesOf("A43")).hasSize(2)
        .allSatisfy(l -> assertThat(l.group().orElseThrow().code()).isEqualTo("71"));
    assertThat(plan.linesOf("A2")).isEmpty();
    assertThat(plan.planLevelLines()).hasSize(1);
    assertThat(plan.withLines(List.of()).lines()).isEmpty();
    assertThat(plan.toString()).contains("lines=" + plan.lines().size());
  }

  @Test
  void linesAreSortedInDocumentOrderForWriting() {
    BudgetedPlan plan = BudgetedPlan.of(Ottignies.plan(), List.of(
        BudgetLine.of("A43", 2021, EconomicGroup.ofCode("71"), EuroAmount.of("3")),
        BudgetLine.of("ZZ", 2020, EconomicGroup.ofCode("71"), EuroAmount.of("9")),
        BudgetLine.of("A1", 2021, EconomicGroup.ofCode("70"), EuroAmount.of("2")),
        BudgetLine.of("A1", 2020, EconomicGroup.ofCode("91"), EuroAmount.of("1")),
        BudgetLine.of("A1", 2020, EconomicGroup.ofCode("60"), EuroAmount.of("4")),
        BudgetLine.of(2024, EconomicGroup.ofCode("70"), EuroAmount.of("5")),
        BudgetLine.of("OS1", 2024, EconomicGroup.ofCode("70"), EuroAmount.of("6"))));

    assertThat(plan.linesInDocumentOrder()).extracting(l -> EuroAmount.from(l.amount()).formatPlain())
        .containsExactly("5,00", "6,00", "4,00", "1,00", "2,00", "3,00", "9,00");
  }

  @Test
  void budgetOfTheAnnexFitsThePlan() {
    assertThat(Ottignies.actionsBudget().validateBudget().issues()).isEmpty();
    assertThat(Ottignies.totalsBudget().validateBudget().issues()).isEmpty();
  }

  @Test
  void lineOfAnUnknownElementIsAnError() {
    BudgetedPlan plan = BudgetedPlan.of(Ottignies.plan(),
        List.of(BudgetLine.of("A99", 2020, EconomicGroup.ofCode("71"), EuroAmount.of("10000"))));

    ValidationReport report = plan.validateBudget();

    assertThat(report.isValid()).isFalse();
    assertThat(report.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.severity()).isEqualTo(Severity.ERROR);
      assertThat(issue.rule()).isEqualTo(Rule.BUDGET_UNKNOWN_ELEMENT);
      assertThat(issue.message()).contains("« A99 »").contains("ligne budgétaire 1");
    });
    assertThat(plan.validate().issues(Rule.BUDGET_UNKNOWN_ELEMENT)).hasSize(1);
  }

  @Test
  void lineOutsideTheLegislatureIsAWarningAtItsElement() {
    BudgetedPlan plan = BudgetedPlan.of(Ottignies.plan(), List.of(
        BudgetLine.of("A36", 2025, EconomicGroup.ofCode("7X"), EuroAmount.of("2100")),
        BudgetLine.of(2018, EconomicGroup.ofCode("70"), EuroAmount.of("1"))));

    List<ValidationIssue> issues = plan.validateBudget().issues();

    assertThat(issues).hasSize(2).allSatisfy(issue -> {
      assertThat(issue.severity()).isEqualTo(Severity.WARNING);
      assertThat(issue.rule()).isEqualTo(Rule.BUDGET_OUTSIDE_LEGISLATURE);
    });
    assertThat(issues.get(0).path().toString()).isEqualTo("OS4/OP14/A36");
    assertThat(issues.get(0).message()).contains("2025").contains("2019-2024");
    assertThat(issues.get(1).path().isRoot()).isTrue();
    assertThat(plan.validateBudget().isValid()).isTrue();
  }
}
