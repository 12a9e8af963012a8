package be.pst.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScheduleTest {

  @Test
  void loneYearIsBothStartAndEnd() {
    Schedule s = Schedule.parse("2020");
    assertThat(s.start()).contains(PartialDate.ofYear(2020));
    assertThat(s.end()).contains(PartialDate.ofYear(2020));
    assertThat(s.note()).isEmpty();
  }

  @Test
  void parsesYearRangesOfFrameries() {
    assertThat(Schedule.parse("2019-2024")).isEqualTo(Schedule.of(PartialDate.ofYear(2019), PartialDate.ofYear(2024)));
    assertThat(Schedule.parse("2021- 2022").end()).contains(PartialDate.ofYear(2022));
  }

  @Test
  void parsesMonthRangesAndFrenchDays() {
    assertThat(Schedule.parse("2020-06/2021-12"))
        .isEqualTo(Schedule.of(PartialDate.ofMonth(2020, 6), PartialDate.ofMonth(2021, 12)));
    assertThat(Schedule.parse("01/10/2019 - 31/12/2024"))
        .isEqualTo(Schedule.of(PartialDate.parse("2019-10-01"), PartialDate.parse("2024-12-31")));
    assertThat(Schedule.parse("mai 2019 - 2024").start()).contains(PartialDate.ofMonth(2019, 5));
    assertThat(Schedule.parse("Octobre 2019-2024").start()).contains(PartialDate.ofMonth(2019, 10));
  }

  @Test
  void desIsOpenEnded() {
    Schedule s = Schedule.parse("dès 2020");
    assertThat(s.start()).contains(PartialDate.ofYear(2020));
    assertThat(s.end()).isEmpty();
    assertThat(s.openEnded()).isTrue();
    assertThat(Schedule.parse("à partir de 2021").openEnded()).isTrue();
    assertThat(Schedule.parse("Dès le 01/01/2020").start()).contains(PartialDate.parse("2020-01-01"));
    assertThat(Schedule.parse("dès janvier 2020").start()).contains(PartialDate.ofMonth(2020, 1));
  }

  @Test
  void desAsAnArticleIsNotOpenEnded() {
    Schedule s = Schedule.parse("des ateliers en 2021");
    assertThat(s.openEnded()).isFalse();
    assertThat(s.end()).contains(PartialDate.ofYear(2021));
    assertThat(s.note()).contains("des ateliers en 2021");
  }

  @Test
  void jusquEnGivesOnlyAnEnd() {
    Schedule s = Schedule.parse("jusqu'en 2024");
    assertThat(s.start()).isEmpty();
    assertThat(s.end()).contains(PartialDate.ofYear(2024));
    assertThat(Schedule.parse("jusqu'au 31/12/2024").end()).contains(PartialDate.parse("2024-12-31"));
    assertThat(Schedule.parse("pour le 30/06/2020").start()).isEmpty();
  }

  @Test
  void indetermineeIsUndeterminedWithoutNote() {
    Schedule s = Schedule.parse("Indéterminée");
    assertThat(s.isUndetermined()).isTrue();
    assertThat(s.note()).isEmpty();
  }

  @Test
  void wordingsBeyondDatesAreKeptAsNote() {
    Schedule s = Schedule.parse("2020 pour entrant - 2022 pour sortant");
    assertThat(s.start()).contains(PartialDate.ofYear(2020));
    assertThat(s.end()).contains(PartialDate.ofYear(2022));
    assertThat(s.note()).contains("2020 pour entrant - 2022 pour sortant");
    assertThat(Schedule.parse("courant de la législature").note()).contains("courant de la législature");
  }

  @Test
  void endsAfterRespectsPrecisionOfBoth() {
    PartialDate deadline = PartialDate.parse("2024-06-30");
    assertThat(Schedule.parse("2020-2025").endsAfter(deadline)).isEqualTo(DateComparison.DEFINITELY);
    assertThat(Schedule.parse("2020-2024").endsAfter(deadline)).isEqualTo(DateComparison.POSSIBLY);
    assertThat(Schedule.parse("2020-2023").endsAfter(deadline)).isEqualTo(DateComparison.NO);
    assertThat(Schedule.parse("2020-2024").endsAfter(PartialDate.ofYear(2024))).isEqualTo(DateComparison.NO);
  }

  @Test
  void endsAfterWithoutEnd() {
    PartialDate deadline = PartialDate.ofYear(2024);
    assertThat(Schedule.parse("dès 2020").endsAfter(deadline)).isEqualTo(DateComparison.POSSIBLY);
    assertThat(Schedule.undetermined().endsAfter(deadline)).isEqualTo(DateComparison.UNKNOWN);
    assertThat(Schedule.builder().start(PartialDate.ofYear(2025)).build().endsAfter(deadline))
        .isEqualTo(DateComparison.DEFINITELY);
  }

  @Test
  void invertedScheduleIsDetected() {
    assertThat(Schedule.parse("2024-2020").isInverted()).isTrue();
    assertThat(Schedule.parse("2020-2024").isInverted()).isFalse();
  }

  @Test
  void toStringIsReadable() {
    assertThat(Schedule.parse("2020")).hasToString("2020");
    assertThat(Schedule.parse("2020-06/2021-12")).hasToString("2020-06/2021-12");
    assertThat(Schedule.parse("dès 2020")).hasToString("dès 2020");
    assertThat(Schedule.undetermined()).hasToString("indéterminée");
  }

  @Test
  void twoDigitEndYearsAreARange() {
    assertThat(Schedule.parse("2023-24")).isEqualTo(Schedule.of(PartialDate.ofYear(2023), PartialDate.ofYear(2024)));
    assertThat(Schedule.parse("2019 - 20")).isEqualTo(Schedule.of(PartialDate.ofYear(2019), PartialDate.ofYear(2020)));
    assertThat(Schedule.parse("2023-12")).isEqualTo(Schedule.during(PartialDate.ofMonth(2023, 12)));
  }

  @Test
  void abbreviatedFrenchMonthsAreRead() {
    assertThat(Schedule.parse("févr-22")).isEqualTo(Schedule.during(PartialDate.ofMonth(2022, 2)));
    assertThat(Schedule.parse("sept. 2021")).isEqualTo(Schedule.during(PartialDate.ofMonth(2021, 9)));
    assertThat(Schedule.parse("déc-2024")).isEqualTo(Schedule.during(PartialDate.ofMonth(2024, 12)));
  }

  @Test
  void debutGivesAStartOnly() {
    Schedule start = Schedule.parse("Début 2021");
    assertThat(start.start()).hasValue(PartialDate.ofYear(2021));
    assertThat(start.end()).isEmpty();
    assertThat(start.openEnded()).isFalse();
  }

  @Test
  void impossibleDatesAndHugeTextsFailNamingTheText() {
    assertThatThrownBy(() -> Schedule.parse("31/02/2020"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'31/02/2020'")
        .hasMessageContaining("accepted");
    assertThatThrownBy(() -> Schedule.parse("2020 ".repeat(200)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 500");
  }
}
