package be.pst.core.schedule;

import be.pst.core.style.PstStyle;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * When an action takes place (calendrier, échéancier): an optional start and end, each a
 * {@link PartialDate}, possibly open-ended ("dès 2020") or undetermined ("indéterminée"), with
 * an optional note for the wordings that do not fit ("2020 pour entrant - 2022 pour sortant").
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class Schedule implements WithSchedule {

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2}"
              + "|\\d{4}-\\d{1,2}(?!\\d)|(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout"
              + "|septembre|octobre|novembre|decembre)\\s+\\d{4}|\\d{4})(?!\\d)");
  private static final List<String> MONTHS =
      List.of(
          "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
          "octobre", "novembre", "decembre");
  private static final String DATE_AHEAD =
      "\\s*(?:le\\s+|l'|la\\s+)?(?=\\d|janvier|fevrier|mars|avril|mai|juin|juillet|aout"
          + "|septembre|octobre|novembre|decembre).*";
  private static final Pattern FROM =
      Pattern.compile("^(?:des|a partir d[eu]|depuis)\\b" + DATE_AHEAD);
  private static final Pattern UNTIL =
      Pattern.compile("^(?:jusqu ?'? ?(?:en|au|a)|au plus tard|pour le|avant)\\b" + DATE_AHEAD);
  private static final Pattern NOISE =
      Pattern.compile(
          "\\b(des|a partir d[eu]|depuis|jusqu ?'? ?(en|au|a)|au plus tard|pour le|avant|de|du"
              + "|au|a|le|l'|en|et)\\b|[-/()\\s\u2013\u2014.,:;'?]");
  private static final Pattern UNDETERMINED = Pattern.compile(".*\\bindetermine(e|es|s)?\\b.*");
  /** "Début 2021": a start only. */
  private static final Pattern START =
      Pattern.compile("^(?:debut|commence(?:ment)?|lancement)\\b" + DATE_AHEAD);
  /** "févr-22", "sept. 2021": an abbreviated French month and a year of two or four digits. */
  private static final Pattern SHORT_MONTH = Pattern.compile(
      "\\b(janv|fevr?|mars|avr|mai|juin|juil|aout|sept?|oct|nov|dec)[a-z]*\\.?[\\s-]*"
          + "(\\d{4}|\\d{2})(?!\\d)");
  /** "2023-24": a range whose end year has two digits (13 to 99: a month is 01 to 12). */
  private static final Pattern SHORT_RANGE =
      Pattern.compile("(?<![\\d/.])(\\d{2})(\\d{2})\\s*[-\u2013/]\\s*(1[3-9]|[2-9]\\d)(?![\\d/.])");
  private static final List<String> SHORT_MONTHS = List.of(
      "janv", "fev", "mars", "avr", "mai", "juin", "juil", "aout", "sep", "oct", "nov", "dec");
  /** The longest wording {@link #parse} reads. */
  private static final int MAX_TEXT = 500;

  Schedule() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of schedules
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Schedule}; obtain one with {@link Schedule#builder()}. */
  public static final class Builder extends ImmutableSchedule.Builder {
    Builder() {}
  }

  /**
   * The first day the action may start, if known.
   *
   * @return the start
   */
  public abstract Optional<PartialDate> start();

  /**
   * The date by which the action ends, if known.
   *
   * @return the end
   */
  public abstract Optional<PartialDate> end();

  /**
   * Whether the action goes on with no planned end ("dès 2020", "permanent").
   *
   * @return {@code true} if open-ended
   */
  @Value.Default
  public boolean openEnded() {
    return false;
  }

  /**
   * The original wording when it says more than the dates ("2020 pour entrant - 2022 pour
   * sortant").
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * A schedule from {@code start} to {@code end}.
   *
   * @param start the start
   * @param end the end
   * @return the schedule
   */
  public static Schedule of(PartialDate start, PartialDate end) {
    return builder().start(start).end(end).build();
  }

  /**
   * A schedule that takes place within one partial date ("2020": from 2020 to 2020).
   *
   * @param period the year, month or day
   * @return the schedule
   */
  public static Schedule during(PartialDate period) {
    return of(period, period);
  }

  /**
   * An open-ended schedule starting at {@code start} ("dès 2020").
   *
   * @param start the start
   * @return the schedule
   */
  public static Schedule from(PartialDate start) {
    return builder().start(start).openEnded(true).build();
  }

  /**
   * A schedule with only an end ("jusqu'au 31/12/2024").
   *
   * @param end the end
   * @return the schedule
   */
  public static Schedule until(PartialDate end) {
    return builder().end(end).build();
  }

  /**
   * An undetermined schedule ("indéterminée"): no start, no end, not open-ended.
   *
   * @return the schedule
   */
  public static Schedule undetermined() {
    return builder().build();
  }

  /**
   * Parses the wordings of the seeds: {@code "2020"}, {@code "2020-2024"}, {@code "2023-24"},
   * {@code "2020-06/2021-12"}, {@code "01/10/2019 - 31/12/2024"}, {@code "juin 2020"}, {@code
   * "févr-22"}, {@code "dès 2020"} and {@code "à partir de 2021"} (a start, open-ended), {@code
   * "Début 2021"} (a start, end unknown), {@code "jusqu'en 2024"} (an end), {@code
   * "indéterminée"}. A lone date is both start and end; two or more dates give the first as start
   * and the last as end.
   * When the text holds words beyond dates and connectives, it is kept as {@link #note()}; a text
   * with no date at all gives an undetermined schedule with the text as note ("indéterminée"
   * alone gives no note).
   *
   * @param text the wording
   * @return the schedule
   * @throws IllegalArgumentException if a date in the text does not exist ("31/02/2020") or the
   *     text is longer than 500 characters, naming it
   */
  public static Schedule parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("not a schedule: a text of " + text.length()
          + " characters (at most " + MAX_TEXT + ")");
    }
    String simple = expand(simplify(text));
    List<PartialDate> dates = new ArrayList<>();
    Matcher m = TOKEN.matcher(simple);
    try {
      while (m.find()) {
        dates.add(token(m.group(1)));
      }
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new IllegalArgumentException("not a schedule: '" + text + "' (" + e.getMessage()
          + "); accepted: 2020, 2020-2024, 2023-24, 2020-06/2021-12, juin 2020, févr-22,"
          + " dès 2020, Début 2021, jusqu'en 2024, indéterminée", e);
    }
    String rest = NOISE.matcher(TOKEN.matcher(simple).replaceAll(" ")).replaceAll("");
    Builder b = builder();
    boolean undetermined = UNDETERMINED.matcher(simple).matches();
    if (dates.isEmpty()) {
      if (!(undetermined && rest.replace("indeterminee", "").replace("indetermine", "").isEmpty())
          && !text.isBlank()) {
        b.note(text.trim());
      }
      return b.build();
    }
    if (dates.size() == 1 && FROM.matcher(simple).matches()) {
      b.start(dates.get(0)).openEnded(true);
    } else if (dates.size() == 1 && START.matcher(simple).matches()) {
      b.start(dates.get(0));
    } else if (dates.size() == 1 && UNTIL.matcher(simple).matches()) {
      b.end(dates.get(0));
    } else {
      b.start(dates.get(0)).end(dates.get(dates.size() - 1));
    }
    if (!rest.isEmpty()) {
      b.note(text.trim());
    }
    return b.build();
  }

  /** Rewrites short forms as the full ones the tokens read: "févr-22" → "2022-02". */
  private static String expand(String simple) {
    Matcher range = SHORT_RANGE.matcher(simple);
    String s = range.replaceAll(r -> Integer.parseInt(r.group(3)) > Integer.parseInt(r.group(2))
        ? r.group(1) + r.group(2) + " " + r.group(1) + r.group(3) : r.group());
    Matcher month = SHORT_MONTH.matcher(s);
    return month.replaceAll(r -> {
      String name = r.group(1);
      int index = 0;
      while (index < SHORT_MONTHS.size() && !name.startsWith(SHORT_MONTHS.get(index))) {
        index++;
      }
      String year = r.group(2).length() == 2 ? "20" + r.group(2) : r.group(2);
      return String.format(Locale.ROOT, "%s-%02d", year, index + 1);
    });
  }

  private static String simplify(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .trim();
  }

  private static PartialDate token(String token) {
    String t = token;
    for (int i = 0; i < MONTHS.size(); i++) {
      if (t.startsWith(MONTHS.get(i))) {
        t = String.format("%s-%02d", t.substring(MONTHS.get(i).length()).trim(), i + 1);
        break;
      }
    }
    return PartialDate.parse(t.replace('.', '/'));
  }

  /**
   * The same schedule moved in time, each date at its own precision (see {@link
   * PartialDate#plusMonths(int)}): what postponing an action does to it.
   *
   * @param years the years to add, negative to bring it forward
   * @param months the months to add on top
   * @return the moved schedule, with the same note and open end
   * @throws IllegalArgumentException if a date known only to the year would move by a number of
   *     months that is not whole years, or would leave the years 1–9999
   */
  public Schedule shift(int years, int months) {
    long total = (long) years * 12 + months;
    if (total < Integer.MIN_VALUE || total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("cannot move a schedule by " + years + " years and "
          + months + " months");
    }
    return builder().from(this)
        .start(start().map(d -> d.plusMonths((int) total)))
        .end(end().map(d -> d.plusMonths((int) total)))
        .build();
  }

  /**
   * Whether nothing is known of the dates: no start, no end and not open-ended.
   *
   * @return {@code true} if undetermined
   */
  public boolean isUndetermined() {
    return start().isEmpty() && end().isEmpty() && !openEnded();
  }

  /**
   * Whether this schedule ends after {@code deadline}, respecting the precision of both. A
   * deadline means "at the latest on its last day": a deadline "2024" is 31 December 2024. An
   * end in "2025" is {@link DateComparison#DEFINITELY} after a deadline "2024"; an end in "2024"
   * is only {@link DateComparison#POSSIBLY} after "2024-06-30" (it may be in December); an end in
   * "2024" is not after ({@link DateComparison#NO}) a deadline "2024". Without an end, an open-ended
   * schedule is POSSIBLY after, a schedule starting definitely after the deadline is DEFINITELY
   * after, anything else is {@link DateComparison#UNKNOWN}.
   *
   * @param deadline the deadline (échéance), typically the operational objective's
   * @return how certainly this schedule ends after the deadline
   */
  public DateComparison endsAfter(PartialDate deadline) {
    Objects.requireNonNull(deadline, "deadline");
    if (end().isPresent()) {
      PartialDate e = end().get();
      if (e.isDefinitelyAfter(deadline)) {
        return DateComparison.DEFINITELY;
      }
      return e.latest().isAfter(deadline.latest()) ? DateComparison.POSSIBLY : DateComparison.NO;
    }
    if (start().isPresent() && start().get().isDefinitelyAfter(deadline)) {
      return DateComparison.DEFINITELY;
    }
    return openEnded() ? DateComparison.POSSIBLY : DateComparison.UNKNOWN;
  }

  /**
   * Whether the end is certainly before the start (an inconsistent schedule).
   *
   * @return {@code true} if both are present and the start is definitely after the end
   */
  public boolean isInverted() {
    return start().isPresent() && end().isPresent() && start().get().isDefinitelyAfter(end().get());
  }

  /**
   * A readable form: "2020", "2020-06/2021-12", "dès 2020", "jusqu'en 2024", "indéterminée",
   * followed by the note in brackets if any.
   *
   * @return the readable schedule
   */
  @Override
  public String toString() {
    String dates;
    if (start().isPresent() && end().isPresent()) {
      dates =
          start().get().equals(end().get())
              ? start().get().toString()
              : start().get() + "/" + end().get();
    } else if (start().isPresent()) {
      dates = (openEnded() ? "dès " : "à partir de ") + start().get();
    } else if (end().isPresent()) {
      dates = "jusqu'en " + end().get();
    } else {
      dates = openEnded() ? "permanent" : "indéterminée";
    }
    return note().map(n -> dates + " [" + n + "]").orElse(dates);
  }
}
