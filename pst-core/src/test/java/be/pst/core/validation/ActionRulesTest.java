package be.pst.core.validation;

import static be.pst.core.validation.SmallPlans.action;
import static be.pst.core.validation.SmallPlans.objective;
import static be.pst.core.validation.SmallPlans.paths;
import static be.pst.core.validation.SmallPlans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.action.Action;
import be.pst.core.action.BudgetItem;
import be.pst.core.person.Pilot;
import java.math.BigDecimal;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** Pilots, operational objectives without actions, and the arithmetic of budget items. */
class ActionRulesTest {

  private static MonetaryAmount eur(String amount) {
    return Monetary.getDefaultAmountFactory().setCurrency("EUR")
        .setNumber(new BigDecimal(amount)).create();
  }

  private static Action unpiloted(String code) {
    return Action.builder().from(action(code)).politicalPilots(List.of()).build();
  }

  @Test
  void roleOrServiceAsPilotCounts() {
    // seed 000 A15 "Directeurs généraux"; A9 "le service insertion qui pilote ce projet"
    Action byRole = unpiloted("A15").withAdministrativePilots(
        List.of(Pilot.role("Directeurs généraux")));
    Action byService = unpiloted("A9").withPoliticalPilots(
        List.of(Pilot.service("Service insertion")));
    ValidationReport report =
        PlanValidator.validate(plan(byRole, byService, unpiloted("A16")));
    assertThat(paths(report, Rule.MISSING_PILOT)).containsExactly("OS1/OO1/A16");
  }

  @Test
  void operationalObjectiveWithoutActionIsWarned() {
    // Anderlues 402 "Soutenir les parents afin de combiner travail et vie familiale"
    ValidationReport report =
        PlanValidator.validate(plan(objective("401", action("A1")), objective("402")));
    assertThat(report.issues(Rule.OBJECTIVE_WITHOUT_ACTION)).singleElement().satisfies(i -> {
      assertThat(i.path()).hasToString("OS1/402");
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void budgetItemWhoseQuantityTimesUnitPriceIsNotItsAmountIsWarned() {
    // seed 004: "8 étagères : 74 euros/pièce (180/150/50) galvanisé et métal : 700 euros"
    BudgetItem shelves = BudgetItem.builder().label("étagères").quantity(new BigDecimal("8"))
        .unit("pièce").unitPrice(eur("74")).amount(eur("700")).build();
    BudgetItem fridges = BudgetItem.builder().label("Frigos").quantity(new BigDecimal("2"))
        .unitPrice(eur("500")).amount(eur("1000.00")).build();
    BudgetItem bags = BudgetItem.builder().label("Sacs réutilisables")
        .quantity(new BigDecimal("1000")).unitPrice(eur("0.72")).build();
    Action a = action("A1").withBudgetItems(List.of(shelves, fridges, bags));
    ValidationReport report = PlanValidator.validate(plan(a));
    assertThat(report.issues(Rule.BUDGET_ITEM_MISMATCH)).singleElement().satisfies(i -> {
      assertThat(i.message())
          .isEqualTo("le poste « étagères » : 8 × 74,00 € = 592,00 €, et non 700,00 €");
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void budgetItemArithmeticIsExactToTheLastDecimal() {
    BudgetItem hours = BudgetItem.builder().label("heures").quantity(new BigDecimal("2.5"))
        .unitPrice(eur("33.33")).amount(eur("83.33")).build();
    assertThat(PlanValidator.validate(plan(action("A1").withBudgetItems(List.of(hours))))
        .issues(Rule.BUDGET_ITEM_MISMATCH)).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("= 83,325 €", "et non 83,33 €"));
  }
}
