package be.pst.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void parsesIsoDayMonthAndYear() {
    assertThat(PartialDate.parse("2020-06-30").precision()).isEqualTo(PartialDate.Precision.DAY);
    assertThat(PartialDate.parse("2020-06").precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(PartialDate.parse("2020").precision()).isEqualTo(PartialDate.Precision.YEAR);
  }

  @Test
  void parsesTheFrenchDatesOfTheSeedFiches() {
    assertThat(PartialDate.parse("01/10/2019")).isEqualTo(PartialDate.of(LocalDate.of(2019, 10, 1)));
    assertThat(PartialDate.parse("06/2020")).isEqualTo(PartialDate.ofMonth(2020, 6));
  }

  @Test
  void yearDenotesItsWholeInterval() {
    PartialDate year = PartialDate.parse("2024");
    assertThat(year.earliest()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(year.latest()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(PartialDate.parse("2024-02").latest()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void comparisonRespectsPrecision() {
    PartialDate y2024 = PartialDate.ofYear(2024);
    PartialDate midYear = PartialDate.parse("2024-06-30");
    assertThat(PartialDate.ofYear(2025).isDefinitelyAfter(PartialDate.parse("2024-12-31"))).isTrue();
    assertThat(y2024.isDefinitelyAfter(midYear)).isFalse();
    assertThat(y2024.isPossiblyAfter(midYear)).isTrue();
    assertThat(midYear.isPossiblyAfter(y2024)).isTrue();
    assertThat(PartialDate.ofYear(2023).isPossiblyAfter(midYear)).isFalse();
  }

  @Test
  void toStringIsTheIsoFormParseReads() {
    assertThat(PartialDate.parse("30/06/2020")).hasToString("2020-06-30");
    assertThat(PartialDate.ofMonth(2020, 6)).hasToString("2020-06");
    assertThat(PartialDate.ofYear(2020)).hasToString("2020");
  }

  @Test
  void yearAndItsFirstDayAreNotEqual() {
    assertThat(PartialDate.ofYear(2020)).isNotEqualTo(PartialDate.parse("2020-01-01"));
    assertThat(PartialDate.ofYear(2020)).isGreaterThan(PartialDate.parse("2020-01-01"));
  }

  @Test
  void rejectsNonDatesNamingTheText() {
    assertThatThrownBy(() -> PartialDate.parse("fin 2020"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fin 2020");
    assertThatThrownBy(() -> PartialDate.parse("31/02/2020"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("31/02/2020");
  }
}
