package be.pst.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegislatureTest {

  @Test
  void theSeedLegislatureHasSixExercices() {
    Legislature l = Legislature.of(2019, 2024);
    assertThat(l.exercices()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024);
    assertThat(l.contains(2024)).isTrue();
    assertThat(l.contains(2025)).isFalse();
    assertThat(l.contains(LocalDate.of(2018, 12, 31))).isFalse();
    assertThat(l).hasToString("2019–2024");
  }

  @Test
  void firstAfterLastOrMissingYearsAreRejected() {
    assertThatThrownBy(() -> Legislature.of(2024, 2019)).hasMessageContaining("2024").hasMessageContaining("2019");
    assertThatThrownBy(() -> Legislature.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("firstExercice")
        .hasMessageContaining("lastExercice");
  }
}
