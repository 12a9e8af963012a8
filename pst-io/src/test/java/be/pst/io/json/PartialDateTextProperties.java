package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.schedule.PartialDate;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PartialDateTextProperties {

  @Property
  void partialDatesAreWrittenAsTheModelWritesThem(
      @ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 28) int day) {
    for (PartialDate date :
        new PartialDate[] {
          PartialDate.ofYear(year),
          PartialDate.ofMonth(year, month),
          PartialDate.of(LocalDate.of(year, month, day))
        }) {
      assertThat(DocumentEncoder.partialDate(date)).isEqualTo(date.toString());
      assertThat(PartialDate.parse(DocumentEncoder.partialDate(date))).isEqualTo(date);
    }
  }
}
