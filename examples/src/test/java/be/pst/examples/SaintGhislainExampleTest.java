package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.action.BudgetItem;
import be.pst.core.element.Status;
import be.pst.core.funding.Funding;
import be.pst.core.funding.FundingSource;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.validation.Rule;
import be.pst.core.validation.ValidationIssue;
import be.pst.core.validation.ValidationReport;
import be.pst.io.json.PstJson;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Saint-Ghislain example holds what seed 004 says (issue 11): each assertion quotes the
 * seed.
 */
class SaintGhislainExampleTest {

  private static final Path JSON = Path.of(System.getProperty("pst.repo.root", ".."))
      .resolve("examples/saint-ghislain-2019-2024/pst.json").normalize();

  private static BudgetedPlan pst;
  private static Plan plan;
  private static ValidationReport report;

  @BeforeAll
  static void read() throws Exception {
    pst = PstJson.read(JSON);
    plan = pst.plan();
    report = pst.validate();
  }

  private static Action action(String code) {
    return plan.findAction(code).orElseThrow();
  }

  private static List<String> codesOf(Rule rule) {
    return report.issues(rule).stream()
        .map(ValidationIssue::path)
        .map(p -> p.code().orElse(""))
        .toList();
  }

  @Test
  void theDpsIsTheOneApprovedOnTwentyFifthFebruary2019AndNoObjectiveIsLinkedToIt() {
    // "en date du 25 février 2019, notre Conseil de l'Action Sociale a approuvé cette
    // Déclaration de Politique Sociale"; the document gives no OS → DPS table.
    assertThat(plan.politicalDeclarations()).singleElement().satisfies(dps -> {
      assertThat(dps.kind()).isEqualTo("DPS");
      assertThat(dps.adoptionDate()).contains(LocalDate.of(2019, 2, 25));
    });
    assertThat(plan.strategicObjectives())
        .allSatisfy(os -> assertThat(os.politicalObjectiveCodes()).isEmpty());
  }

  @Test
  void theSubsidiesOfActionOneOneOneAreTheFundersTheLibraryParsesWithTheirPurpose() {
    // "Subside  ILA (modules) – SOREAL & FEAD (denrées)"
    assertThat(action("1.1.1").funding())
        .extracting(Funding::source, f -> f.purpose().orElseThrow())
        .containsExactly(
            tuple(FundingSource.parse("ILA"), "modules"),
            tuple(FundingSource.parse("SOREAL"), "denrées"),
            tuple(FundingSource.parse("FEAD"), "denrées"));
  }

  @Test
  void theShelvesOfTheFicheCostSevenHundredEurosWhereEightAtSeventyFourMakeFiveHundredNinetyTwo() {
    // "8 étagères : 74 euros/pièce (180/150/50) galvanisé et métal : 700 euros"
    BudgetItem shelves = action("1.1.1").budgetItems().stream()
        .filter(i -> i.label().equals("étagères")).findFirst().orElseThrow();

    assertThat(shelves.quantity()).contains(new BigDecimal("8"));
    assertThat(shelves.unitPrice()).contains(EuroAmount.of("74.00"));
    assertThat(shelves.amount()).contains(EuroAmount.of("700.00"));
    assertThat(codesOf(Rule.BUDGET_ITEM_MISMATCH)).containsExactly("1.1.1");
    assertThat(report.issues(Rule.BUDGET_ITEM_MISMATCH).get(0).message()).contains("592,00");
  }

  @Test
  void theStepsOfTheFicheKeepTheirStateAndTheirOwner() {
    // "Demande de permis d'urbanisme (en cours)", "Marché public modules (GIORDANO
    // Christophe) et élaboration du cahier spécial de charges"
    var steps = action("1.1.1").steps();

    assertThat(steps).hasSize(9);
    assertThat(steps.get(0).status()).contains(Status.IN_PROGRESS);
    assertThat(steps.get(1).assignee().flatMap(p -> p.name())).contains("GIORDANO Christophe");
  }

  @Test
  void objectiveThreeOneStartsInTwentyTwentyOneAfterItsActions() {
    // OO 3.1 "Début 2021"; actions 3.1.1 to 3.1.3 "2019-2024"
    OperationalObjective oo = (OperationalObjective) plan.find("3.1").orElseThrow();

    assertThat(oo.schedule().flatMap(s -> s.start())).contains(PartialDate.parse("2021"));
    assertThat(oo.schedule().flatMap(s -> s.end())).isEmpty();
    assertThat(codesOf(Rule.STARTS_BEFORE_OBJECTIVE)).containsExactly("3.1.1", "3.1.2", "3.1.3");
  }

  @Test
  void theYearsOfObjectivesTwoTwoAndThreeThreeAreNeitherStartNorDeadline() {
    // "Échéance/début": OO 2.2 "2020", OO 3.3 "2022"
    for (String[] row : new String[][] {{"2.2", "2020"}, {"3.3", "2022"}}) {
      var schedule = plan.find(row[0]).orElseThrow().schedule().orElseThrow();
      assertThat(schedule.note()).contains(row[1]);
      assertThat(schedule.start()).isEmpty();
      assertThat(schedule.end()).isEmpty();
    }
  }

  @Test
  void actionThreeTwoFourHasNeitherStatusNorDate() {
    // the row of 3.2.4 has no X and no year
    Action a = action("3.2.4");

    assertThat(a.status()).isEmpty();
    assertThat(a.schedule()).isEmpty();
    assertThat(codesOf(Rule.MISSING_STATUS_AND_DATES)).containsExactly("3.2.4");
  }
}
