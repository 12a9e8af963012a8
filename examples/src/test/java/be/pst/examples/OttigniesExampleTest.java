package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetTable;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.Budgets;
import be.pst.budget.RollUp;
import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.action.ActionLink;
import be.pst.core.action.BudgetImpact;
import be.pst.core.action.LinkKind;
import be.pst.core.action.Step;
import be.pst.core.element.StaffYear;
import be.pst.core.funding.Funder;
import be.pst.core.funding.Funding;
import be.pst.core.funding.FundingSource;
import be.pst.core.indicator.Frequency;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.Recurrence;
import be.pst.core.person.Pilot;
import be.pst.core.person.PilotKind;
import be.pst.core.plan.Plan;
import be.pst.core.plan.PoliticalObjective;
import be.pst.core.schedule.PartialDate;
import be.pst.io.json.PstJson;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The Ottignies example holds what its seed (000_fb4676e5cae7bdf3.txt) says, quoted below once,
 * and nothing it does not say.
 */
class OttigniesExampleTest {

  private static final Path PST = Path.of(System.getProperty("pst.repo.root", ".."))
      .resolve("examples/ottignies-2019-2024/pst.json");

  /** "une Déclaration de Politique Sociale (DPS) … a été arrêtée en date du 25/02/2019". */
  private static final LocalDate DPS_ADOPTED = LocalDate.of(2019, 2, 25);
  /** The DPS's sections, in order (each a political objective with its priorities). */
  private static final List<String> DPS_SECTIONS = List.of(
      "L'insertion et la réinsertion socioprofessionnelle et sociale",
      "La personne vieillissante", "L'accueil", "La petite enfance", "La santé",
      "La coordination sociale", "Information et communication");
  /** The first priority of "L'insertion et la réinsertion socioprofessionnelle et sociale". */
  private static final String FIRST_PRIORITY =
      "Dynamiser les remises à l'emploi notamment via les contrats articles 60§7 et 61";

  /** A1 2020: "Recettes idem sur base des subventions ONE" (annex: 61 Transferts 133.000,00). */
  private static final String A1_ONE_2020 = "133.000,00";
  /** A5: "recettes subvention ONE de 36400€" (annex 2020: 61 Transferts 36.400,00). */
  private static final String A5_ONE_2020 = "36.400,00";
  /** A1: "(recette de la Province de 70%)" (annex 2020: 80 Transferts 61.600,00). */
  private static final String A1_PROVINCE_2020 = "61.600,00";
  /** A40: "recette APE (7600€) + intervention des autres CPAS (27000€)". */
  private static final String A40_APE = "7.600,00";
  private static final String A40_OTHER_CPAS = "27.000,00";

  /** A1: "Besoin de 1ETP … et 2,5ETP" (2020), "Besoin 1ETP" (2021), "Besoin de 2ETP" (2023). */
  private static final String[][] A1_STAFF = {{"2020", "3.5"}, {"2021", "1"}, {"2023", "2"}};

  private static BudgetedPlan pst;
  private static Plan plan;

  @BeforeAll
  static void read() throws Exception {
    pst = PstJson.read(PST);
    plan = pst.plan();
  }

  private static Action action(String code) {
    return plan.findAction(code).orElseThrow();
  }

  private static Indicator indicator(String action, String number) {
    return action(action).indicators().stream()
        .filter(i -> i.code().equals(Optional.of(number))).findFirst().orElseThrow();
  }

  private static EuroAmount eur(String belgian) {
    return EuroAmount.parseBelgian(belgian);
  }

  @Test
  void budgetPerFundingSourceHasTheFundersTheFichesTieToAmountsAndAddsUpToTheAnnex() {
    RollUp<FundingSource> byFunder = Budgets.byFundingSource(pst);

    assertThat(byFunder.keys()).containsExactlyInAnyOrder(FundingSource.of(Funder.ONE),
        FundingSource.of(Funder.PROVINCE), FundingSource.parse("APE"),
        FundingSource.of(Funder.OTHER, "intervention des autres CPAS"));
    assertThat(byFunder.get(FundingSource.of(Funder.ONE)).orElseThrow().totalReceipts(2020))
        .isEqualTo(eur(A1_ONE_2020).add(eur(A5_ONE_2020)));
    assertThat(byFunder.get(FundingSource.of(Funder.PROVINCE)).orElseThrow().totalReceipts(2020))
        .isEqualTo(eur(A1_PROVINCE_2020));
    assertThat(byFunder.get(FundingSource.parse("APE")).orElseThrow().totalReceipts(2021))
        .isEqualTo(eur(A40_APE));
    BudgetTable whole = Budgets.consolidate(pst);
    for (int exercice = 2019; exercice <= 2024; exercice++) {
      EuroAmount sum = byFunder.unallocated().netCost(exercice);
      for (BudgetTable bucket : byFunder.buckets().values()) {
        sum = sum.add(bucket.netCost(exercice));
      }
      assertThat(sum).as("net cost %d", exercice).isEqualTo(whole.netCost(exercice));
    }
    assertThat(whole.totalNetCost()).isEqualTo(EuroAmount.of("984700.00"));
  }

  @Test
  void fundingOfTheFichesIsOnTheirActionsWithTheStatedRatesAndAmounts() {
    assertThat(action("OS1-OP1-A1").funding()).extracting(Funding::source)
        .containsExactly(FundingSource.of(Funder.ONE), FundingSource.of(Funder.PROVINCE));
    assertThat(action("OS1-OP1-A1").funding().get(1).rate()).contains(new BigDecimal("70"));
    assertThat(action("OS5-OP16-A40").funding()).extracting(f -> f.amount().map(EuroAmount::from))
        .containsExactly(Optional.of(eur(A40_APE)), Optional.of(eur(A40_OTHER_CPAS)));
    for (String fse : List.of("OS1-OP2-A7", "OS1-OP2-A8", "OS1-OP3-A10")) {
      assertThat(action(fse).funding()).extracting(Funding::source)
          .containsExactly(FundingSource.parse("FSE"));
    }
  }

  @Test
  void theDpsIsEncodedWithItsDateItsSectionsAndTheirPriorities() {
    assertThat(plan.politicalDeclarations()).singleElement().satisfies(dps -> {
      assertThat(dps.kind()).isEqualTo("DPS");
      assertThat(dps.adoptionDate()).contains(DPS_ADOPTED);
      assertThat(dps.title())
          .isEqualTo("Déclaration de Politique Sociale (DPS) pour la législature 2019-2024");
    });
    assertThat(plan.politicalObjectives()).extracting(PoliticalObjective::title)
        .containsExactlyElementsOf(DPS_SECTIONS);
    assertThat(plan.politicalObjectives().get(0).priorities()).first().isEqualTo(FIRST_PRIORITY);
    assertThat(plan.politicalObjectives()).allSatisfy(o -> assertThat(o.source()).contains("DPS"));
    assertThat(plan.strategicObjectives())
        .as("the seed links no OS to a section of the DPS")
        .allSatisfy(os -> assertThat(os.politicalObjectiveCodes()).isEmpty());
  }

  @Test
  void a4sImpactAucunIsNoAndIndetermineIsUndetermined() {
    assertThat(action("OS1-OP1-A4").budgetImpact()).contains(BudgetImpact.parse("Aucun"))
        .contains(BudgetImpact.NO);
    for (String undetermined : List.of("OS1-OP3-A10", "OS4-OP11-A31", "OS5-OP18-A42")) {
      assertThat(action(undetermined).budgetImpact()).contains(BudgetImpact.UNDETERMINED);
    }
  }

  @Test
  void a1NeedsMoreStaffIn2020And2021And2023() {
    List<StaffYear> years = action("OS1-OP1-A1").humanResources().orElseThrow().years();

    assertThat(years).hasSize(A1_STAFF.length);
    for (int i = 0; i < A1_STAFF.length; i++) {
      assertThat(years.get(i).exercice()).isEqualTo(Integer.parseInt(A1_STAFF[i][0]));
      assertThat(years.get(i).additionalFte()).contains(new BigDecimal(A1_STAFF[i][1]));
    }
  }

  @Test
  void actionsAreLinkedAsTheirFichesSay() {
    assertThat(action("OS1-OP1-A1").links()).extracting(ActionLink::kind, ActionLink::actionCode)
        .containsExactly(Tuple.tuple(LinkKind.SHARED_BUDGET, "OS1-OP1-A2"),
            Tuple.tuple(LinkKind.SHARED_BUDGET, "OS1-OP1-A3"));
    assertThat(action("OS1-OP1-A2").links()).singleElement()
        .satisfies(l -> assertThat(l.kind()).isEqualTo(LinkKind.SAME_AS));
    assertThat(action("OS1-OP2-A7").links()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(LinkKind.FOLLOW_UP);
      assertThat(l.actionCode()).isEqualTo("OS1-OP2-A6");
    });
    assertThat(action("OS2-OP6-A20").links()).extracting(ActionLink::actionCode)
        .as("« les actions 13, 16, 18 et 190 du PST »: there is no action 190")
        .containsExactly("OS2-OP5-A13", "OS2-OP5-A16", "OS2-OP6-A18");
  }

  @Test
  void pilotsAreTheRoleAndTheServiceTheFichesName() {
    assertThat(action("OS2-OP5-A15").administrativePilots())
        .containsExactly(Pilot.role("Directeurs généraux"));
    assertThat(action("OS1-OP3-A9").administrativePilots()).singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(PilotKind.SERVICE));
    assertThat(plan.actions().stream().filter(a -> !a.administrativePilots().isEmpty()
        || !a.politicalPilots().isEmpty())).hasSize(2);
  }

  @Test
  void recurringDeadlinesAreRecurrencesNotTheirFirstDate() {
    // A19: "pour le 31/10 de chaque année"
    assertThat(indicator("OS2-OP6-A19", "2").recurrence()).contains(Recurrence.builder()
        .frequency(Frequency.YEARLY).onDay(MonthDay.of(10, 31)).build());
    // A7: "d'avril chaque année à partir de 2021"
    assertThat(indicator("OS1-OP2-A7", "2").recurrence()).contains(Recurrence.builder()
        .frequency(Frequency.YEARLY).start(PartialDate.ofYear(2021)).inMonth(Month.APRIL)
        .build());
    assertThat(indicator("OS1-OP2-A7", "2").targetDates()).isEmpty();
    // A10: "(31/10/2020 -2021 - 2022 -2023)"
    assertThat(indicator("OS1-OP3-A10", "2").recurrence()).contains(Recurrence.builder()
        .frequency(Frequency.YEARLY).start(PartialDate.ofYear(2020))
        .end(PartialDate.ofYear(2023)).onDay(MonthDay.of(10, 31)).build());
    long recurring = plan.elements().stream().flatMap(e -> e.indicators().stream())
        .filter(i -> i.recurrence().isPresent()).count();
    assertThat(recurring).isEqualTo(13);
  }

  @Test
  void a37sDatedSubDeliverablesAreSteps() {
    List<Step> steps = action("OS4-OP15-A37").steps();

    assertThat(steps).hasSize(3);
    assertThat(steps.get(1).title())
        .isEqualTo("Réflexion sur l'archivage électronique des documents pour fin 2021");
    assertThat(steps.get(1).schedule().orElseThrow().end()).contains(PartialDate.ofMonth(2021, 12));
    assertThat(steps.get(2).schedule()).isEmpty();
  }

  @Test
  void noIndicatorHasAnOrderTheSeedDoesNotState() {
    assertThat(plan.elements().stream().flatMap(e -> e.indicators().stream())
        .filter(i -> i.order().isPresent())).isEmpty();
  }

  @Test
  void theOnlyLineOfZeroEurosIsTheAnnexsRow88() {
    // "88 Prélèvements	0	0	0	0	0	0": printed by the annex, so kept as one line of 2019
    assertThat(pst.lines().stream().filter(l -> l.amount().isZero())).singleElement()
        .satisfies(l -> {
          assertThat(l.group().orElseThrow().code()).isEqualTo("88");
          assertThat(l.exercice()).isEqualTo(2019);
        });
  }
}
