package erp.consumer;

import be.pst.budget.BudgetTable;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.Budgets;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.element.Status;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import be.pst.core.validation.PlanValidator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import javax.money.MonetaryAmountFactory;
import org.javamoney.moneta.Money;

/** The ERP's budget screen: its records mapped onto pst's plan and budget, then consolidated. */
public final class ErpBudget {

  private ErpBudget() {}

  /**
   * Builds a plan with one action and two budget lines, and consolidates it.
   *
   * @return the budgeted plan
   */
  public static BudgetedPlan plan() {
    Action draft = Action.builder()
        .code("OS1-OO1-A1")
        .title("Ouvrir une crèche")
        .status(Status.IN_PROGRESS)
        .build();
    Action action = draft.withTitle("Ouvrir une crèche de 24 places").withStatus(Optional.empty());
    Plan plan = Plan.builder()
        .authority(Authority.of(AuthorityKind.CPAS, "CPAS de Lasne", "25119"))
        .title("Programme stratégique transversal 2019-2024")
        .legislature(Legislature.of(2019, 2024))
        .addStrategicObjectives(StrategicObjective.builder()
            .code("OS1")
            .title("Être un CPAS qui accueille la petite enfance")
            .addOperationalObjectives(OperationalObjective.builder()
                .code("OS1-OO1")
                .title("Augmenter les places d'accueil")
                .addActions(action)
                .build())
            .build())
        .build();
    // The ERP keeps its amounts as Moneta Money; pst takes any MonetaryAmount in euros.
    MonetaryAmount subsidy = Money.of(new BigDecimal("100000.00"), "EUR");
    List<BudgetLine> lines = List.of(
        BudgetLine.builder()
            .elementCode("OS1-OO1-A1")
            .exercice(2020)
            .group(EconomicGroup.ofCode("91"))
            .amount(EuroAmount.parse("287.500,00 €"))
            .build(),
        BudgetLine.builder()
            .elementCode("OS1-OO1-A1")
            .exercice(2020)
            .group(EconomicGroup.ofCode("80"))
            .amount(subsidy)
            .build());
    return BudgetedPlan.of(plan, lines);
  }

  /**
   * What the screen shows.
   *
   * @return one line: status present, net cost, validity, class of the amounts made by its factory
   */
  public static String run() {
    BudgetedPlan pst = plan();
    BudgetTable table = Budgets.consolidate(pst);
    EuroAmount netCost = table.totalNetCost();
    MonetaryAmountFactory<Money> factory = netCost.getFactory();
    Action action = pst.plan().actions().get(0);
    return "status " + action.status().isPresent()
        + "; net cost " + netCost.format()
        + "; valid " + PlanValidator.validate(pst.plan()).isValid()
        + "; " + factory.setNumber(1).setCurrency("EUR").create().getClass().getSimpleName();
  }
}
