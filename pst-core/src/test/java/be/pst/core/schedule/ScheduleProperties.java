package be.pst.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class ScheduleProperties {

  @Provide
  Arbitrary<PartialDate> partialDates() {
    Arbitrary<Integer> years = Arbitraries.integers().between(2015, 2030);
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> days = Arbitraries.integers().between(1, 28);
    return Arbitraries.oneOf(
        years.map(PartialDate::ofYear),
        Combinators.combine(years, months).as(PartialDate::ofMonth),
        Combinators.combine(years, months, days).as((y, m, d) -> PartialDate.of(LocalDate.of(y, m, d))));
  }

  @Property
  void definitelyAfterImpliesPossiblyAfter(
      @ForAll("partialDates") PartialDate a, @ForAll("partialDates") PartialDate b) {
    if (a.isDefinitelyAfter(b)) {
      assertThat(a.isPossiblyAfter(b)).isTrue();
    }
  }

  @Property
  void definitelyAfterIsAsymmetric(
      @ForAll("partialDates") PartialDate a, @ForAll("partialDates") PartialDate b) {
    assertThat(a.isDefinitelyAfter(b) && b.isDefinitelyAfter(a)).isFalse();
  }

  @Property
  void nothingIsDefinitelyAfterItself(@ForAll("partialDates") PartialDate a) {
    assertThat(a.isDefinitelyAfter(a)).isFalse();
    assertThat(a.earliest()).isBeforeOrEqualTo(a.latest());
  }

  @Property
  void parseReadsToString(@ForAll("partialDates") PartialDate a) {
    assertThat(PartialDate.parse(a.toString())).isEqualTo(a);
  }

  @Property
  void yearRangeWordingRoundTrips(
      @ForAll @IntRange(min = 2000, max = 2040) int first, @ForAll @IntRange(min = 0, max = 10) int length) {
    Schedule s = Schedule.parse(first + "-" + (first + length));
    assertThat(s.start()).contains(PartialDate.ofYear(first));
    assertThat(s.end()).contains(PartialDate.ofYear(first + length));
  }

  @Property
  void wordingsWithoutDigitsNeverFailAndKeepTheirText(@ForAll @AlphaChars @StringLength(min = 1, max = 40) String text) {
    Schedule s = Schedule.parse(text);
    assertThat(s.start()).isEmpty();
    assertThat(s.end()).isEmpty();
    if (!text.toLowerCase(java.util.Locale.ROOT).startsWith("indetermin")) {
      assertThat(s.note()).contains(text.trim());
    }
  }

  @Property
  void endsAfterAgreesWithTheDaysDenoted(
      @ForAll("partialDates") PartialDate end, @ForAll("partialDates") PartialDate deadline) {
    DateComparison c = Schedule.until(end).endsAfter(deadline);
    boolean someDayLate = end.latest().isAfter(deadline.latest());
    boolean everyDayLate = end.earliest().isAfter(deadline.latest());
    assertThat(c).isNotEqualTo(DateComparison.UNKNOWN);
    assertThat(c == DateComparison.DEFINITELY).isEqualTo(everyDayLate);
    assertThat(c == DateComparison.NO).isEqualTo(!someDayLate);
  }
}
