package be.pst.io.ecomptes;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.element.Status;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EcomptesStatusTest {

  @Test
  void everyStatusMapsToOneOfTheSixRegionalStatuses() {
    assertThat(EcomptesStatus.of(Status.TO_PROGRAM)).isEqualTo(EcomptesStatus.NON_COMMENCE);
    assertThat(EcomptesStatus.of(Status.UNDER_STUDY)).isEqualTo(EcomptesStatus.EN_COURS);
    assertThat(EcomptesStatus.of(Status.POSTPONED)).isEqualTo(EcomptesStatus.EN_ATTENTE);
    assertThat(EcomptesStatus.of(Status.PROBLEM)).isEqualTo(EcomptesStatus.PROBLEME);
    assertThat(EcomptesStatus.of(Status.COMPLETED)).isEqualTo(EcomptesStatus.TERMINE);
    assertThat(EcomptesStatus.of(Status.ABANDONED)).isEqualTo(EcomptesStatus.ANNULE_ABANDONNE);
    assertThat(EcomptesStatus.of(Status.UNDETERMINED)).isEqualTo(EcomptesStatus.NON_COMMENCE);
  }

  @Test
  void regionalStatusesReadBackToStatusesMappingToThemAgain() {
    assertThat(Arrays.stream(EcomptesStatus.values()).map(e -> EcomptesStatus.of(e.toStatus())))
        .containsExactly(EcomptesStatus.values());
    assertThat(EcomptesStatus.EN_ATTENTE.toStatus()).isEqualTo(Status.WAITING);
    assertThat(EcomptesStatus.parse("ANNULE_ABANDONNE")).isEqualTo(EcomptesStatus.ANNULE_ABANDONNE);
  }
}
