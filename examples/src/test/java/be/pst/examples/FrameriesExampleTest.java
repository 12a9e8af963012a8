package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.action.Action;
import be.pst.core.action.Synergy;
import be.pst.core.funding.Funder;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.person.Person;
import be.pst.core.person.Pilot;
import be.pst.core.person.PilotKind;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import be.pst.io.json.PstJson;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Frameries example holds what its seed (002, "Tableau récapitulatif" and "Présentation des
 * objectifs et des actions") says: several pilots per action, persons, roles or services; one
 * indicator per measure, with no order and no target date; the partners, synergies, funding and
 * local plans of the prose. The seed's words are typed once, in the constants below.
 */
class FrameriesExampleTest {

  private static final Path PST = Path.of(System.getProperty("pst.repo.root", ".."))
      .resolve("examples/frameries-2019-2024/pst.json");

  /** Column "Pil. Adm" of Action 63: six persons by their initials. */
  private static final String ACTION_63_PILOTS = "MR/LM/SV/AB/TL/DB";

  /** Column "Pil. Adm" of Action 1, wrapped in the table: "LM/MR/MA C/DB". */
  private static final String ACTION_1_PILOTS = "LM/MR/MAC/DB";

  /** Column "Pil. Adm" of Action 76. */
  private static final String ACTION_76_PILOTS =
      "LM/AL/MR/ chefs de service + comité des fêtes";

  /** Column "Indicateurs" of Action 47: a yes/no and a count. */
  private static final String ACTION_47_INDICATORS =
      "Fait/pas fait - Nombre de partenaires conventionnés";

  /** Column "Indicateurs" of Action 66: a percentage and two counts. */
  private static final String ACTION_66_INDICATORS = "Pourcentage de réalisation du plan –"
      + " Nombre de formations tenues/an - nombre de participants aux formations";

  /** Column "Échéance" of Action 52. */
  private static final String ACTION_52_DEADLINE = "2020 pour entrant - 2022 pour sortant";

  /** O.O.1.1's prose on Action 3. */
  private static final String TOIT_ET_MOI = "Toit & Moi";

  /** Action 19's title: "Maintien de places conventionnées avec le FEDASIL…". */
  private static final String FEDASIL = "FEDASIL";

  /** Action 8's title: "Inscription du CPAS dans la future programmation … du Fonds Social Européen". */
  private static final String FSE = "Fonds Social Européen";

  /** Action 109's title: "Participation au plan de pilotage du …". */
  private static final String PAEDC =
      "Plan d'Actions en faveur de l'Energie Durable et du Climat (P.A.E.D.C.)";

  /** O.O.3.4 "Accroître le développement des synergies entre la Commune et le CPAS…". */
  private static final List<String> COMMUNE_SYNERGY_ACTIONS =
      List.of("Action 72", "Action 73", "Action 74");

  private static Plan plan;

  @BeforeAll
  static void read() throws Exception {
    plan = PstJson.read(PST).plan();
  }

  private static Action action(String code) {
    return plan.findAction(code).orElseThrow();
  }

  /** Initials, role or service of each pilot, as the table writes them. */
  private static List<String> names(List<Pilot> pilots) {
    return pilots.stream()
        .map(p -> p.person().flatMap(Person::initials).orElseGet(() -> p.name().orElseThrow()))
        .collect(Collectors.toList());
  }

  @Test
  void action63IsPilotedBySixPersonsNamedByInitials() {
    List<Pilot> pilots = action("Action 63").administrativePilots();

    assertThat(pilots).extracting(Pilot::kind).containsOnly(PilotKind.PERSON);
    assertThat(names(pilots)).containsExactly(ACTION_63_PILOTS.split("/"));
  }

  @Test
  void initialsWrappedInTheTableCellAreWholeAgain() {
    assertThat(names(action("Action 1").administrativePilots()))
        .containsExactly(ACTION_1_PILOTS.split("/"));
  }

  @Test
  void seventySevenActionsNameSeveralAdministrativePilots() {
    assertThat(plan.actions()).filteredOn(a -> a.administrativePilots().size() > 1).hasSize(77);
    assertThat(plan.actions()).allSatisfy(a -> assertThat(a.administrativePilots())
        .allSatisfy(p -> assertThat(p.toString()).doesNotContain("/")));
  }

  @Test
  void collectivePilotsAreRolesAndServicesNotPersons() {
    assertThat(action("Action 64").administrativePilots())
        .containsExactly(Pilot.role("chefs de service"));
    assertThat(action("Action 79").administrativePilots())
        .containsExactly(Pilot.service("Service RH"));

    List<Pilot> pilots = action("Action 76").administrativePilots();
    assertThat(names(pilots)).containsExactly(
        Arrays.stream(ACTION_76_PILOTS.split("[/+]")).map(String::trim).toArray(String[]::new));
    assertThat(pilots).extracting(Pilot::kind).containsExactly(PilotKind.PERSON,
        PilotKind.PERSON, PilotKind.PERSON, PilotKind.ROLE, PilotKind.SERVICE);
  }

  @Test
  void aCellNamingMeasuresOfDifferentKindsGivesOneIndicatorPerMeasure() {
    assertThat(action("Action 47").indicators()).extracting(Indicator::name)
        .containsExactly(measures(ACTION_47_INDICATORS));
    assertThat(action("Action 47").indicators()).extracting(Indicator::kind)
        .containsExactly(IndicatorKind.DONE, IndicatorKind.COUNT);
    assertThat(action("Action 66").indicators()).extracting(Indicator::name)
        .containsExactly(measures(ACTION_66_INDICATORS));
    assertThat(action("Action 66").indicators()).extracting(Indicator::kind)
        .containsExactly(IndicatorKind.RATIO, IndicatorKind.COUNT, IndicatorKind.COUNT);
  }

  /** The measures of a cell of the column "Indicateurs", separated by dashes. */
  private static String[] measures(String cell) {
    return cell.split(" [-–] ");
  }

  @Test
  void indicatorsHaveNoOrderNoTargetAndNoTargetDateAsTheSeedStatesNone() {
    List<Indicator> indicators = plan.actions().stream()
        .flatMap(a -> a.indicators().stream()).collect(Collectors.toList());

    assertThat(indicators).hasSize(160);
    assertThat(indicators).allSatisfy(i -> {
      assertThat(i.order()).isEmpty();
      assertThat(i.target()).isEmpty();
      assertThat(i.targetDates()).isEmpty();
      assertThat(i.recurrence()).isEmpty();
    });
  }

  @Test
  void action52KeepsItsTwoDeadlinesAsTheNoteOfItsLaterEnd() {
    Schedule schedule = action("Action 52").schedule().orElseThrow();

    assertThat(schedule.start()).isEmpty();
    assertThat(schedule.end()).hasValue(PartialDate.ofYear(2022));
    assertThat(schedule.note()).hasValue(ACTION_52_DEADLINE);
  }

  @Test
  void partnersNamedInTheProseAreOnTheirActions() {
    assertThat(action("Action 3").partners()).containsExactly(TOIT_ET_MOI);
    assertThat(action("Action 19").partners()).containsExactly(FEDASIL);
  }

  @Test
  void action8IsFundedByTheEuropeanSocialFundWithNothingMoreStated() {
    assertThat(action("Action 8").funding()).singleElement().satisfies(f -> {
      assertThat(f.source().funder()).isEqualTo(Funder.EUROPE);
      assertThat(f.source().programme()).hasValue(FSE);
      assertThat(f.status()).isEmpty();
      assertThat(f.rate()).isEmpty();
      assertThat(f.period()).isEmpty();
    });
    assertThat(plan.actions()).flatExtracting(Action::funding).hasSize(1);
  }

  @Test
  void action109ServesTheCommunesEnergyAndClimatePlan() {
    assertThat(action("Action 109").localPlans()).containsExactly(PAEDC);
  }

  @Test
  void synergiesWithTheCommuneAreIntentionsButTheSharedSocialServiceIsInPlace() {
    Map<String, Synergy> synergies = plan.actions().stream()
        .filter(a -> a.synergy().isPresent())
        .collect(Collectors.toMap(Action::code, a -> a.synergy().orElseThrow()));

    assertThat(synergies).containsEntry("Action 79", Synergy.EFFECTIVE).hasSize(8);
    assertThat(synergies).doesNotContainValue(Synergy.NOT_APPLICABLE);
    COMMUNE_SYNERGY_ACTIONS.forEach(code ->
        assertThat(synergies).containsEntry(code, Synergy.TO_CONSIDER));
    OperationalObjective oo34 = plan.homeOf("Action 72").orElseThrow();
    assertThat(oo34.title()).contains("synergies entre la Commune et le CPAS");
    assertThat(plan.actions()).filteredOn(a -> a.synergy().isPresent())
        .allSatisfy(a -> assertThat(a.synergyNote()).isPresent());
  }
}
