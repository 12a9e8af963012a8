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
  void aPersonNeedsANameOrInitials() {
    assertThatThrownBy(() -> Person.builder().role("Directeur général").build())
        .hasMessageContaining("name or initials");
    assertThatThrownBy(() -> Person.of(" ")).hasMessageContaining("blank");
    assertThatThrownBy(() -> Person.of(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
  }
}
