package be.pst.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.core.action.Action;
import be.pst.core.fixtures.SaintGhislain;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCopyTest {

  @Test
  void planWithCopiesReplaceOneAttribute() {
    Plan plan = SaintGhislain.plan();
    Plan edited =
        plan.withAuthority(Authority.of(AuthorityKind.CPAS, "CPAS de Saint-Ghislain", "53070"))
            .withLegislature(Legislature.of(2025, 2030))
            .withDescription("Révision")
            .withAxes(List.of(Axis.of("1", "Développer"), Axis.of("2", "Mobiliser")))
            .withPoliticalObjectives(List.of(PoliticalObjective.of("OP 3", "Emploi", "DPS")))
            .withServices(List.of(Organisation.service("Service social")))
            .withPartners(List.of(Organisation.partner("FEAD")))
            .withProjects(List.of(Project.of("P1", "Denrées", "1.1.1")))
            .withVersion("v2")
            .withAdoptionDate(LocalDate.of(2019, 12, 19));
    assertThat(edited.legislature()).hasToString("2025–2030");
    assertThat(edited.axes()).hasSize(2);
    assertThat(edited.politicalObjectives().get(0)).hasToString("OP 3 - Emploi (DPS)");
    assertThat(edited.services()).extracting(Organisation::kind).containsExactly(OrganisationKind.SERVICE);
    assertThat(edited.partners()).hasSize(1);
    assertThat(edited.actionsOfProject("P1")).hasSize(1);
    assertThat(edited.strategicObjectives()).isEqualTo(plan.strategicObjectives());
    assertThat(edited.toString()).contains("(v2)", "2025–2030");
  }

  @Test
  void builderRejectsOnlyWhatNeverMakesSense() {
    assertThatThrownBy(() -> Plan.builder().title("PST").legislature(Legislature.of(2019, 2024)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("authority");
    assertThatThrownBy(() -> Action.of("A1", " ")).hasMessageContaining("title");
    assertThat(Action.of("A1", "Titre").withProgress(new BigDecimal("140")).progress())
        .contains(new BigDecimal("140"));
  }
}
