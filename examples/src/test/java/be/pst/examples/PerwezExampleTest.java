package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.action.Action;
import be.pst.core.action.Synergy;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Plan;
import be.pst.io.json.PstJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Perwez example holds what its seed (001, "Parties CPAS & synergie avec la commune") says:
 * a synergy with the commune, still to be developed, on the actions of the objectives devoted to
 * synergies, and nothing the seed does not state (no "Sans objet", no invented note, no pilot,
 * no date). The seed's words are typed once, in the constants below.
 */
class PerwezExampleTest {

  private static final Path PST = Path.of(System.getProperty("pst.repo.root", ".."))
      .resolve("examples/perwez-2019-2024/pst.json");

  /** The titles of the four OS of the synergy part all begin with these words. */
  private static final String SYNERGY_OS_TITLE =
      "Etre des institutions engagées dans le développement de synergies";

  /** Section 3: "le plan stratégique transversal identifie clairement des nouvelles synergies". */
  private static final Synergy NEW_SYNERGIES = Synergy.TO_CONSIDER;

  /** Actions E.6.2.1 "Créer des partenariats entre CPAS et Val d'Orbais." and E.6.2.2. */
  private static final String VAL_D_ORBAIS = "Val d'Orbais";

  private static Plan plan;

  @BeforeAll
  static void read() throws Exception {
    plan = PstJson.read(PST).plan();
  }

  private static List<String> codes(List<Action> actions) {
    return actions.stream().map(Action::code).collect(Collectors.toList());
  }

  @Test
  void theFourSynergyObjectivesAreTheOnesTheirTitlesSay() {
    assertThat(plan.strategicObjectives())
        .filteredOn(os -> os.title().startsWith(SYNERGY_OS_TITLE))
        .extracting(StrategicObjective::code)
        .containsExactly("I.2", "I.3", "E.5", "E.6");
  }

  @Test
  void theActionsOfTheSynergyObjectivesAndOnlyThemHaveASynergyStillToDevelop() {
    List<String> synergyObjectiveActions = plan.strategicObjectives().stream()
        .filter(os -> os.title().startsWith(SYNERGY_OS_TITLE))
        .flatMap(os -> plan.actionsOf(os.code()).stream())
        .map(Action::code)
        .collect(Collectors.toList());

    assertThat(codes(plan.actions(a -> a.synergy().isPresent())))
        .hasSize(24)
        .containsExactlyElementsOf(synergyObjectiveActions);
    assertThat(plan.actions(a -> a.synergy().isPresent()))
        .allSatisfy(a -> assertThat(a.synergy()).hasValue(NEW_SYNERGIES));
  }

  @Test
  void nothingTheSeedDoesNotSayIsRecorded() {
    assertThat(plan.actions()).hasSize(85).allSatisfy(a -> {
      assertThat(a.synergy()).isNotEqualTo(Optional.of(Synergy.NOT_APPLICABLE));
      assertThat(a.synergyNote()).isEmpty();
      assertThat(a.politicalPilots()).isEmpty();
      assertThat(a.administrativePilots()).isEmpty();
      assertThat(a.schedule()).isEmpty();
      assertThat(a.status()).isEmpty();
      assertThat(a.indicators()).isEmpty();
    });
  }

  @Test
  void theValDOrbaisIsThePartnerOfTheTwoActionsThatNameIt() {
    assertThat(codes(plan.actions(a -> a.partners().contains(VAL_D_ORBAIS))))
        .containsExactly("E.6.2.1", "E.6.2.2");
    assertThat(plan.actions(a -> a.partners().contains(VAL_D_ORBAIS)))
        .allSatisfy(a -> assertThat(a.title()).contains(VAL_D_ORBAIS));
  }
}
