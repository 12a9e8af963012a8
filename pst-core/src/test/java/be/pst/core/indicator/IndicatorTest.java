package be.pst.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.fixtures.Ottignies;
import be.pst.core.schedule.PartialDate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class IndicatorTest {

  private static final LocalDate JUNE_2021 = LocalDate.of(2021, 6, 30);

  private static Indicator ottigniesA1(String code) {
    return Ottignies.a1().indicators().stream()
        .filter(i -> i.code().orElse("").equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void threeOfFiveEveningMeetingsIsSixtyPercent() {
    Indicator meetings =
        ottigniesA1("5").withMeasurement(Measurement.of(JUNE_2021, IndicatorValue.count(3)));
    assertThat(meetings.attainment()).contains(new BigDecimal("60.00"));
  }

  @Test
  void attainmentStartsFromTheBaseline() {
    Indicator colibris =
        Ottignies.a2().indicators().get(1)
            .withMeasurement(Measurement.of(JUNE_2021, IndicatorValue.count(20)));
    // from 18 to 21 places: 2 of 3 added
    assertThat(colibris.attainment()).contains(new BigDecimal("66.67"));
    assertThat(colibris.attainment(0, RoundingMode.DOWN)).contains(new BigDecimal("66"));
  }

  @Test
  void doneIsHundredAndNotDoneIsZero() {
    Indicator director = ottigniesA1("1");
    assertThat(director.attainment()).isEmpty();
    assertThat(director.withMeasurement(Measurement.of(JUNE_2021, IndicatorValue.done(false))).attainment())
        .contains(new BigDecimal("0.00"));
    assertThat(director.withMeasurement(Measurement.of(JUNE_2021, IndicatorValue.done(true))).attainment())
        .contains(new BigDecimal("100.00"));
  }

  @Test
  void latestMeasurementCounts() {
    Indicator director =
        ottigniesA1("1")
            .withMeasurement(Measurement.of(JUNE_2021, IndicatorValue.done(true)))
            .withMeasurement(Measurement.of(LocalDate.of(2020, 1, 1), IndicatorValue.done(false)));
    assertThat(director.latestMeasurement().map(Measurement::date)).contains(JUNE_2021);
    assertThat(director.attainment()).contains(new BigDecimal("100.00"));
  }

  @Test
  void attainmentIsClampedToHundred() {
    Indicator meetings =
        ottigniesA1("5").withMeasurement(Measurement.of(JUNE_2021, IndicatorValue.count(9)));
    assertThat(meetings.attainment()).contains(new BigDecimal("100.00"));
  }

  @Test
  void moneyTargetIsComparedInEuros() {
    Indicator recoveries =
        Indicator.builder()
            .name("Montants des rentrées financières complémentaires")
            .kind(IndicatorKind.AMOUNT)
            .target(IndicatorValue.amount(Money.of(new BigDecimal("120000.00"), "EUR")))
            .addMeasurements(
                Measurement.of(JUNE_2021, IndicatorValue.amount(Money.of(new BigDecimal("30000.00"), "EUR"))))
            .build();
    assertThat(recoveries.attainment()).contains(new BigDecimal("25.00"));
  }

  @Test
  void amountsInAnotherCurrencyGiveNoAttainment() {
    Indicator recoveries =
        Indicator.builder()
            .name("Montant")
            .kind(IndicatorKind.AMOUNT)
            .target(IndicatorValue.amount(Money.of(100, "EUR")))
            .addMeasurements(Measurement.of(JUNE_2021, IndicatorValue.amount(Money.of(50, "USD"))))
            .build();
    assertThat(recoveries.attainment()).isEmpty();
  }

  @Test
  void milestoneReachedByTheTargetDateIsHundred() {
    Indicator report = Ottignies.a4().indicators().get(0);
    assertThat(report.firstTargetDate()).contains(PartialDate.parse("2020-06-30"));
    assertThat(report.withMeasurement(Measurement.of(LocalDate.of(2020, 6, 15), IndicatorValue.milestone(LocalDate.of(2020, 6, 15)))).attainment())
        .contains(new BigDecimal("100.00"));
    assertThat(report.withMeasurement(Measurement.of(LocalDate.of(2020, 9, 1), IndicatorValue.milestone(LocalDate.of(2020, 9, 1)))).attainment())
        .contains(new BigDecimal("0.00"));
  }

  @Test
  void valueOfTheWrongKindGivesNoAttainment() {
    Indicator meetings =
        ottigniesA1("5").withMeasurement(Measurement.of(JUNE_2021, IndicatorValue.ratio(BigDecimal.TEN)));
    assertThat(meetings.attainment()).isEmpty();
  }

  @Test
  void textHasNoAttainment() {
    Indicator text =
        Indicator.builder()
            .name("Effets sur les troubles du comportement du résident")
            .kind(IndicatorKind.TEXT)
            .addMeasurements(Measurement.of(JUNE_2021, IndicatorValue.text("positifs")))
            .build();
    assertThat(text.attainment()).isEmpty();
  }

  @Test
  void toStringShowsNameKindTargetAndAttainment() {
    Indicator meetings =
        ottigniesA1("5").withMeasurement(Measurement.of(JUNE_2021, IndicatorValue.count(3)));
    assertThat(meetings.toString())
        .startsWith("5. Organisation de réunions")
        .contains("[Nombre]", "cible 5", "atteint 60 %");
  }
}
