package be.pst.budget;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.action.BudgetImpact;
import be.pst.core.element.ElementPath;
import be.pst.core.element.Status;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.objective.VoletSection;
import be.pst.core.person.Person;
import be.pst.core.person.Pilot;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.Schedule;
import be.pst.core.validation.Rule;
import be.pst.core.validation.Severity;
import be.pst.core.validation.ValidationIssue;
import be.pst.core.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The budget lines against the plan: dates, budget impact, signs. */
class BudgetRulesTest {

  private static Action action(String code, String schedule, BudgetImpact impact) {
    return Action.builder().code(code).title("Action " + code).status(Status.IN_PROGRESS)
        .schedule(Schedule.parse(schedule)).budgetImpact(impact)
        .addPoliticalPilots(Pilot.of(Person.of("Présidente du CPAS"))).build();
  }

  private static Plan plan(Action... actions) {
    return Plan.builder()
        .authority(Authority.of(AuthorityKind.CPAS, "CPAS de Test", "25121"))
        .title("PST de test")
        .legislature(Legislature.of(2019, 2024))
        .addStrategicObjectives(StrategicObjective.builder().code("OS4").title("Être")
            .addOperationalObjectives(OperationalObjective.builder().code("OP14").title("Faire")
                .addActions(actions).build())
            .build())
        .build();
  }

  private static BudgetLine line(String code, int exercice, String group, String amount) {
    return BudgetLine.of(code, exercice, EconomicGroup.ofCode(group), EuroAmount.of(amount));
  }

  private static List<String> messages(ValidationReport report, Rule rule) {
    return report.issues(rule).stream().map(ValidationIssue::message).toList();
  }

  @Test
  void linesAfterTheEndOfTheirActionAreWarnedButNotItsDebtCharges() {
    // Ottignies A36 (01/01/2019 - 31/12/2020): 2021 has 7X 2.100, 82 6.000 and 91 6.000
    BudgetedPlan pst = BudgetedPlan.of(plan(action("A36", "01/01/2019 - 31/12/2020",
        BudgetImpact.YES)), List.of(
            line("A36", 2020, "91", "2000.00"),
            line("A36", 2021, "7X", "2100.00"),
            line("A36", 2021, "82", "6000.00"),
            line("A36", 2021, "91", "6000.00")));
    ValidationReport report = pst.validateBudget();
    assertThat(report.issues(Rule.BUDGET_AFTER_END)).hasSize(2).allSatisfy(i -> {
      assertThat(i.path()).hasToString("OS4/OP14/A36");
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(i.message()).contains("2021", "2020-12-31", "6.000,00 €");
    });
    assertThat(messages(report, Rule.BUDGET_AFTER_END))
        .allMatch(m -> !m.contains("2.100,00"))
        .anyMatch(m -> m.startsWith("la ligne budgétaire 3 "))
        .anyMatch(m -> m.startsWith("la ligne budgétaire 4 "));
    assertThat(report.issues()).hasSize(2);
  }

  @Test
  void linesBeforeTheStartOfTheirActionAreWarned() {
    BudgetedPlan pst = BudgetedPlan.of(plan(action("A7", "01/04/2022 - 31/03/2024",
        BudgetImpact.YES)), List.of(
            line("A7", 2021, "71", "100.00"),
            line("A7", 2022, "71", "100.00")));
    assertThat(pst.validateBudget().issues(Rule.BUDGET_BEFORE_START)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("ligne budgétaire 1 ", "2021",
            "2022-04-01"));
  }

  @Test
  void budgetImpactWithoutProjectionLinesIsWarned() {
    // Ottignies A2, A3, A13, A26: "Impact budgétaire : Oui", every cell of the annex "- €"
    Action a2 = action("A2", "2019-2024", BudgetImpact.YES);
    Action a5 = action("A5", "2020-2024", BudgetImpact.YES);
    Action a6 = action("A6", "2020-2021", BudgetImpact.YES);
    BudgetedPlan pst = BudgetedPlan.of(plan(a2, a5, a6), List.of(
        line("A5", 2020, "70", "40500.00"),
        BudgetLine.builder().elementCode("A6").exercice(2021)
            .group(EconomicGroup.ofCode("91")).amount(EuroAmount.of("30000.00"))
            .figure(BudgetFigure.INITIAL_BUDGET).build()));
    ValidationReport report = pst.validateBudget();
    assertThat(report.issues(Rule.BUDGET_IMPACT_WITHOUT_LINES))
        .extracting(i -> i.path().toString())
        .containsExactly("OS4/OP14/A2", "OS4/OP14/A6");
  }

  @Test
  void linesOfASubActionCountForItsParentsBudgetImpact() {
    Action sub = action("A1.1", "2020", BudgetImpact.YES);
    Action parent = action("A1", "2020-2021", BudgetImpact.YES).withSubActions(List.of(sub));
    BudgetedPlan pst = BudgetedPlan.of(plan(parent), List.of(line("A1.1", 2020, "71", "1.00")));
    assertThat(pst.validateBudget().issues()).isEmpty();
  }

  @Test
  void projectionLinesOnAnActionWithoutBudgetImpactAreWarned() {
    // Ottignies A31 "Impact budgétaire : Indéterminé", annex 2021: 7X 200, 82 and 91 20.000
    Action a31 = action("A31", "2021", BudgetImpact.UNDETERMINED);
    Action a32 = action("A32", "2021", BudgetImpact.NO);
    Action a33 = action("A33", "2020-2021", BudgetImpact.NO);
    BudgetedPlan pst = BudgetedPlan.of(plan(a31, a32, a33), List.of(
        line("A31", 2021, "7X", "200.00"),
        line("A31", 2021, "82", "20000.00"),
        line("A31", 2021, "91", "20000.00"),
        line("A32", 2021, "71", "4000.00"),
        BudgetLine.builder().elementCode("A33").exercice(2021)
            .group(EconomicGroup.ofCode("71")).amount(EuroAmount.of("4000.00"))
            .figure(BudgetFigure.CHARGED).build()));
    ValidationReport report = pst.validateBudget();
    assertThat(messages(report, Rule.BUDGET_LINES_WITHOUT_IMPACT)).containsExactly(
        "l'action déclare un impact budgétaire « Indéterminé » mais 3 ligne(s) budgétaire(s)"
            + " de projection la chiffrent",
        "l'action déclare un impact budgétaire « Non » mais 1 ligne(s) budgétaire(s)"
            + " de projection la chiffrent");
  }

  @Test
  void negativeLineIsAWarning() {
    BudgetedPlan pst = BudgetedPlan.of(plan(action("A1", "2020-2024", BudgetImpact.YES)),
        List.of(line("A1", 2020, "71", "-150.00"), line("A1", 2020, "71", "150.00")));
    ValidationReport report = pst.validateBudget();
    assertThat(report.issues(Rule.BUDGET_NEGATIVE_AMOUNT)).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(i.message()).contains("ligne budgétaire 1 ", "-150,00 €");
    });
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void lineOfAVoletSectionIsKnownAndReportedAtTheRoot() {
    Plan plan = Plan.builder().from(plan(action("A1", "2020-2024", BudgetImpact.YES)))
        .addVoletSections(VoletSection.builder().code("VI").title("Volet interne")
            .addStrategicObjectiveCodes("OS4").build())
        .build();
    BudgetedPlan pst = BudgetedPlan.of(plan, List.of(
        line("A1", 2020, "71", "1.00"), line("VI", 2030, "71", "1.00")));
    ValidationReport report = pst.validateBudget();
    assertThat(report.issues(Rule.BUDGET_UNKNOWN_ELEMENT)).isEmpty();
    assertThat(report.issues(Rule.BUDGET_OUTSIDE_LEGISLATURE)).singleElement()
        .satisfies(i -> assertThat(i.path()).isEqualTo(ElementPath.root()));
  }

  @Test
  void lineOfAnElementNoPathReachesIsReportedAtTheRoot() {
    // the second A1's sub-action B: "OS4/OP14/A1/B" resolves to nothing (the first A1 has none)
    Action b = action("B", "2020", BudgetImpact.YES);
    Plan plan = plan(action("A1", "2020-2024", BudgetImpact.YES),
        action("A1", "2020-2024", BudgetImpact.YES).withSubActions(List.of(b)));
    BudgetedPlan pst = BudgetedPlan.of(plan, List.of(line("B", 2022, "71", "1.00")));
    assertThat(plan.resolve(ElementPath.parse("OS4/OP14/A1/B"))).isEmpty();
    assertThat(pst.validateBudget().issues(Rule.BUDGET_AFTER_END)).singleElement()
        .satisfies(i -> assertThat(i.path()).isEqualTo(ElementPath.root()));
  }

  @Test
  void validateListsTheErrorsOfPlanAndBudgetFirst() {
    Action a1 = action("A1", "2020-2024", BudgetImpact.NO);
    BudgetedPlan pst = BudgetedPlan.of(plan(a1, Action.of("A1", "En double")),
        List.of(line("A1", 2020, "71", "1.00"), line("A99", 2020, "71", "1.00")));
    assertThat(pst.validate().issues()).extracting(ValidationIssue::rule).containsExactly(
        Rule.DUPLICATE_CODE, Rule.BUDGET_UNKNOWN_ELEMENT, Rule.MISSING_PILOT,
        Rule.MISSING_STATUS_AND_DATES, Rule.BUDGET_LINES_WITHOUT_IMPACT);
  }
}
