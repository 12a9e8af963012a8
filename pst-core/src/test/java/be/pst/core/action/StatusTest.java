package be.pst.core.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StatusTest {

  @Test
  void parsesTheSeedWordsWhateverAccentsAndCase() {
    assertThat(Status.parse("A l'étude")).isEqualTo(Status.UNDER_STUDY);
    assertThat(Status.parse("à l’ETUDE")).isEqualTo(Status.UNDER_STUDY);
    assertThat(Status.parse("En cours de réalisation")).isEqualTo(Status.IN_PROGRESS);
    assertThat(Status.parse("Finalisé")).isEqualTo(Status.COMPLETED);
    assertThat(Status.parse("realise")).isEqualTo(Status.COMPLETED);
    assertThat(Status.parse("Annulé")).isEqualTo(Status.ABANDONED);
    assertThat(Status.parse("A programmer")).isEqualTo(Status.TO_PROGRAM);
    assertThat(Status.parse("Postposé")).isEqualTo(Status.POSTPONED);
    assertThat(Status.parse("IN_PROGRESS")).isEqualTo(Status.IN_PROGRESS);
  }

  @Test
  void everyLabelAndNameParsesBack() {
    for (Status s : Status.values()) {
      assertThat(Status.parse(s.label())).isEqualTo(s);
      assertThat(Status.parse(s.name())).isEqualTo(s);
    }
  }

  @Test
  void unknownWordIsRejectedNamingItAndTheAcceptedOnes() {
    assertThatThrownBy(() -> Status.parse("Bientôt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Bientôt")
        .hasMessageContaining("En cours")
        .hasMessageContaining("TO_PROGRAM");
  }

  @Test
  void mapsToTheSixRegionalStatuses() {
    assertThat(Status.TO_PROGRAM.ecomptesStatus()).isEqualTo(EcomptesStatus.NON_COMMENCE);
    assertThat(Status.UNDER_STUDY.ecomptesStatus()).isEqualTo(EcomptesStatus.EN_COURS);
    assertThat(Status.POSTPONED.ecomptesStatus()).isEqualTo(EcomptesStatus.EN_ATTENTE);
    assertThat(Status.PROBLEM.ecomptesStatus()).isEqualTo(EcomptesStatus.PROBLEME);
    assertThat(Status.COMPLETED.ecomptesStatus()).isEqualTo(EcomptesStatus.TERMINE);
    assertThat(Status.ABANDONED.ecomptesStatus()).isEqualTo(EcomptesStatus.ANNULE_ABANDONNE);
    assertThat(Status.UNDETERMINED.ecomptesStatus()).isEqualTo(EcomptesStatus.NON_COMMENCE);
  }

  @Test
  void regionalStatusesReadBackToStatusesMappingToThemAgain() {
    assertThat(Arrays.stream(EcomptesStatus.values()).map(e -> e.toStatus().ecomptesStatus()))
        .containsExactly(EcomptesStatus.values());
    assertThat(EcomptesStatus.EN_ATTENTE.toStatus()).isEqualTo(Status.WAITING);
    assertThat(EcomptesStatus.parse("ANNULE_ABANDONNE")).isEqualTo(EcomptesStatus.ANNULE_ABANDONNE);
  }
}
