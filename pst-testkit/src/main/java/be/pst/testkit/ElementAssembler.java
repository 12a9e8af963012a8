package be.pst.testkit;

import be.pst.core.element.ExternalId;
import be.pst.core.element.Health;
import be.pst.core.element.HumanResources;
import be.pst.core.element.PlanElement;
import be.pst.core.element.Priority;
import be.pst.core.element.Sdg;
import be.pst.core.element.StaffYear;
import be.pst.core.element.Status;
import be.pst.core.element.TextFormat;
import be.pst.core.element.Volet;
import be.pst.core.indicator.IndicatorOrder;
import be.pst.core.objective.VoletSection;
import be.pst.core.schedule.Schedule;
import be.pst.testkit.PlanDrafts.ElementDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the {@link ElementDraft} every element has into the attributes of {@link PlanElement}:
 * description and its format, external identifier, volet, status, priority, progress, health and
 * their notes, effective schedule, pilots of the three kinds, department, services, partners,
 * local plans, categories, themes, SDGs, human resources with staff per year, indicators,
 * comments and last update. The attributes are set on a volet section used as a carrier, which
 * every element builder copies with {@code from(PlanElement)}.
 */
final class ElementAssembler {

  /** The optional attributes of an element, one presence bit each. */
  enum Facet {
    DESCRIPTION, EXTERNAL_ID, VOLET, STATUS, STATUS_NOTE, PRIORITY, PRIORITY_NOTE, PROGRESS,
    HEALTH, HEALTH_NOTE, SCHEDULE, EFFECTIVE_SCHEDULE, DEPARTMENT, SERVICES, PARTNERS,
    LOCAL_PLANS, CATEGORIES, THEMES, SDGS, HUMAN_RESOURCES, COMMENTS, LAST_UPDATE;

    boolean in(int presence) {
      return (presence & (1 << ordinal())) != 0;
    }
  }

  private final PlanCalendar calendar;
  private final IndicatorAssembler indicators;

  ElementAssembler(PlanCalendar calendar) {
    this.calendar = calendar;
    this.indicators = new IndicatorAssembler(calendar);
  }

  /** Whether the draft asks for a planned schedule. */
  static boolean scheduled(ElementDraft d) {
    return Facet.SCHEDULE.in(d.presence());
  }

  /**
   * The common attributes of an element.
   *
   * @param code the element's code
   * @param titles the titles to choose from
   * @param d the draft
   * @param schedule the planned schedule, computed by the caller from {@code when}
   * @param when the choices of the draft's schedules, the planned one already read
   * @param order the order of the element's indicators
   * @param pilotRequired whether a political pilot is added when the draft has no pilot (unless
   *     the element receives {@link PlanDefect#MISSING_PILOT})
   * @param defects the defects the element receives
   * @return a carrier holding the attributes, for {@code builder.from(carrier)}
   */
  VoletSection.Builder common(
      String code,
      List<String> titles,
      ElementDraft d,
      Optional<Schedule> schedule,
      Choices when,
      IndicatorOrder order,
      boolean pilotRequired,
      Set<PlanDefect> defects) {
    Choices c = Choices.of(d.choices());
    String title = c.of(titles);
    int textKind = c.below(4);
    String plain = c.of(Vocabulary.PLAIN_TEXTS);
    String html = c.of(Vocabulary.HTML_TEXTS);
    String word = c.word(12);
    boolean uid = c.flip();
    long number = c.below(1 << 30);
    Volet volet = c.of(Volet.values());
    Status status = c.of(Status.values());
    String statusNote = c.of(Vocabulary.STATUS_NOTES);
    int statusNoteFormat = c.below(3);
    Priority priority = c.of(Priority.values());
    String priorityNote = c.of(Vocabulary.PRIORITY_NOTES);
    int progressTenths = c.between(0, 1000);
    Health health = c.of(Health.values());
    String healthNote = c.of(Vocabulary.HEALTH_NOTES);
    String department = c.of(Vocabulary.DEPARTMENTS);
    String comment = c.word(20);

    VoletSection.Builder e = VoletSection.builder().code(code).title(title);
    int presence = d.presence();
    if (Facet.DESCRIPTION.in(presence)) {
      switch (textKind) {
        case 1:
          e.description(plain).descriptionFormat(TextFormat.TEXT);
          break;
        case 2:
          e.description(html).descriptionFormat(TextFormat.HTML);
          break;
        case 3:
          e.description(Vocabulary.RTF_TEXTS.get(0)).descriptionFormat(TextFormat.RTF);
          break;
        default:
          e.description(plain + " " + word);
      }
    }
    if (Facet.EXTERNAL_ID.in(presence)) {
      e.externalId(
          ExternalId.of(
              uid ? uid(number, code) : "ERP-" + BudgetChoices.digits((int) number, 10)));
    }
    if (Facet.VOLET.in(presence)) {
      e.volet(volet);
    }
    if (Facet.STATUS.in(presence)) {
      e.status(status);
    }
    if (Facet.STATUS_NOTE.in(presence)) {
      e.statusNote(statusNoteFormat == 2 ? "<p>" + statusNote + "</p>" : statusNote);
      if (statusNoteFormat > 0) {
        e.statusNoteFormat(statusNoteFormat == 1 ? TextFormat.TEXT : TextFormat.HTML);
      }
    }
    if (Facet.PRIORITY.in(presence)) {
      e.priority(priority);
    }
    if (Facet.PRIORITY_NOTE.in(presence)) {
      e.priorityNote(priorityNote);
    }
    if (defects.contains(PlanDefect.PROGRESS_OUT_OF_RANGE)) {
      e.progress(BigDecimal.valueOf(progressTenths % 2 == 0 ? 140 : -5));
    } else if (Facet.PROGRESS.in(presence)) {
      e.progress(Decimals.normalize(BigDecimal.valueOf(progressTenths, 1)));
    }
    if (Facet.HEALTH.in(presence)) {
      e.health(health);
    }
    if (Facet.HEALTH_NOTE.in(presence)) {
      e.healthNote(healthNote);
    }
    e.schedule(schedule);
    Schedule effective = calendar.schedule(when, 0, calendar.years() - 1, true);
    if (Facet.EFFECTIVE_SCHEDULE.in(presence)) {
      e.effectiveSchedule(effective);
    }
    if (Facet.DEPARTMENT.in(presence)) {
      e.department(department);
    }
    if (Facet.COMMENTS.in(presence)) {
      e.comments(comment);
    }
    tags(e, d, presence);
    pilots(e, d, pilotRequired, defects, c);
    e.addAllIndicators(indicators.indicators(d.indicators(), order, defects));
    return e;
  }

  /** A Plone-like UID: 32 hexadecimal digits, from the drawn number and the code. */
  private static String uid(long number, String code) {
    return hex16(number * 0x9E3779B97F4A7C15L) + hex16(code.hashCode() * 0xC2B2AE3D27D4EB4FL + number);
  }

  private static String hex16(long value) {
    String hex = Long.toHexString(value);
    return "0".repeat(16 - hex.length()) + hex;
  }

  private void tags(VoletSection.Builder e, ElementDraft d, int presence) {
    Choices t = Choices.of(d.tags());
    List<String> services = t.subset(Vocabulary.SERVICES, 3);
    List<String> partners = t.subset(Vocabulary.PARTNERS, 3);
    List<String> localPlans = t.subset(Vocabulary.LOCAL_PLANS, 2);
    List<String> categories = t.subset(Vocabulary.CATEGORIES, 2);
    List<String> themes = t.subset(Vocabulary.THEMES, 2);
    int sdgCount = t.between(1, 3);
    int[] sdgs = {t.between(1, 17), t.between(1, 17), t.between(1, 17)};
    LocalDate lastUpdate = calendar.day(t);
    int hrParts = t.below(8);
    int hours = t.between(1, 38);
    int fteTenths = t.between(1, 20);
    String hrNote = t.of(Vocabulary.HR_NOTES);
    if (Facet.SERVICES.in(presence)) {
      e.addAllServices(services);
    }
    if (Facet.PARTNERS.in(presence)) {
      e.addAllPartners(partners);
    }
    if (Facet.LOCAL_PLANS.in(presence)) {
      e.addAllLocalPlans(localPlans);
    }
    if (Facet.CATEGORIES.in(presence)) {
      e.addAllCategories(categories);
    }
    if (Facet.THEMES.in(presence)) {
      e.addAllThemes(themes);
    }
    if (Facet.SDGS.in(presence)) {
      for (int i = 0; i < sdgCount; i++) {
        e.addSdgs(Sdg.of(sdgs[i]));
      }
    }
    if (Facet.LAST_UPDATE.in(presence)) {
      e.lastUpdate(lastUpdate);
    }
    if (Facet.HUMAN_RESOURCES.in(presence)) {
      HumanResources.Builder hr = HumanResources.builder();
      if ((hrParts & 1) != 0) {
        hr.hoursPerWeek(BigDecimal.valueOf(hours));
      }
      if ((hrParts & 2) != 0) {
        hr.fte(Decimals.normalize(BigDecimal.valueOf(fteTenths, 1)));
      }
      if ((hrParts & 4) != 0) {
        hr.note(hrNote);
      }
      Set<Integer> years = new HashSet<>();
      for (long staff : d.staffYears()) {
        StaffYear year = staffYear(Choices.of(staff));
        if (years.add(year.exercice())) {
          hr.addYears(year);
        }
      }
      e.humanResources(hr.build());
    }
  }

  private StaffYear staffYear(Choices s) {
    int exercice = calendar.first() + s.below(calendar.years());
    int parts = s.below(8);
    int fteTenths = s.between(1, 50);
    int additionalTenths = s.between(1, 20);
    String note = s.of(Vocabulary.STAFF_NOTES);
    StaffYear.Builder year = StaffYear.builder().exercice(exercice);
    if ((parts & 1) != 0) {
      year.fte(Decimals.normalize(BigDecimal.valueOf(fteTenths, 1)));
    }
    if ((parts & 2) != 0) {
      year.additionalFte(Decimals.normalize(BigDecimal.valueOf(additionalTenths, 1)));
    }
    if ((parts & 4) != 0) {
      year.note(note);
    }
    return year.build();
  }

  private static void pilots(
      VoletSection.Builder e, ElementDraft d, boolean pilotRequired, Set<PlanDefect> defects,
      Choices fallback) {
    if (defects.contains(PlanDefect.MISSING_PILOT)) {
      return;
    }
    for (long pilot : d.pilots()) {
      Choices p = Choices.of(pilot);
      if (p.flip()) {
        e.addPoliticalPilots(People.pilot(p, true));
      } else {
        e.addAdministrativePilots(People.pilot(p, false));
      }
    }
    if (pilotRequired && d.pilots().isEmpty()) {
      e.addPoliticalPilots(People.pilot(fallback, true));
    }
  }
}
