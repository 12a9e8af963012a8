package be.pst.io.ecomptes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void firstWordIsTheFirstNameByDefault() {
    assertThat(PersonNames.split("Jean-Marc Van der Berg"))
        .isEqualTo(new PersonNames.Parts(Optional.empty(), "Van der Berg", "Jean-Marc"));
  }

  @Test
  void capitalisedWordsAreTheSurname() {
    assertThat(PersonNames.split("MERTENS Laurence"))
        .isEqualTo(new PersonNames.Parts(Optional.empty(), "MERTENS", "Laurence"));
    assertThat(PersonNames.split("Anne-Marie VAN DEN BOSSCHE"))
        .isEqualTo(new PersonNames.Parts(Optional.empty(), "VAN DEN BOSSCHE", "Anne-Marie"));
  }

  @Test
  void leadingCivilityGivesTheCivilite() {
    assertThat(PersonNames.split("Mme Laurence Mertens"))
        .isEqualTo(new PersonNames.Parts(Optional.of("MADAME"), "Mertens", "Laurence"));
    assertThat(PersonNames.split("M. Paul Dupont").civility()).contains("MONSIEUR");
  }

  @Test
  void singleWordAndInitialsAreTheSurname() {
    assertThat(PersonNames.split("LM/AL"))
        .isEqualTo(new PersonNames.Parts(Optional.empty(), "LM/AL", ""));
  }

  @Test
  void joinPutsFirstNameFirst() {
    assertThat(PersonNames.join("Mertens", "Laurence")).isEqualTo("Laurence Mertens");
    assertThat(PersonNames.join("LM/AL", "")).isEqualTo("LM/AL");
  }
}
