package be.pst.core.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the day, the month or the year only (date partielle), as plans write
 * deadlines: "31/12/2024", "juin 2020", "2020".
 *
 * <p>A partial date denotes the interval from {@link #earliest()} to {@link #latest()};
 * comparisons respect that imprecision ({@link #isDefinitelyAfter}, {@link #isPossiblyAfter}).
 * The natural order ({@link #compareTo}) sorts by earliest day, then latest day: it is a sorting
 * order consistent with {@code equals}, not a statement that one date is after another.
 * Instances are immutable and thread-safe.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How precisely a {@link PartialDate} is known (précision). */
  public enum Precision {
    /** Known to the day: "2020-06-30". */
    DAY,
    /** Known to the month: "2020-06". */
    MONTH,
    /** Known to the year: "2020". */
    YEAR
  }

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  private static final Pattern FRENCH = Pattern.compile("(?:(\\d{1,2})[/.])?(\\d{1,2})[/.](\\d{4})");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::earliest).thenComparing(PartialDate::latest);

  private final LocalDate earliest;
  private final Precision precision;

  private PartialDate(LocalDate earliest, Precision precision) {
    this.earliest = earliest;
    this.precision = precision;
  }

  /**
   * A date known to the day.
   *
   * @param date the day
   * @return the partial date of precision {@link Precision#DAY}
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new PartialDate(date, Precision.DAY);
  }

  /**
   * A date known to the month.
   *
   * @param month the month
   * @return the partial date of precision {@link Precision#MONTH}
   */
  public static PartialDate of(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return new PartialDate(month.atDay(1), Precision.MONTH);
  }

  /**
   * A date known to the month.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the partial date of precision {@link Precision#MONTH}
   * @throws DateTimeException if the month is not 1 to 12
   */
  public static PartialDate ofMonth(int year, int month) {
    return of(YearMonth.of(year, month));
  }

  /**
   * A date known to the year.
   *
   * @param year the year
   * @return the partial date of precision {@link Precision#YEAR}
   */
  public static PartialDate ofYear(int year) {
    return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
  }

  /**
   * Parses an ISO partial date ({@code "2020-06-30"}, {@code "2020-06"}, {@code "2020"}) or a
   * French one ({@code "30/06/2020"}, {@code "06/2020"}).
   *
   * @param text the text to parse, surrounding white space ignored
   * @return the partial date
   * @throws IllegalArgumentException if the text is not a partial date, naming it
   */
  public static PartialDate parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.trim();
    try {
      Matcher iso = ISO.matcher(s);
      if (iso.matches()) {
        return from(iso.group(1), iso.group(2), iso.group(3));
      }
      Matcher french = FRENCH.matcher(s);
      if (french.matches()) {
        return from(french.group(3), french.group(2), french.group(1));
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Invalid partial date '" + text + "': " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "Invalid partial date '"
            + text
            + "'; expected yyyy, yyyy-MM, yyyy-MM-dd, MM/yyyy or dd/MM/yyyy");
  }

  private static PartialDate from(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (month == null) {
      return ofYear(y);
    }
    int m = Integer.parseInt(month);
    if (day == null) {
      return ofMonth(y, m);
    }
    return of(LocalDate.of(y, m, Integer.parseInt(day)));
  }

  /**
   * This date some years later (or earlier), at the same precision.
   *
   * @param years the years to add, negative to go back
   * @return the moved date
   * @throws IllegalArgumentException if the year would leave 1–9999
   */
  public PartialDate plusYears(int years) {
    return plusMonths(Math.multiplyExact(years, 12));
  }

  /**
   * This date some months later (or earlier), at the same precision: a day moves as {@link
   * LocalDate#plusMonths} does (31 January plus one month is 28 or 29 February), a month moves
   * by months, and a date known only to the year moves by whole years.
   *
   * @param months the months to add, negative to go back
   * @return the moved date
   * @throws IllegalArgumentException if this date is known only to the year and {@code months}
   *     is not a multiple of 12, or the year would leave 1–9999
   */
  public PartialDate plusMonths(int months) {
    if (precision == Precision.YEAR && months % 12 != 0) {
      throw new IllegalArgumentException("the year " + year() + " cannot move by " + months
          + " months: a date known to the year moves by whole years");
    }
    LocalDate moved = earliest.plusMonths(months);
    if (moved.getYear() < 1 || moved.getYear() > 9999) {
      throw new IllegalArgumentException(
          "moving " + this + " by " + months + " months leaves the years 1–9999");
    }
    return new PartialDate(precision == Precision.DAY ? moved : moved.withDayOfMonth(1),
        precision);
  }

  /**
   * How precisely this date is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return precision;
  }

  /**
   * The first day this date may denote (1 January for a year, the 1st for a month).
   *
   * @return the earliest day
   */
  public LocalDate earliest() {
    return earliest;
  }

  /**
   * The last day this date may denote (31 December for a year, the month's last day).
   *
   * @return the latest day
   */
  public LocalDate latest() {
    switch (precision) {
      case YEAR:
        return earliest.withDayOfYear(earliest.lengthOfYear());
      case MONTH:
        return earliest.withDayOfMonth(earliest.lengthOfMonth());
      default:
        return earliest;
    }
  }

  /**
   * The year of this date, known at every precision.
   *
   * @return the year
   */
  public int year() {
    return earliest.getYear();
  }

  /**
   * Whether this date certainly falls after {@code other}: its earliest day is after the other's
   * latest day. "2025" is definitely after "2024-12-31"; "2024" is not definitely after
   * "2024-06-30".
   *
   * @param other the date to compare with
   * @return {@code true} if every day of this date is after every day of {@code other}
   */
  public boolean isDefinitelyAfter(PartialDate other) {
    Objects.requireNonNull(other, "other");
    return earliest().isAfter(other.latest());
  }

  /**
   * Whether this date may fall after {@code other}: its latest day is after the other's earliest
   * day. "2024" is possibly after "2024-06-30"; every date definitely after is possibly after.
   *
   * @param other the date to compare with
   * @return {@code true} if some day of this date is after some day of {@code other}
   */
  public boolean isPossiblyAfter(PartialDate other) {
    Objects.requireNonNull(other, "other");
    return latest().isAfter(other.earliest());
  }

  /**
   * Whether this date may denote {@code day}.
   *
   * @param day the day
   * @return {@code true} if {@code day} lies between {@link #earliest()} and {@link #latest()}
   */
  public boolean contains(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(earliest()) && !day.isAfter(latest());
  }

  /**
   * Sorting order: by earliest day, then by latest day (a year sorts after its first day).
   *
   * @param other the date to compare with
   * @return negative, zero or positive as this date sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  /**
   * Equal when both the precision and the denoted interval are equal: "2020" is not equal to
   * "2020-01-01".
   *
   * @param o the other object
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PartialDate)) {
      return false;
    }
    PartialDate that = (PartialDate) o;
    return earliest.equals(that.earliest) && precision == that.precision;
  }

  /**
   * Hash consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(earliest, precision);
  }

  /**
   * The ISO form, as read by {@link #parse}: "2020", "2020-06" or "2020-06-30".
   *
   * @return the ISO text of this date
   */
  @Override
  public String toString() {
    switch (precision) {
      case YEAR:
        return String.format("%04d", earliest.getYear());
      case MONTH:
        return YearMonth.from(earliest).toString();
      default:
        return earliest.toString();
    }
  }
}
