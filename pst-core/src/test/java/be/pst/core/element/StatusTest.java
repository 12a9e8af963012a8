package be.pst.core.element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void parsesEveryEcomptesStatusCode() {
    assertThat(Status.parse("NON_COMMENCE")).isEqualTo(Status.NOT_STARTED);
    assertThat(Status.parse("EN_COURS")).isEqualTo(Status.IN_PROGRESS);
    assertThat(Status.parse("EN_ATTENTE")).isEqualTo(Status.WAITING);
    assertThat(Status.parse("PROBLEME")).isEqualTo(Status.PROBLEM);
    assertThat(Status.parse("TERMINE")).isEqualTo(Status.COMPLETED);
    assertThat(Status.parse("ANNULE_ABANDONNE")).isEqualTo(Status.ABANDONED);
  }
}
