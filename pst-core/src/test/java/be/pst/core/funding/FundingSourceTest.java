package be.pst.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FundingSourceTest {

  @Test
  void knownProgrammesCarryTheirFunder() {
    assertThat(FundingSource.parse("FSE")).isEqualTo(FundingSource.of(Funder.EUROPE, "FSE"));
    assertThat(FundingSource.parse("FEAD")).isEqualTo(FundingSource.of(Funder.EUROPE, "FEAD"));
    assertThat(FundingSource.parse("ILA")).isEqualTo(FundingSource.of(Funder.FEDERAL, "ILA"));
    assertThat(FundingSource.parse("SOREAL")).isEqualTo(FundingSource.of(Funder.WALLONIA, "SOREAL"));
    assertThat(FundingSource.parse("spp-is")).isEqualTo(FundingSource.of(Funder.FEDERAL, "SPP-IS"));
    assertThat(FundingSource.parse("APE")).isEqualTo(FundingSource.of(Funder.WALLONIA, "APE"));
  }

  @Test
  void funderWordsGiveAFunderWithoutProgramme() {
    assertThat(FundingSource.parse("ONE")).isEqualTo(FundingSource.of(Funder.ONE));
    assertThat(FundingSource.parse("Province")).isEqualTo(FundingSource.of(Funder.PROVINCE));
    assertThat(FundingSource.parse("Région wallonne")).isEqualTo(FundingSource.of(Funder.WALLONIA));
    assertThat(FundingSource.parse("Commune/Ville")).isEqualTo(FundingSource.of(Funder.MUNICIPALITY));
    assertThat(FundingSource.parse("fonds propres")).isEqualTo(FundingSource.of(Funder.OWN_FUNDS));
  }

  @Test
  void funderSlashProgrammeIsAccepted() {
    assertThat(FundingSource.parse("WALLONIA/PCS")).isEqualTo(FundingSource.of(Funder.WALLONIA, "PCS"));
    assertThat(FundingSource.parse("Wallonie/Plan de cohésion sociale").programme())
        .contains("Plan de cohésion sociale");
  }

  @Test
  void unknownWordIsRejectedNamingIt() {
    assertThatThrownBy(() -> FundingSource.parse("Loterie"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Loterie")
        .hasMessageContaining("FSE")
        .hasMessageContaining("Wallonie");
  }

  @Test
  void toStringNamesFunderAndProgramme() {
    assertThat(FundingSource.parse("FSE")).hasToString("Europe (FSE)");
    assertThat(FundingSource.of(Funder.ONE)).hasToString("ONE");
  }
}
