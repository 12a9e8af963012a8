package be.pst.core.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The words of the fiches' "Impact budgétaire" that {@link BudgetImpact#parse} reads. */
class BudgetImpactTest {

  @Test
  void aucunOfOttigniesA4MeansNoImpact() {
    // seed 000, fiche A4: "Impact budgétaire : Aucun"
    assertThat(BudgetImpact.parse("Aucun")).isEqualTo(BudgetImpact.NO);
    assertThat(BudgetImpact.parse("aucune")).isEqualTo(BudgetImpact.NO);
  }

  @Test
  void ouiNonAndIndetermineStillParse() {
    assertThat(BudgetImpact.parse("Oui")).isEqualTo(BudgetImpact.YES);
    assertThat(BudgetImpact.parse("Non")).isEqualTo(BudgetImpact.NO);
    assertThat(BudgetImpact.parse("Indéterminé")).isEqualTo(BudgetImpact.UNDETERMINED);
    assertThat(BudgetImpact.NO.label()).isEqualTo("Non");
  }

  @Test
  void anUnknownWordListsTheAcceptedOnes() {
    assertThatThrownBy(() -> BudgetImpact.parse("Peut-être"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Aucun");
  }
}
