package be.pst.io.ecomptes;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.element.ElementBuilder;
import be.pst.core.element.ExternalId;
import be.pst.core.element.HumanResources;
import be.pst.core.element.TextFormat;
import be.pst.core.element.Volet;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.objective.VoletSection;
import be.pst.core.person.Civility;
import be.pst.core.person.Person;
import be.pst.core.person.Pilot;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import be.pst.io.PstFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads an eComptes document tree into a {@link BudgetedPlan}, with the header of the exchange.
 * Everything is built in memory and returned at the end: an error leaves nothing half-imported.
 * Values are read as the file gives them (statuses, dates, persons, volets), nothing is derived
 * from children and nothing is filled with a default that looks like data. The rules are
 * documented in {@code docs/ecomptes.md}.
 *
 * <p>Hostile input is normal input: numbers are bounded by their significant digits before they
 * are converted, nothing recurses on the input (sub-actions are built bottom-up, their depth
 * bounded), and every refusal of the model becomes a {@link PstFormatException} at the element
 * concerned. Warnings are grouped per kind.
 */
final class EcomptesReader {

  /**
   * Most integer digits and decimals of a progress or an FTE: those of the JSON format, so that
   * what is imported can be saved as JSON.
   */
  private static final int MAX_DECIMAL_DIGITS = 30;

  /** Deepest nesting of sub-actions (a sub-action of a sub-action… of an action). */
  static final int MAX_SUB_ACTION_DEPTH = 16;

  /** Children of every element (ElementBaseInfo), in schema order. */
  private static final List<String> BASE = List.of("Libelle", "DateDebut", "DateFin",
      "Description", "Statut", "Responsable", "Mandataire", "Departement", "TauxAvancement",
      "RemarqueStatut", "ETP", "Plans", "Partenaires", "Articles", "Projections");

  private static final List<String> PERSON = List.of("Civilite", "Nom", "Prenom", "Tel",
      "eMail");

  private static final List<String> ARTICLE = List.of("Exercice", "Service", "Type",
      "CodeArticle", "Libelle", "Montant");

  private static final List<String> PROJECTION = List.of("Service", "Type", "GroupeEco",
      "Libelle", "Exercices");

  private static List<String> base(String wrapper) {
    List<String> names = new ArrayList<>(BASE);
    names.add(wrapper);
    return names;
  }

  private final String source;
  private final EcomptesOptions options;
  private final Warnings warnings = new Warnings();
  private final List<BudgetLine> lines = new ArrayList<>();
  private Optional<Integer> exercice = Optional.empty();

  EcomptesReader(String source, EcomptesOptions options) {
    this.source = source;
    this.options = options;
  }

  EcomptesImport read(XmlNode root) throws PstFormatException {
    if (!root.name().equals("dataroot")) {
      throw error(root, "expected the root element <dataroot>, found <" + root.name() + ">");
    }
    expectOnly(root, List.of("Identifiants", "PST"));
    EcomptesImport.Builder result = EcomptesImport.builder();
    XmlNode ids = required(root, "Identifiants").orElse(null);
    AuthorityKind kind = AuthorityKind.COMMUNE;
    String ins = null;
    if (ids != null) {
      expectOnly(ids,
          List.of("Id", "TypeAdmin", "INS", "Type", "Exercice", "Version", "Generateur"));
      Optional<XmlNode> type = required(ids, "TypeAdmin");
      if (type.isPresent()) {
        String t = type.get().text();
        if (t.equals("CPAS")) {
          kind = AuthorityKind.CPAS;
        } else if (!t.equals("AC")) {
          throw error(type.get(), "expected AC or CPAS, found '" + XmlNumbers.quote(t) + "'");
        }
      }
      Optional<XmlNode> insNode = ids.child("INS");
      if (insNode.isPresent()) {
        ins = insCode(insNode.get());
      }
      Optional<XmlNode> ex = required(ids, "Exercice");
      if (ex.isPresent()) {
        exercice = Optional.of(year(ex.get()));
        result.exercice(exercice.get());
      }
      Optional<XmlNode> version = required(ids, "Version");
      if (version.isPresent()) {
        result.version(version.get().text());
        if (!version.get().text().equals(EcomptesWriter.VERSION)) {
          warn(EcomptesWarning.VERSION, version.get(),
              "'" + XmlNumbers.quote(version.get().text()) + "'");
        }
      }
      required(ids, "Id").map(XmlNode::text).filter(s -> !s.isEmpty()).ifPresent(result::id);
      required(ids, "Type");
      required(ids, "Generateur").map(XmlNode::text).filter(s -> !s.isEmpty())
          .ifPresent(result::generator);
    }
    if (ins == null) {
      throw error(ids == null ? root : ids,
          "missing Identifiants/INS: the INS code of the commune or CPAS is required");
    }
    XmlNode pst = root.child("PST").orElseThrow(() -> error(root, "missing element <PST>"));
    expectOnly(pst, List.of("DescriptionPST", "Volets"));
    XmlNode desc = required(pst, "DescriptionPST").orElse(null);
    String title = null;
    Integer first = null;
    Integer last = null;
    if (desc != null) {
      expectOnly(desc, List.of("IdPST", "Libelle", "ExerciceDebut", "ExerciceFin"));
      Optional<XmlNode> libelle = required(desc, "Libelle");
      if (libelle.isPresent() && !libelle.get().text().isEmpty()) {
        title = libelle.get().text();
      }
      Optional<XmlNode> debut = required(desc, "ExerciceDebut");
      if (debut.isPresent()) {
        first = year(debut.get());
      }
      Optional<XmlNode> fin = required(desc, "ExerciceFin");
      if (fin.isPresent()) {
        last = year(fin.get());
      }
      required(desc, "IdPST").map(XmlNode::text).filter(s -> !s.isEmpty())
          .ifPresent(result::idPst);
    }
    if (title == null) {
      title = "PST " + ins;
      warn(EcomptesWarning.GUESSED, desc == null ? pst : desc,
          "no PST title: '" + title + "' is used");
    }
    if (first == null || last == null) {
      int year = exercice.orElseThrow(() -> error(pst,
          "cannot tell the legislature: neither DescriptionPST/ExerciceDebut and ExerciceFin"
              + " nor Identifiants/Exercice"));
      int start = 2019 + Math.floorDiv(year - 2019, 6) * 6;
      first = first == null ? start : first;
      last = last == null ? Math.max(first, start + 5) : last;
      if (first < 1000 || last > 9999) {
        throw error(pst, "cannot guess the legislature from the exercice " + year
            + ": it would not be made of four-digit years");
      }
      warn(EcomptesWarning.GUESSED, desc == null ? pst : desc, "legislature guessed as "
          + first + "-" + last + " from the exercice " + year);
    }
    if (last < first) {
      throw error(desc, "ExerciceFin " + last + " is before ExerciceDebut " + first);
    }

    List<StrategicObjective> objectives = new ArrayList<>();
    List<VoletSection> sections = new ArrayList<>();
    XmlNode volets = pst.child("Volets").orElseThrow(() -> error(pst, "missing element <Volets>"));
    expectOnly(volets, List.of("Volet"));
    List<XmlNode> voletNodes = volets.children("Volet");
    if (voletNodes.isEmpty()) {
      invalid(volets, "no Volet: the schema requires one");
    }
    for (XmlNode volet : voletNodes) {
      expectOnly(volet, base("ObjectifStrategiques"));
      String label = required(volet, "Libelle").map(XmlNode::text).orElse("");
      String id = volet.attribute("ElementId").orElse("");
      Optional<Volet> made = Layout.madeVolet(id, label).filter(v -> isBare(volet));
      VoletSection.Builder section = null;
      Optional<Volet> voletOfObjectives;
      if (made.isPresent()) {
        attributes(volet);
        lines.addAll(budget(volet, Optional.empty()));
        voletOfObjectives = made;
      } else {
        if (label.isEmpty()) {
          throw error(volet.child("Libelle").orElse(volet),
              "missing Volet/Libelle: every element needs a label");
        }
        if (label.codePointCount(0, label.length()) > Labels.MAX) {
          warn(EcomptesWarning.LONG_LABEL, volet, label.codePointCount(0, label.length())
              + " characters");
        }
        String code = id.strip();
        if (code.isEmpty()) {
          code = "V" + (sections.size() + 1);
          warn(EcomptesWarning.GENERATED_CODE, volet, "code '" + code + "'");
        }
        voletOfObjectives = Layout.recognise(label, id);
        section = VoletSection.builder();
        common(volet, section, code, label);
        voletOfObjectives.ifPresent(section::volet);
        lines.addAll(budget(volet, Optional.of(code)));
      }
      Optional<XmlNode> list = volet.child("ObjectifStrategiques");
      List<String> codes = new ArrayList<>();
      if (list.isPresent()) {
        expectOnly(list.get(), List.of("ObjectifStrategique"));
        for (XmlNode os : list.get().children("ObjectifStrategique")) {
          StrategicObjective objective = strategic(os, voletOfObjectives, objectives.size() + 1);
          objectives.add(objective);
          codes.add(objective.code());
        }
      }
      if (section != null) {
        VoletSection.Builder s = section.addAllStrategicObjectiveCodes(codes);
        sections.add(build(volet, s::build));
      }
    }
    String name = options.authorityName()
        .orElse((kind == AuthorityKind.CPAS ? "CPAS " : "Commune ") + ins);
    String planTitle = title;
    AuthorityKind authorityKind = kind;
    String insCode = ins;
    Authority authority = build(pst, () -> Authority.of(authorityKind, name, insCode));
    int firstYear = first;
    int lastYear = last;
    Plan plan = build(pst, () -> Plan.builder()
        .authority(authority)
        .title(planTitle)
        .legislature(Legislature.of(firstYear, lastYear))
        .addAllVoletSections(sections)
        .addAllStrategicObjectives(objectives)
        .build());
    BudgetedPlan budgeted = build(pst, () -> BudgetedPlan.of(plan, lines));
    return result
        .budgetedPlan(budgeted)
        .addAllWarnings(warnings.issues())
        .build();
  }

  /**
   * Whether a volet holds only what the writer writes for a volet it makes (an empty
   * description and remark, {@code NON_COMMENCE}, no one, progress and ETP 0, no plan, no
   * partner): budget lines aside, it carries nothing of its own.
   */
  private static boolean isBare(XmlNode volet) {
    for (XmlNode c : volet.children()) {
      switch (c.name()) {
        case "Libelle":
        case "Articles":
        case "Projections":
        case "ObjectifStrategiques":
          break;
        case "Description":
        case "RemarqueStatut":
          if (!c.child("Mode").map(XmlNode::text).orElse("").equals("TEXTE")
              || !c.child("Valeur").map(XmlNode::text).orElse("").isEmpty()
              || c.children().size() != 2) {
            return false;
          }
          break;
        case "Statut":
          if (!c.text().equals(EcomptesStatus.NON_COMMENCE.name())) {
            return false;
          }
          break;
        case "TauxAvancement":
        case "ETP":
          if (!c.text().equals("0")) {
            return false;
          }
          break;
        case "Plans":
        case "Partenaires":
          if (!c.children().isEmpty()) {
            return false;
          }
          break;
        default:
          return false;
      }
    }
    return volet.children("Statut").size() == 1
        && volet.children("TauxAvancement").size() == 1 && volet.children("ETP").size() == 1
        && volet.children("Description").size() == 1
        && volet.children("RemarqueStatut").size() == 1;
  }

  private StrategicObjective strategic(XmlNode node, Optional<Volet> volet, int rank)
      throws PstFormatException {
    expectOnly(node, base("ObjectifsOperationnels"));
    Labels.Decoded label = label(node);
    String code = code(node, label, "OS" + rank);
    StrategicObjective.Builder b = StrategicObjective.builder();
    common(node, b, code, label.title());
    volet.ifPresent(b::volet);
    Optional<XmlNode> list = node.child("ObjectifsOperationnels");
    if (list.isPresent()) {
      expectOnly(list.get(), List.of("ObjectifOperationnel"));
      int n = 0;
      for (XmlNode oo : list.get().children("ObjectifOperationnel")) {
        b.addOperationalObjectives(operational(oo, code, ++n));
      }
    }
    lines.addAll(budget(node, Optional.of(code)));
    return build(node, b::build);
  }

  private OperationalObjective operational(XmlNode node, String osCode, int rank)
      throws PstFormatException {
    expectOnly(node, base("Actions"));
    Labels.Decoded label = label(node);
    String code = code(node, label, osCode + ".OO" + rank);
    OperationalObjective.Builder b = OperationalObjective.builder();
    common(node, b, code, label.title());
    List<Draft> all = new ArrayList<>();
    List<Draft> actions = new ArrayList<>();
    Map<String, Draft> byCode = new HashMap<>();
    // The drafts from the last top-level action down to the last one read: a sub-action comes
    // after its parent and the parent's earlier sub-actions, so its parent is the nearest draft
    // of this path with the parent's code, even when codes repeat (dirty plans). A parent off
    // the path (another tool's order) is the last draft read with that code.
    Deque<Draft> path = new ArrayDeque<>();
    Optional<XmlNode> list = node.child("Actions");
    if (list.isPresent()) {
      expectOnly(list.get(), List.of("Action"));
      for (XmlNode a : list.get().children("Action")) {
        Draft d = action(a, code, all.size() + 1);
        Optional<String> parentCode = d.label.parentCode();
        Draft parent = null;
        if (parentCode.isPresent()) {
          while (!path.isEmpty() && !path.peekLast().code.equals(parentCode.get())) {
            path.removeLast();
          }
          parent = path.isEmpty() ? byCode.get(parentCode.get()) : path.peekLast();
        }
        if (parent != null && parent.depth >= MAX_SUB_ACTION_DEPTH) {
          if (!options.lenient()) {
            throw error(a, "sub-action of '" + XmlNumbers.quote(parentCode.get())
                + "' nested deeper than " + MAX_SUB_ACTION_DEPTH + " levels");
          }
          warn(EcomptesWarning.SUB_ACTION_DEPTH, a, "'" + XmlNumbers.quote(d.code) + "'");
          parent = null;
        } else if (parent == null && parentCode.isPresent()) {
          warn(EcomptesWarning.SUB_ACTION_PARENT, a, "parent '"
              + XmlNumbers.quote(parentCode.get()) + "'");
        }
        if (parent != null) {
          d.depth = parent.depth + 1;
          parent.subs.add(d);
          if (path.isEmpty()) {
            path.addLast(parent);
          }
        } else {
          actions.add(d);
          path.clear();
        }
        path.addLast(d);
        all.add(d);
        byCode.put(d.code, d);
      }
    }
    // A sub-action always comes after its parent: building from the last draft to the first
    // builds every sub-action before its parent, without recursion.
    for (int i = all.size() - 1; i >= 0; i--) {
      all.get(i).build();
    }
    for (Draft d : actions) {
      b.addActions(d.built);
    }
    lines.addAll(budget(node, Optional.of(code)));
    return build(node, b::build);
  }

  /** An action read but not yet built, waiting for its sub-actions. */
  private final class Draft {
    final XmlNode node;
    final Labels.Decoded label;
    final String code;
    final Action.Builder builder;
    final List<Draft> subs = new ArrayList<>();
    int depth;
    Action built;

    Draft(XmlNode node, Labels.Decoded label, String code, Action.Builder builder) {
      this.node = node;
      this.label = label;
      this.code = code;
      this.builder = builder;
    }

    /** Builds the action; its sub-actions must have been built. */
    void build() throws PstFormatException {
      List<Action> children = new ArrayList<>();
      for (Draft d : subs) {
        children.add(d.built);
      }
      built = EcomptesReader.this.build(node,
          () -> builder.addAllSubActions(children).build());
    }
  }

  private Draft action(XmlNode node, String ooCode, int rank) throws PstFormatException {
    expectOnly(node, BASE);
    Labels.Decoded label = label(node);
    String code = code(node, label, ooCode + ".A" + rank);
    Action.Builder b = Action.builder();
    common(node, b, code, label.title());
    lines.addAll(budget(node, Optional.of(code)));
    return new Draft(node, label, code, b);
  }

  /**
   * What every element has: code, title, {@code ElementId}, dates, description, status,
   * responsible, mandatary, department, progress, status remark, ETP, plans and partners.
   */
  private <B extends ElementBuilder<B>> void common(XmlNode node, B b, String code, String title)
      throws PstFormatException {
    build(node, () -> b.code(code).title(title));
    attributes(node);
    Optional<String> id = node.attribute("ElementId").filter(s -> !s.isBlank());
    if (id.isPresent()) {
      build(node, () -> b.externalId(ExternalId.of(id.get())));
    }
    Optional<LocalDate> start = date(node, "DateDebut");
    Optional<LocalDate> end = date(node, "DateFin");
    if (start.isPresent() || end.isPresent()) {
      b.schedule(build(node, () -> Schedule.builder()
          .start(start.map(PartialDate::of))
          .end(end.map(PartialDate::of))
          .build()));
    }
    Optional<Text> description = text(node, "Description");
    if (description.isPresent()) {
      b.description(description.get().value);
      description.get().format.ifPresent(b::descriptionFormat);
    }
    Optional<XmlNode> statut = required(node, "Statut");
    if (statut.isPresent()) {
      String s = statut.get().text();
      EcomptesStatus status = null;
      for (EcomptesStatus candidate : EcomptesStatus.values()) {
        if (candidate.name().equals(s)) {
          status = candidate;
        }
      }
      if (status != null) {
        b.status(status.toStatus());
      } else {
        invalid(EcomptesWarning.INVALID_VALUE, statut.get(), "Statut '" + XmlNumbers.quote(s)
            + "' (expected one of NON_COMMENCE, EN_COURS, EN_ATTENTE, PROBLEME, TERMINE,"
            + " ANNULE_ABANDONNE)");
      }
    }
    Optional<Person> responsible = person(node, "Responsable");
    if (responsible.isPresent()) {
      b.administrativePilots(List.of(Pilot.of(responsible.get())));
    }
    Optional<Person> mandatary = person(node, "Mandataire");
    if (mandatary.isPresent()) {
      b.politicalPilots(List.of(Pilot.of(mandatary.get())));
    }
    Optional<XmlNode> dep = node.child("Departement");
    if (dep.isPresent() && !dep.get().text().isEmpty()) {
      b.department(dep.get().text());
    }
    Optional<XmlNode> taux = required(node, "TauxAvancement");
    if (taux.isPresent()) {
      BigDecimal p = decimal(taux.get());
      if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
        warn(EcomptesWarning.PROGRESS_RANGE, taux.get(), p.toPlainString());
      }
      build(taux.get(), () -> b.progress(p));
    }
    Optional<Text> remark = text(node, "RemarqueStatut");
    if (remark.isPresent()) {
      b.statusNote(remark.get().value);
      remark.get().format.ifPresent(b::statusNoteFormat);
    }
    Optional<XmlNode> etp = required(node, "ETP");
    if (etp.isPresent()) {
      BigDecimal fte = decimal(etp.get());
      if (fte.signum() < 0) {
        warn(EcomptesWarning.NEGATIVE_FTE, etp.get(), fte.toPlainString());
      } else if (fte.signum() > 0) {
        b.humanResources(build(etp.get(), () -> HumanResources.ofFte(fte)));
      }
    }
    b.localPlans(texts(node, "Plans", "Plan"));
    b.partners(texts(node, "Partenaires", "Partenaire"));
  }

  /** The {@code ElementId} and {@code Exercice} attributes: present, and the exercice kept. */
  private void attributes(XmlNode node) throws PstFormatException {
    if (node.attribute("ElementId").isEmpty()) {
      invalid(EcomptesWarning.MISSING_ATTRIBUTE, node, "ElementId");
    }
    Optional<String> ex = node.attribute("Exercice");
    if (ex.isEmpty()) {
      invalid(EcomptesWarning.MISSING_ATTRIBUTE, node, "Exercice");
    } else {
      int year = year(node, ex.get());
      if (exercice.isPresent() && year != exercice.get()) {
        warn(EcomptesWarning.ELEMENT_EXERCICE, node, year + " instead of " + exercice.get());
      }
    }
  }

  /** A {@code DescriptionInfo}: its text and, when not plain, its format. */
  private static final class Text {
    final String value;
    final Optional<TextFormat> format;

    Text(String value, Optional<TextFormat> format) {
      this.value = value;
      this.format = format;
    }
  }

  private Optional<Text> text(XmlNode node, String name) throws PstFormatException {
    Optional<XmlNode> d = required(node, name);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    expectOnly(d.get(), List.of("Mode", "Valeur"));
    Optional<TextFormat> format = Optional.empty();
    Optional<XmlNode> mode = required(d.get(), "Mode");
    if (mode.isPresent()) {
      String m = mode.get().text();
      if (m.equals("HTML")) {
        format = Optional.of(TextFormat.HTML);
      } else if (m.equals("RTF")) {
        format = Optional.of(TextFormat.RTF);
      } else if (!m.equals("TEXTE")) {
        invalid(EcomptesWarning.INVALID_VALUE, mode.get(), "Mode '" + XmlNumbers.quote(m)
            + "' (expected TEXTE, HTML or RTF)");
      }
    }
    Optional<String> value = required(d.get(), "Valeur").map(XmlNode::rawText)
        .map(String::strip).filter(s -> !s.isEmpty());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Text(value.get(), format));
  }

  private Labels.Decoded label(XmlNode node) throws PstFormatException {
    Optional<XmlNode> libelle = node.child("Libelle");
    if (libelle.isEmpty() || libelle.get().text().isEmpty()) {
      throw error(libelle.orElse(node), "missing " + node.name()
          + "/Libelle: every element needs a label");
    }
    String text = libelle.get().text();
    int length = text.codePointCount(0, text.length());
    if (length > Labels.MAX) {
      warn(EcomptesWarning.LONG_LABEL, libelle.get(), length + " characters");
    }
    return Labels.decode(text, node.attribute("ElementId").orElse(""));
  }

  /** Code from the label, else the element id, else generated (with a warning). */
  private String code(XmlNode node, Labels.Decoded label, String generated) {
    Optional<String> code = label.ownCode()
        .or(() -> node.attribute("ElementId").map(String::strip).filter(s -> !s.isEmpty()));
    if (code.isEmpty()) {
      warn(EcomptesWarning.GENERATED_CODE, node, "code '" + generated + "'");
      return generated;
    }
    return code.get();
  }

  /**
   * A {@code PersonneInfo}: civility, last and first name as split in the file, phone and
   * e-mail; none when it has no name.
   */
  private Optional<Person> person(XmlNode node, String name) throws PstFormatException {
    Optional<XmlNode> p = node.child(name);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    expectOnly(p.get(), PERSON);
    for (String required : PERSON) {
      required(p.get(), required);
    }
    String nom = p.get().child("Nom").map(XmlNode::text).orElse("");
    String prenom = p.get().child("Prenom").map(XmlNode::text).orElse("");
    String tel = p.get().child("Tel").map(XmlNode::text).orElse("");
    String email = p.get().child("eMail").map(XmlNode::text).orElse("");
    Optional<Civility> civility = Optional.empty();
    Optional<XmlNode> civ = p.get().child("Civilite");
    if (civ.isPresent()) {
      String c = civ.get().text();
      if (c.equals(PersonNames.MADAME)) {
        civility = Optional.of(Civility.MRS);
      } else if (c.equals(PersonNames.MONSIEUR)) {
        civility = Optional.of(Civility.MR);
      } else {
        invalid(EcomptesWarning.INVALID_VALUE, civ.get(), "Civilite '" + XmlNumbers.quote(c)
            + "' (expected MADAME or MONSIEUR)");
      }
    }
    if (nom.isEmpty() && prenom.isEmpty()) {
      warn(EcomptesWarning.PERSON_WITHOUT_NAME, p.get(), name);
      return Optional.empty();
    }
    Person.Builder b = Person.builder();
    if (!nom.isEmpty()) {
      b.lastName(nom);
    }
    if (!prenom.isEmpty()) {
      b.firstName(prenom);
    }
    if (!tel.isEmpty()) {
      b.phone(tel);
    }
    if (!email.isEmpty()) {
      b.email(email);
    }
    civility.ifPresent(b::civility);
    return Optional.of(build(p.get(), b::build));
  }

  private List<String> texts(XmlNode node, String list, String item) throws PstFormatException {
    Optional<XmlNode> l = required(node, list);
    List<String> result = new ArrayList<>();
    if (l.isPresent()) {
      expectOnly(l.get(), List.of(item));
      for (XmlNode n : l.get().children(item)) {
        if (!n.text().isEmpty()) {
          result.add(n.text());
        }
      }
    }
    return result;
  }

  private Optional<LocalDate> date(XmlNode node, String name) throws PstFormatException {
    Optional<XmlNode> d = node.child(name);
    if (d.isEmpty() || d.get().text().isEmpty()) {
      return Optional.empty();
    }
    String text = d.get().text();
    try {
      // xs:date may carry a time zone (2020-01-01Z, 2020-01-01+01:00): the day is what counts.
      if (text.length() > 10) {
        LocalDate day = LocalDate.parse(text.substring(0, 10));
        String zone = text.substring(10);
        if (!zone.equals("Z") && !zone.matches("[+-]\\d\\d:\\d\\d")) {
          throw new DateTimeParseException("bad zone", text, 10);
        }
        warn(EcomptesWarning.DATE_ZONE, d.get(), "'" + XmlNumbers.quote(text) + "'");
        return Optional.of(day);
      }
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw error(d.get(), "expected a date yyyy-MM-dd, found '" + XmlNumbers.quote(text) + "'");
    }
  }

  /**
   * Budget lines of an element: one line of the {@link BudgetFigure#BUDGET budget} per article
   * (its economic group from its economic code, or none), one
   * {@link BudgetFigure#PROJECTION projection} line per projection and exercice, zeros
   * included.
   */
  private List<BudgetLine> budget(XmlNode node, Optional<String> elementCode)
      throws PstFormatException {
    List<BudgetLine> result = new ArrayList<>();
    Optional<XmlNode> articles = required(node, "Articles");
    if (articles.isPresent()) {
      expectOnly(articles.get(), List.of("Article"));
      for (XmlNode a : articles.get().children("Article")) {
        expectOnly(a, ARTICLE);
        result.add(article(a, elementCode));
      }
    }
    Optional<XmlNode> projections = required(node, "Projections");
    if (projections.isPresent()) {
      expectOnly(projections.get(), List.of("Projection"));
      for (XmlNode p : projections.get().children("Projection")) {
        expectOnly(p, PROJECTION);
        projection(p, elementCode, result);
      }
    }
    return result;
  }

  private void projection(XmlNode p, Optional<String> elementCode, List<BudgetLine> result)
      throws PstFormatException {
    Optional<XmlNode> groupNode = required(p, "GroupeEco");
    Optional<EconomicGroup> group = Optional.empty();
    String groupCode = groupNode.map(XmlNode::text).orElse("");
    if (!groupCode.isEmpty()) {
      try {
        group = Optional.of(EconomicGroup.ofCode(groupCode));
      } catch (IllegalArgumentException e) {
        if (!options.lenient()) {
          throw error(groupNode.get(), "unknown economic group '" + XmlNumbers.quote(groupCode)
              + "'");
        }
        warn(EcomptesWarning.PROJECTION_GROUP, groupNode.get(),
            "'" + XmlNumbers.quote(groupCode) + "'");
        return;
      }
    }
    Optional<XmlNode> serviceNode = required(p, "Service");
    Optional<XmlNode> typeNode = required(p, "Type");
    Service service;
    Side side;
    if (group.isPresent()) {
      service = group.get().service();
      side = group.get().side();
      if (serviceNode.isPresent() && !serviceNode.get().text().equals(service.ecomptesCode())
          || typeNode.isPresent() && !typeNode.get().text().equals(side.ecomptesCode())) {
        warn(EcomptesWarning.PROJECTION_SERVICE, p, "group " + group.get().code() + " is "
            + service.ecomptesCode() + "/" + side.ecomptesCode());
      }
    } else {
      service = service(serviceNode.orElse(p), serviceNode.map(XmlNode::text).orElse(""));
      side = side(typeNode.orElse(p), typeNode.map(XmlNode::text).orElse(""));
    }
    String groupLabel = group.map(EconomicGroup::label).orElse("");
    Optional<String> label = required(p, "Libelle").map(XmlNode::text)
        .filter(l -> !l.isEmpty() && !l.equals(groupLabel));
    Optional<XmlNode> exercices = required(p, "Exercices");
    if (exercices.isEmpty()) {
      return;
    }
    expectOnly(exercices.get(), List.of("Exercice"));
    for (XmlNode e : exercices.get().children("Exercice")) {
      expectOnly(e, List.of("Montant"));
      Optional<String> year = e.attribute("Valeur");
      if (year.isEmpty()) {
        throw error(e, "attribute Valeur (the exercice) missing: the amount has no year");
      }
      int y = year(e, year.get());
      XmlNode montant = e.child("Montant").orElseThrow(() -> error(e, "missing Montant"));
      long cents = cents(montant);
      Optional<EconomicGroup> g = group;
      result.add(build(e, () -> {
        BudgetLine.Builder b = BudgetLine.builder()
            .exercice(y)
            .service(service)
            .side(side)
            .figure(BudgetFigure.PROJECTION)
            .amount(EuroAmount.ofCents(cents));
        g.ifPresent(b::group);
        label.ifPresent(b::label);
        elementCode.ifPresent(b::elementCode);
        return b.build();
      }));
    }
  }

  private BudgetLine article(XmlNode a, Optional<String> elementCode)
      throws PstFormatException {
    XmlNode ex = a.child("Exercice").orElseThrow(() -> error(a, "missing Article/Exercice"));
    int year = year(ex);
    XmlNode montant = a.child("Montant").orElseThrow(() -> error(a, "missing Article/Montant"));
    long cents = cents(montant);
    Service service = service(a.child("Service").orElse(a),
        a.child("Service").map(XmlNode::text).orElse(""));
    Side side = side(a.child("Type").orElse(a), a.child("Type").map(XmlNode::text).orElse(""));
    BudgetLine.Builder b = build(a, () -> BudgetLine.builder()
        .exercice(year)
        .service(service)
        .side(side)
        .figure(BudgetFigure.BUDGET)
        .amount(EuroAmount.ofCents(cents)));
    elementCode.ifPresent(b::elementCode);
    Optional<String> label = required(a, "Libelle").map(XmlNode::text).filter(s -> !s.isEmpty());
    Optional<XmlNode> code = required(a, "CodeArticle");
    if (code.isPresent() && !code.get().text().isEmpty()) {
      String text = code.get().text();
      BudgetArticle article = null;
      try {
        article = BudgetArticle.parse(text);
      } catch (IllegalArgumentException e) {
        warn(EcomptesWarning.ARTICLE_CODE, code.get(), "'" + XmlNumbers.quote(text) + "'");
        label = Optional.of(text + label.map(l -> " " + l).orElse(""));
        if (label.get().length() > SecureXml.MAX_TEXT_CHARS) {
          throw error(code.get(), "article code and label longer than "
              + SecureXml.MAX_TEXT_CHARS + " characters");
        }
      }
      if (article != null) {
        b.article(article);
        Optional<EconomicGroup> group = article.economicGroup(service, side);
        if (group.isPresent()) {
          b.group(group.get());
        } else {
          warn(EcomptesWarning.ARTICLE_WITHOUT_GROUP, code.get(), "'" + text + "' ("
              + service.ecomptesCode() + "/" + side.ecomptesCode() + ")");
        }
      }
    }
    label.ifPresent(b::label);
    return build(a, b::build);
  }

  private Service service(XmlNode node, String text) throws PstFormatException {
    if (text.equals("O")) {
      return Service.ORDINARY;
    } else if (text.equals("E")) {
      return Service.EXTRAORDINARY;
    }
    throw error(node, "expected Service O or E, found '" + XmlNumbers.quote(text) + "'");
  }

  private Side side(XmlNode node, String text) throws PstFormatException {
    if (text.equals("R")) {
      return Side.RECEIPTS;
    } else if (text.equals("D")) {
      return Side.EXPENSES;
    }
    throw error(node, "expected Type R or D, found '" + XmlNumbers.quote(text) + "'");
  }

  private long cents(XmlNode montant) throws PstFormatException {
    try {
      return XmlNumbers.cents(montant.text());
    } catch (NumberFormatException e) {
      throw error(montant, e.getMessage());
    }
  }

  private BigDecimal decimal(XmlNode node) throws PstFormatException {
    try {
      return XmlNumbers.decimal(node.text(), MAX_DECIMAL_DIGITS, MAX_DECIMAL_DIGITS);
    } catch (NumberFormatException e) {
      throw error(node, e.getMessage());
    }
  }

  private int year(XmlNode node) throws PstFormatException {
    return year(node, node.text());
  }

  /** An exercice: a four-digit year. */
  private int year(XmlNode node, String text) throws PstFormatException {
    int year;
    try {
      year = XmlNumbers.integer(text.strip(), 9);
    } catch (NumberFormatException e) {
      throw error(node, e.getMessage());
    }
    if (year < 1000 || year > 9999) {
      throw error(node, "expected an exercice (a four-digit year), found '"
          + XmlNumbers.quote(text.strip()) + "'");
    }
    return year;
  }

  private String insCode(XmlNode node) throws PstFormatException {
    String t = node.text();
    int value;
    try {
      value = XmlNumbers.integer(t, 5);
    } catch (NumberFormatException e) {
      throw error(node, "expected an INS code of at most 5 digits, found '"
          + XmlNumbers.quote(t) + "'");
    }
    if (value < 0 || t.startsWith("+") || t.startsWith("-")) {
      throw error(node, "expected an INS code of at most 5 digits, found '"
          + XmlNumbers.quote(t) + "'");
    }
    return String.format(Locale.ROOT, "%05d", value);
  }

  /** Unknown children are ignored with a warning (lenient) or refused (strict). */
  private void expectOnly(XmlNode node, List<String> allowed) throws PstFormatException {
    for (XmlNode child : node.children()) {
      if (!allowed.contains(child.name())) {
        String message = "<" + child.name() + "> in <" + node.name() + ">";
        if (options.lenient()) {
          warn(EcomptesWarning.UNEXPECTED_ELEMENT, child, message);
        } else {
          throw error(child, "unexpected element " + message + "; expected "
              + String.join(", ", allowed));
        }
      }
    }
  }

  /** The child, or a warning (lenient) / an error (strict) when the schema requires it. */
  private Optional<XmlNode> required(XmlNode parent, String name) throws PstFormatException {
    Optional<XmlNode> child = parent.child(name);
    if (child.isEmpty()) {
      invalid(EcomptesWarning.MISSING_ELEMENT, parent, "<" + name + "> in <" + parent.name()
          + ">");
    }
    return child;
  }

  /** A schema violation: a warning when lenient, an error when strict. */
  private void invalid(XmlNode node, String message) throws PstFormatException {
    invalid(EcomptesWarning.MISSING_ELEMENT, node, message);
  }

  private void invalid(EcomptesWarning kind, XmlNode node, String message)
      throws PstFormatException {
    if (options.lenient()) {
      warn(kind, node, message);
    } else {
      throw error(node, kind.description() + ": " + message);
    }
  }

  private void warn(EcomptesWarning kind, XmlNode node, String detail) {
    warnings.add(kind, node, detail);
  }

  private PstFormatException error(XmlNode node, String message) {
    if (node == null) {
      return new PstFormatException(message, source, "", 1, 1);
    }
    return new PstFormatException(message, source, node.path(), node.line(), node.column());
  }

  /** Something that builds a model value and may reject it. */
  private interface Construction<T> {
    T build() throws PstFormatException;
  }

  private <T> T build(XmlNode node, Construction<T> construction) throws PstFormatException {
    try {
      return construction.build();
    } catch (RuntimeException e) {
      throw new PstFormatException(node.name() + " cannot be built: " + e.getMessage(), source,
          node.path(), node.line(), node.column(), e);
    }
  }
}
