package be.pst.core.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.core.element.Health;
import be.pst.core.element.Priority;
import be.pst.core.element.Sdg;
import be.pst.core.element.Volet;
import be.pst.core.plan.AuthorityKind;
import org.junit.jupiter.api.Test;

class EnumerationsTest {

  @Test
  void prioritiesOfAnderluesParse() {
    assertThat(Priority.parse("Projet considéré prioritaire")).isEqualTo(Priority.PRIORITY);
    assertThat(Priority.parse("Projet obligatoire (obligations légales)")).isEqualTo(Priority.MANDATORY);
    assertThat(Priority.parse("projet postpose")).isEqualTo(Priority.POSTPONED);
    assertThat(Priority.parse("Haute")).isEqualTo(Priority.HIGH);
  }

  @Test
  void healthIndexWordsParse() {
    assertThat(Health.parse("Bon")).isEqualTo(Health.GOOD);
    assertThat(Health.parse("risque")).isEqualTo(Health.AT_RISK);
    assertThat(Health.parse("BLOCAGE")).isEqualTo(Health.BLOCKED);
    assertThat(Health.parse("En pause")).isEqualTo(Health.PAUSED);
  }

  @Test
  void synergyWordsParse() {
    assertThat(Synergy.parse("À envisager")).isEqualTo(Synergy.TO_CONSIDER);
    assertThat(Synergy.parse("a envisager")).isEqualTo(Synergy.TO_CONSIDER);
    assertThat(Synergy.parse("Effective")).isEqualTo(Synergy.EFFECTIVE);
    assertThat(Synergy.parse("Sans objet")).isEqualTo(Synergy.NOT_APPLICABLE);
  }

  @Test
  void voletWordsParse() {
    assertThat(Volet.parse("VOLET INTERNE")).isEqualTo(Volet.INTERNAL);
    assertThat(Volet.parse("externe")).isEqualTo(Volet.EXTERNAL);
    assertThat(Volet.parse("Interne et externe")).isEqualTo(Volet.BOTH);
    assertThat(Volet.parse("commun")).isEqualTo(Volet.COMMON);
    assertThat(AuthorityKind.parse("AC")).isEqualTo(AuthorityKind.COMMUNE);
  }

  @Test
  void sdgsHaveTheirNumberAndFrenchLabel() {
    assertThat(Sdg.of(1).label()).isEqualTo("Pas de pauvreté");
    assertThat(Sdg.SDG_17.number()).isEqualTo(17);
    assertThat(Sdg.parse("ODD 3")).isEqualTo(Sdg.SDG_3);
    assertThat(Sdg.parse("odd3")).isEqualTo(Sdg.SDG_3);
    assertThat(Sdg.parse("10")).isEqualTo(Sdg.SDG_10);
    assertThat(Sdg.parse("SDG_11")).isEqualTo(Sdg.SDG_11);
    assertThat(Sdg.parse("Inégalités réduites")).isEqualTo(Sdg.SDG_10);
    assertThat(Sdg.parse("ODD 1 - Pas de pauvreté")).isEqualTo(Sdg.SDG_1);
    assertThat(Sdg.values()).extracting(Sdg::number).doesNotHaveDuplicates().hasSize(17);
  }

  @Test
  void sdgOutsideOneToSeventeenIsRejected() {
    assertThatThrownBy(() -> Sdg.of(18)).hasMessageContaining("18");
    assertThatThrownBy(() -> Sdg.parse("ODD 0")).isInstanceOf(IllegalArgumentException.class);
  }
}
