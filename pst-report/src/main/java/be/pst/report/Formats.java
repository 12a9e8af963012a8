package be.pst.report;

import be.pst.core.person.Pilot;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How the documents print dates, percentages, schedules and lists, in French. Stateless;
 * package-private.
 */
final class Formats {

  private static final String[] MONTHS = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre"
  };

  private Formats() {}

  /** "31 décembre 2021". */
  static String date(LocalDate date) {
    return (date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth())) + " "
        + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  /** "2021-06-30" as "30 juin 2021", "2021-06" as "juin 2021", "2021" as is. */
  static String date(PartialDate date) {
    switch (date.precision()) {
      case DAY:
        return date(date.earliest());
      case MONTH:
        return MONTHS[date.earliest().getMonthValue() - 1] + " " + date.year();
      default:
        return Integer.toString(date.year());
    }
  }

  /** "mars 2020 – décembre 2024", "dès 2020", "indéterminée", with its note. */
  static String schedule(Schedule schedule) {
    String text;
    if (schedule.start().isPresent() && schedule.end().isPresent()) {
      text = date(schedule.start().get()) + " – " + date(schedule.end().get());
    } else if (schedule.start().isPresent()) {
      text = "dès " + date(schedule.start().get());
    } else if (schedule.end().isPresent()) {
      text = "jusqu'en " + date(schedule.end().get());
    } else {
      text = "indéterminée";
    }
    return schedule.note().map(n -> text + " (" + n + ")").orElse(text);
  }

  /** "83,33 %" from a percentage, two decimals at most, trailing zeros kept as given. */
  static String percent(BigDecimal percent) {
    return percent.setScale(Math.min(2, Math.max(0, percent.scale())), RoundingMode.HALF_EVEN)
        .toPlainString().replace('.', ',') + " %";
  }

  /** The text, or "" when absent: the templates skip empty strings. */
  static String text(Optional<?> value) {
    return value.map(String::valueOf).orElse("");
  }

  /** Items joined by ", ", or "". */
  static String join(List<?> items) {
    StringBuilder s = new StringBuilder();
    for (Object item : items) {
      s.append(s.length() == 0 ? "" : ", ").append(item);
    }
    return s.toString();
  }

  /** The pilots, "Présidente du CPAS, Directrice générale", or "". */
  static String pilots(List<Pilot> pilots) {
    return join(pilots);
  }
}
