package be.pst.io.ecomptes;

import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.element.PlanElement;
import be.pst.core.element.Volet;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.objective.VoletSection;
import be.pst.core.person.Civility;
import be.pst.core.person.Person;
import be.pst.core.person.Pilot;
import be.pst.core.person.PilotKind;
import be.pst.core.plan.Plan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a plan is laid out in an eComptes document, shared by the writer and by
 * {@link EcomptesXml#carried}: which volets are written and which objectives each holds, the
 * {@code ElementId} and label of each element (and so the code the reader will find), how a
 * person is split into {@code Civilite}, {@code Nom}, {@code Prenom}, {@code Tel} and
 * {@code eMail}. Package-private plumbing; the rules are documented in {@code docs/ecomptes.md}.
 */
final class Layout {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Lengths of {@code PersonneInfo} (XML Schema counts code points). */
  static final int MAX_NOM = 100;
  static final int MAX_PRENOM = 50;
  static final int MAX_TEL = 15;
  static final int MAX_EMAIL = 255;
  static final int MAX_ARTICLE_LABEL = 255;

  private Layout() {}

  /**
   * A volet of the document: a {@link VoletSection} of the plan, or one the writer makes for the
   * objectives outside every section, grouped by their volet ({@code synthetic}).
   */
  record VoletPlan(Optional<VoletSection> section, Volet synthetic,
      List<StrategicObjective> objectives, boolean planLines) {}

  /**
   * The volets written, in order: the plan's sections (each with the objectives it lists that
   * exist and are in no earlier section), then one made volet per volet of the remaining
   * objectives (interne, externe, interne et externe, commun; an objective without a volet goes
   * to {@code defaultVolet}), and one made volet when there is no volet at all. Plan-level lines
   * go to the first made volet, else to the first section.
   */
  static List<VoletPlan> volets(Plan plan, Volet defaultVolet) {
    Map<String, StrategicObjective> byCode = new HashMap<>();
    for (StrategicObjective os : plan.strategicObjectives()) {
      byCode.putIfAbsent(os.code(), os);
    }
    Set<StrategicObjective> placed = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    List<VoletPlan> sections = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (VoletSection s : plan.voletSections()) {
      List<StrategicObjective> objectives = new ArrayList<>();
      for (String code : s.strategicObjectiveCodes()) {
        StrategicObjective os = byCode.get(code);
        if (os != null && seen.add(code)) {
          objectives.add(os);
          placed.add(os);
        }
      }
      sections.add(new VoletPlan(Optional.of(s), defaultVolet, objectives, false));
    }
    Map<Volet, List<StrategicObjective>> rest = new EnumMap<>(Volet.class);
    for (StrategicObjective os : plan.strategicObjectives()) {
      if (!placed.contains(os)) {
        rest.computeIfAbsent(os.volet().orElse(defaultVolet), v -> new ArrayList<>()).add(os);
      }
    }
    if (rest.isEmpty() && sections.isEmpty()) {
      rest.put(defaultVolet, List.of());
    }
    List<VoletPlan> result = new ArrayList<>();
    boolean first = true;
    for (VoletPlan s : sections) {
      result.add(rest.isEmpty() && first
          ? new VoletPlan(s.section(), s.synthetic(), s.objectives(), true) : s);
      first = false;
    }
    first = true;
    for (Map.Entry<Volet, List<StrategicObjective>> e : rest.entrySet()) {
      result.add(new VoletPlan(Optional.empty(), e.getKey(), e.getValue(), first));
      first = false;
    }
    return result;
  }

  /** The {@code ElementId} of a volet the writer makes. */
  static String voletId(Volet volet) {
    switch (volet) {
      case INTERNAL:
        return "INTERNE";
      case EXTERNAL:
        return "EXTERNE";
      case BOTH:
        return "INTERNE_EXTERNE";
      default:
        return "COMMUN";
    }
  }

  /** The label of a volet the writer makes. */
  static String voletLabel(Volet volet) {
    switch (volet) {
      case INTERNAL:
        return "Volet interne";
      case EXTERNAL:
        return "Volet externe";
      case BOTH:
        return "Volet interne et externe";
      default:
        return "Volet commun";
    }
  }

  /** The made volet with that {@code ElementId} and label, if they are those of one. */
  static Optional<Volet> madeVolet(String elementId, String label) {
    for (Volet v : Volet.values()) {
      if (voletId(v).equals(elementId) && voletLabel(v).equals(label)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * The volet a section's label or {@code ElementId} names ({@code interne}, {@code externe},
   * both, or {@code commun}, case-insensitively), if any ({@code NEANT} names none).
   */
  static Optional<Volet> recognise(String label, String elementId) {
    for (String candidate : List.of(label, elementId.replace('_', ' '))) {
      String c = candidate.toLowerCase(Locale.ROOT);
      boolean internal = c.contains("interne");
      boolean external = c.contains("externe");
      if (internal && external) {
        return Optional.of(Volet.BOTH);
      } else if (internal) {
        return Optional.of(Volet.INTERNAL);
      } else if (external) {
        return Optional.of(Volet.EXTERNAL);
      } else if (c.contains("commun")) {
        return Optional.of(Volet.COMMON);
      }
    }
    return Optional.empty();
  }

  /** The {@code ElementId} of an element: its external identifier, else its code. */
  static String elementId(PlanElement e) {
    return e.externalId().map(Object::toString).orElse(e.code());
  }

  /**
   * The label of an OS, OO or action and what the reader will decode from it: the chain of codes
   * (the parents' codes as they will be read, then its own) in front of the title, cut to 255
   * characters. When the reader would not find the element's own code in that label (a code
   * that is not the {@code ElementId} and not a real-tool code such as {@code OS.1}), the
   * {@code ElementId} stands for it, and is the code read back.
   */
  static Written label(List<String> parents, PlanElement e) {
    String id = XmlOut.clean(elementId(e)).strip();
    String title = XmlOut.clean(e.title());
    List<String> codes = new ArrayList<>(parents);
    codes.add(XmlOut.clean(e.code()));
    String text = Labels.encode(codes, title);
    Labels.Decoded decoded = Labels.decode(text.strip(), id);
    if (decoded.codes().equals(codes)) {
      return new Written(decoded, text);
    }
    codes.set(codes.size() - 1, id);
    text = Labels.encode(codes, title);
    return new Written(Labels.decode(text.strip(), id), text);
  }

  /** A label as written, and what the reader decodes from it. */
  record Written(Labels.Decoded decoded, String text) {
    List<String> codes() {
      return decoded.codes();
    }

    String title() {
      return decoded.title();
    }

    Optional<String> ownCode() {
      return decoded.ownCode();
    }
  }

  /** The first pilot of that list that is a person. */
  static Optional<Person> firstPerson(List<Pilot> pilots) {
    for (Pilot p : pilots) {
      if (p.kind() == PilotKind.PERSON) {
        return p.person();
      }
    }
    return Optional.empty();
  }

  /** A person as {@code PersonneInfo} writes it. */
  record Personne(String civilite, String nom, String prenom, String tel, String email) {}

  /**
   * A person as written: the first and last name as given, else the name (or initials, or role)
   * split by {@link PersonNames}; the civility as given, else the one the name starts with, else
   * {@code defaultCivility}; phone and e-mail as given or empty; each cut to its length.
   */
  static Personne personne(Person person, be.pst.io.ecomptes.Civility defaultCivility) {
    String nom;
    String prenom;
    Optional<String> civility;
    if (person.firstName().isPresent() || person.lastName().isPresent()) {
      nom = person.lastName().orElse("");
      prenom = person.firstName().orElse("");
      civility = Optional.empty();
    } else {
      PersonNames.Parts parts = PersonNames.split(
          person.name().or(person::initials).or(person::role).orElse(""));
      nom = parts.nom();
      prenom = parts.prenom();
      civility = parts.civility();
    }
    String civilite = person.civility()
        .map(c -> c == Civility.MRS ? PersonNames.MADAME : PersonNames.MONSIEUR)
        .or(() -> civility).orElse(defaultCivility.name());
    return new Personne(civilite,
        Labels.truncate(XmlOut.clean(nom), MAX_NOM),
        Labels.truncate(XmlOut.clean(prenom), MAX_PRENOM),
        Labels.truncate(XmlOut.clean(person.phone().orElse("")), MAX_TEL),
        Labels.truncate(XmlOut.clean(person.email().orElse("")), MAX_EMAIL));
  }

  /** A progress as written: clamped to 0–100, absent → 0. */
  static BigDecimal progress(Optional<BigDecimal> progress) {
    BigDecimal p = progress.orElse(BigDecimal.ZERO);
    if (p.signum() < 0) {
      return BigDecimal.ZERO;
    }
    return p.compareTo(HUNDRED) > 0 ? HUNDRED : p;
  }

  /** The actions of an OO in the order they are written: each followed by its sub-actions. */
  static void flatten(Action a, List<String> parents, List<Flat> out) {
    Written label = label(parents, a);
    out.add(new Flat(a, label));
    List<String> codes = label.codes();
    for (Action sub : a.subActions()) {
      flatten(sub, codes, out);
    }
  }

  /** An action as written: the action and its label. */
  record Flat(Action action, Written label) {}

  /** The plan's lines of each element, by code; plan-level lines under {@code null}. */
  static Map<String, List<be.pst.budget.line.BudgetLine>> linesByElement(BudgetedPlan plan) {
    Map<String, List<be.pst.budget.line.BudgetLine>> result = new HashMap<>();
    for (be.pst.budget.line.BudgetLine line : plan.lines()) {
      result.computeIfAbsent(line.elementCode().orElse(null), c -> new ArrayList<>()).add(line);
    }
    return result;
  }
}
