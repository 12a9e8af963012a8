package be.pst.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonTest {

  @Test
  void frameriesPilotsAreInitials() {
    Person pilots = Person.ofInitials("LM/AL");
    assertThat(pilots.name()).isEmpty();
    assertThat(pilots.displayName()).isEqualTo("LM/AL");
  }

  @Test
  void toStringShowsNameInitialsAndRole() {
    Person p = Person.builder().name("Marie Dupont").initials("MD").role("Présidente").build();
    assertThat(p).hasToString("Marie Dupont (MD), Présidente");
    assertThat(Person.of("BASTIEN Nicolas").withRole("Référent projet"))
        .hasToString("BASTIEN Nicolas, Référent projet");
  }

  @Test
  void aPersonNeedsANameInitialsOrARole() {
    assertThatThrownBy(() -> Person.builder().civility(Civility.MRS).build())
        .hasMessageContaining("a name, a first or last name, initials or a role");
    assertThat(Person.builder().role("Présidente du CPAS").build().displayName())
        .isEqualTo("Présidente du CPAS");
    assertThatThrownBy(() -> Person.of(" ")).hasMessageContaining("blank");
    assertThatThrownBy(() -> Person.of(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void theNameSplitIsKeptAsGivenNeverGuessed() {
    Person p = Person.builder().lastName("1er échevin").civility(Civility.MRS)
        .phone("010 43 65 00").email("echevin@ottignies.be").build();

    assertThat(p.lastName()).hasValue("1er échevin");
    assertThat(p.firstName()).isEmpty();
    assertThat(p.name()).isEmpty();
    assertThat(p.displayName()).isEqualTo("1er échevin");
    assertThat(Civility.parse("MADAME")).isEqualTo(Civility.MRS);
    assertThat(Civility.parse("Monsieur")).isEqualTo(Civility.MR);
  }

  @Test
  void aPilotIsAPersonARoleOrAService() {
    assertThat(Pilot.of(Person.ofInitials("LM")).kind()).isEqualTo(PilotKind.PERSON);
    assertThat(Pilot.role("Directeurs généraux")).hasToString("Directeurs généraux");
    assertThat(Pilot.service("Service insertion").kind()).isEqualTo(PilotKind.SERVICE);
    assertThatThrownBy(() -> Pilot.builder().kind(PilotKind.ROLE).build())
        .hasMessageContaining("has a name and no person");
    assertThatThrownBy(() -> Pilot.service(" ")).hasMessageContaining("blank");
  }
}
