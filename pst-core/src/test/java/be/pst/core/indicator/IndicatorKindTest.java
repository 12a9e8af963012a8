package be.pst.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorKindTest {

  @Test
  void kindIsGuessedFromTheWordingsOfDomainAndSeeds() {
    assertThat(IndicatorKind.fromWording("Fait/ pas fait")).isEqualTo(IndicatorKind.DONE);
    assertThat(IndicatorKind.fromWording("Nombre de contentions")).isEqualTo(IndicatorKind.COUNT);
    assertThat(IndicatorKind.fromWording("Taux de satisfaction (après enquête)")).isEqualTo(IndicatorKind.RATIO);
    assertThat(IndicatorKind.fromWording("Pourcentage de réalisation du plan")).isEqualTo(IndicatorKind.RATIO);
    assertThat(IndicatorKind.fromWording("Montant octroyé")).isEqualTo(IndicatorKind.AMOUNT);
    assertThat(IndicatorKind.fromWording("Délibération du Conseil")).isEqualTo(IndicatorKind.MILESTONE);
    assertThat(IndicatorKind.fromWording("Réalisation des travaux")).isEqualTo(IndicatorKind.MILESTONE);
    assertThat(IndicatorKind.fromWording("Participation/non-participation")).isEqualTo(IndicatorKind.TEXT);
  }

  @Test
  void labelsParseWithLooseSpacingAroundSlashes() {
    assertThat(IndicatorKind.parse("Fait / pas fait")).isEqualTo(IndicatorKind.DONE);
    assertThat(IndicatorKind.parse("pourcentage")).isEqualTo(IndicatorKind.RATIO);
    assertThat(IndicatorOrder.parse("résultat")).isEqualTo(IndicatorOrder.RESULT);
  }
}
