package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.action.Synergy;
import be.pst.core.element.Priority;
import be.pst.core.funding.Funding;
import be.pst.core.funding.FundingSource;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.validation.Rule;
import be.pst.io.json.PstJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Anderlues example holds what seed 003 says (issue 11): each assertion quotes the seed.
 */
class AnderluesExampleTest {

  private static final Path JSON = Path.of(System.getProperty("pst.repo.root", ".."))
      .resolve("examples/anderlues-2019-2024/pst.json").normalize();

  private static BudgetedPlan pst;
  private static Plan plan;

  @BeforeAll
  static void read() throws Exception {
    pst = PstJson.read(JSON);
    plan = pst.plan();
  }

  private static Action action(String code) {
    return plan.findAction(code).orElseThrow();
  }

  @Test
  void eachActionCitesTheObjectifPolitiqueOfItsFiche() {
    // 204.1: "Objectif politique - OP 4. Un accès facilité à la santé." under OS 200, which the
    // OP table links to OP 1 and OP 2; 510.2: "OP 3. Une politique positive de l'emploi."
    assertThat(action("204.1").politicalObjectiveCodes()).containsExactly("OP4");
    assertThat(((StrategicObjective) plan.find("200").orElseThrow()).politicalObjectiveCodes())
        .containsExactly("OP1", "OP2");
    assertThat(action("510.2").politicalObjectiveCodes()).containsExactly("OP3");
    assertThat(plan.actions()).allSatisfy(a -> assertThat(a.politicalObjectiveCodes()).isNotEmpty());
  }

  @Test
  void eighteenActionsCiteAnObjectifPolitiqueTheirStrategicObjectiveDoesNotServe() {
    long differing = 0;
    for (StrategicObjective os : plan.strategicObjectives()) {
      for (OperationalObjective oo : os.operationalObjectives()) {
        differing += oo.actions().stream()
            .filter(a -> !os.politicalObjectiveCodes()
                .contains(a.politicalObjectiveCodes().get(0)))
            .count();
      }
    }
    assertThat(differing).isEqualTo(18);
  }

  @Test
  void theWeekEndWorkActionHasTwoFichesCitingOpSixAndOpThree() {
    // "Organisation du travail le week-end pour les aides familiales": two fiches in OO 301
    assertThat(action("301.2").politicalObjectiveCodes()).containsExactly("OP6", "OP3");
  }

  @Test
  void theDeclarationOfSocialPolicyIsDatedEighteenthFebruary2019() {
    // "a arrêté sa déclaration de politique sociale le 18 février 2019"
    assertThat(plan.politicalDeclarations())
        .filteredOn(d -> d.kind().equals("DPS"))
        .singleElement()
        .satisfies(d -> assertThat(d.adoptionDate()).contains(LocalDate.of(2019, 2, 18)));
  }

  @Test
  void noProjectGroupsTheActionsAndTransversalLinksCarryNoPercentage() {
    // the document names no project grouping and gives no share
    List<ObjectiveShare> shares = plan.actions().stream()
        .flatMap(a -> a.objectiveShares().stream()).toList();

    assertThat(plan.projects()).isEmpty();
    assertThat(shares).hasSize(6).allSatisfy(s -> assertThat(s.percent()).isEmpty());
  }

  @Test
  void aProjectPostponedBeyondTwentyNineteenKeepsItsYear() {
    // 204.1: "Projet postposé au-delà de 2019"
    assertThat(action("204.1").priority()).contains(Priority.POSTPONED);
    assertThat(action("204.1").priorityNote()).contains("au-delà de 2019");
  }

  @Test
  void anUndeterminedSynergyIsTheConstantNotANote() {
    // six fiches say "Synergies Indéterminé"
    assertThat(plan.actions(a -> a.synergy().filter(Synergy.UNDETERMINED::equals).isPresent()))
        .hasSize(6)
        .allSatisfy(a -> assertThat(a.synergyNote()).isEmpty());
  }

  @Test
  void theInsertionActionsRiskLosingTheirFseSubsidyOfTwentyFourteenToTwentyTwenty() {
    // "Perte de la subvention FSE (2014-2020)"
    List<Funding> fse = plan.actionsOf("100").stream().flatMap(a -> a.funding().stream()).toList();

    assertThat(plan.actionsOf("100")).hasSize(7);
    assertThat(fse).hasSize(7).allSatisfy(f -> {
      assertThat(f.source()).isEqualTo(FundingSource.parse("FSE"));
      assertThat(f.period().flatMap(p -> p.start())).contains(PartialDate.parse("2014"));
      assertThat(f.period().flatMap(p -> p.end())).contains(PartialDate.parse("2020"));
    });
  }

  @Test
  void objectiveFourHundredTwoHasNoAction() {
    // "402. Soutenir les parents afin de combiner travail et vie familiale", no project listed
    assertThat(((OperationalObjective) plan.find("402").orElseThrow()).actions()).isEmpty();
    assertThat(pst.validate().issues(Rule.OBJECTIVE_WITHOUT_ACTION))
        .singleElement()
        .satisfies(i -> assertThat(i.path().code()).contains("402"));
  }
}
