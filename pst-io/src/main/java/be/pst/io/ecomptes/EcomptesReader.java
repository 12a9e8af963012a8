package be.pst.io.ecomptes;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.element.HumanResources;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.element.Volet;
import be.pst.core.person.Person;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an eComptes document tree into a {@link BudgetedPlan}. Everything is built in memory
 * and returned at the end: an error leaves nothing half-imported. The rules are documented in
 * {@code docs/ecomptes.md}.
 *
 * <p>Hostile input is normal input: numbers are bounded by their significant digits before they
 * are converted, sums are exact and checked, nothing recurses on the input (sub-actions are
 * built bottom-up, their depth bounded), and every refusal of the model becomes a
 * {@link PstFormatException} at the element concerned.
 */
final class EcomptesReader {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

  private static List<String> base(String wrapper) {
    List<String> names = new ArrayList<>(BASE);
    names.add(wrapper);
    return names;
  }

  private final String source;
  private final EcomptesOptions options;
  private final List<EcomptesIssue> warnings = new ArrayList<>();
  private final List<BudgetLine> lines = new ArrayList<>();
  /** Every code read so far, and the element that has it. */
  private final Map<String, XmlNode> codes = new HashMap<>();

  EcomptesReader(String source, EcomptesOptions options) {
    this.source = source;
    this.options = options;
  }

  EcomptesImport read(XmlNode root) throws PstFormatException {
    if (!root.name().equals("dataroot")) {
      throw error(root, "expected the root element <dataroot>, found <" + root.name() + ">");
    }
    expectOnly(root, List.of("Identifiants", "PST"));
    XmlNode ids = required(root, "Identifiants").orElse(null);
    AuthorityKind kind = AuthorityKind.COMMUNE;
    String ins = null;
    Optional<Integer> exercice = Optional.empty();
    if (ids != null) {
      expectOnly(ids,
          List.of("Id", "TypeAdmin", "INS", "Type", "Exercice", "Version", "Generateur"));
      Optional<XmlNode> type = required(ids, "TypeAdmin");
      if (type.isPresent()) {
        String t = type.get().text();
        if (t.equals("CPAS")) {
          kind = AuthorityKind.CPAS;
        } else if (!t.equals("AC")) {
          throw error(type.get(), "expected AC or CPAS, found '" + t + "'");
        }
      } else {
        warn(ids, "TypeAdmin missing: the schema default AC (commune) is used");
      }
      Optional<XmlNode> insNode = ids.child("INS");
      if (insNode.isPresent()) {
        ins = insCode(insNode.get());
      }
      Optional<XmlNode> ex = required(ids, "Exercice");
      if (ex.isPresent()) {
        exercice = Optional.of(year(ex.get()));
      }
      Optional<XmlNode> version = required(ids, "Version");
      if (version.isPresent() && !version.get().text().equals(EcomptesWriter.VERSION)) {
        warn(version.get(), "unknown version '" + version.get().text() + "', read as "
            + EcomptesWriter.VERSION);
      }
      required(ids, "Id");
      required(ids, "Type");
      required(ids, "Generateur");
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
      required(desc, "IdPST");
    }
    if (title == null) {
      title = "PST " + ins;
      warn(desc == null ? pst : desc, "no PST title: '" + title + "' is used");
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
      warn(desc == null ? pst : desc, "legislature guessed as " + first + "-" + last
          + " from the exercice " + year);
    }
    if (last < first) {
      throw error(desc, "ExerciceFin " + last + " is before ExerciceDebut " + first);
    }

    List<StrategicObjective> objectives = new ArrayList<>();
    XmlNode volets = pst.child("Volets").orElseThrow(() -> error(pst, "missing element <Volets>"));
    expectOnly(volets, List.of("Volet"));
    List<XmlNode> voletNodes = volets.children("Volet");
    if (voletNodes.isEmpty()) {
      warn(volets, "no Volet: the plan is empty");
    }
    for (XmlNode volet : voletNodes) {
      Optional<Volet> v = voletOf(volet);
      expectOnly(volet, base("ObjectifStrategiques"));
      common(volet);
      derived(volet);
      lines.addAll(budget(volet, Optional.empty()));
      Optional<XmlNode> list = volet.child("ObjectifStrategiques");
      if (list.isEmpty()) {
        continue;
      }
      expectOnly(list.get(), List.of("ObjectifStrategique"));
      for (XmlNode os : list.get().children("ObjectifStrategique")) {
        objectives.add(strategic(os, v, objectives.size() + 1));
      }
    }
    String name = options.authorityName()
        .orElse((kind == AuthorityKind.CPAS ? "CPAS " : "Commune ") + ins);
    Plan plan;
    try {
      plan = Plan.builder()
          .authority(Authority.of(kind, name, ins))
          .title(title)
          .legislature(Legislature.of(first, last))
          .addAllStrategicObjectives(objectives)
          .build();
    } catch (RuntimeException e) {
      throw new PstFormatException("the plan cannot be built: " + e.getMessage(), source,
          pst.path(), pst.line(), pst.column(), e);
    }
    BudgetedPlan budgeted = build(pst, () -> BudgetedPlan.of(plan, lines));
    return EcomptesImport.builder()
        .budgetedPlan(budgeted)
        .addAllWarnings(warnings)
        .build();
  }

  private Optional<Volet> voletOf(XmlNode volet) throws PstFormatException {
    String label = required(volet, "Libelle").map(XmlNode::text).orElse("");
    String id = volet.attribute("ElementId").orElse("");
    for (String candidate : List.of(label, id.replace('_', ' '))) {
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
    warn(volet, "volet '" + label + "' is neither interne, externe nor commun:"
        + " its strategic objectives have no volet");
    return Optional.empty();
  }

  private StrategicObjective strategic(XmlNode node, Optional<Volet> volet, int rank)
      throws PstFormatException {
    Labels.Decoded label = label(node);
    String code = code(node, label, "OS" + rank);
    expectOnly(node, base("ObjectifsOperationnels"));
    List<OperationalObjective> children = new ArrayList<>();
    Optional<XmlNode> list = node.child("ObjectifsOperationnels");
    if (list.isPresent()) {
      expectOnly(list.get(), List.of("ObjectifOperationnel"));
      for (XmlNode oo : list.get().children("ObjectifOperationnel")) {
        children.add(operational(oo, code, children.size() + 1));
      }
    }
    Common common = common(node);
    derived(node);
    lines.addAll(budget(node, Optional.of(code)));
    return build(node, () -> StrategicObjective.builder()
        .code(code)
        .title(label.title())
        .description(common.description)
        .comments(common.remark)
        .volet(volet)
        .addAllOperationalObjectives(children)
        .build());
  }

  private OperationalObjective operational(XmlNode node, String osCode, int rank)
      throws PstFormatException {
    Labels.Decoded label = label(node);
    String code = code(node, label, osCode + ".OO" + rank);
    Common common = common(node);
    derived(node);
    Optional<LocalDate> end = date(node, "DateFin");
    Optional<PartialDate> deadline = build(node, () -> end.map(PartialDate::of));
    List<Draft> all = new ArrayList<>();
    List<Draft> actions = new ArrayList<>();
    Map<String, Draft> byCode = new LinkedHashMap<>();
    expectOnly(node, base("Actions"));
    Optional<XmlNode> list = node.child("Actions");
    if (list.isPresent()) {
      expectOnly(list.get(), List.of("Action"));
      for (XmlNode a : list.get().children("Action")) {
        Draft d = action(a, code, byCode.size() + 1);
        Optional<String> parentCode = d.label.parentCode();
        Draft parent = parentCode.map(byCode::get).orElse(null);
        if (parent != null && parent.depth >= MAX_SUB_ACTION_DEPTH) {
          invalid(a, "sub-action of '" + parentCode.get() + "' nested deeper than "
              + MAX_SUB_ACTION_DEPTH + " levels: read as an action");
          parent = null;
        } else if (parent == null && parentCode.isPresent()) {
          warn(a, "parent action '" + parentCode.get() + "' not found before it in this"
              + " operational objective: read as an action");
        }
        if (parent != null) {
          d.depth = parent.depth + 1;
          parent.subs.add(d);
        } else {
          actions.add(d);
        }
        all.add(d);
        byCode.putIfAbsent(d.code, d);
      }
    }
    // A sub-action always comes after its parent: building from the last draft to the first
    // builds every sub-action before its parent, without recursion.
    for (int i = all.size() - 1; i >= 0; i--) {
      all.get(i).build();
    }
    List<Action> built = new ArrayList<>();
    for (Draft d : actions) {
      built.add(d.built);
    }
    lines.addAll(budget(node, Optional.of(code)));
    return build(node, () -> OperationalObjective.builder()
        .code(code)
        .title(label.title())
        .description(common.description)
        .comments(common.remark)
        .schedule(deadline.map(be.pst.core.schedule.Schedule::until))
        .addAllActions(built)
        .build());
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
    Common common = common(node);
    Action.Builder b = build(node, () -> Action.builder()
        .code(code)
        .title(label.title())
        .description(common.description)
        .comments(common.remark));
    Optional<LocalDate> start = date(node, "DateDebut");
    Optional<LocalDate> end = date(node, "DateFin");
    if (start.isPresent() || end.isPresent()) {
      b.schedule(build(node, () -> Schedule.builder()
          .start(start.map(PartialDate::of))
          .end(end.map(PartialDate::of))
          .build()));
    }
    Optional<XmlNode> statut = required(node, "Statut");
    if (statut.isPresent()) {
      String s = statut.get().text();
      try {
        b.status(EcomptesStatus.valueOf(s).toStatus());
      } catch (IllegalArgumentException e) {
        invalid(statut.get(), "expected one of NON_COMMENCE, EN_COURS, EN_ATTENTE, PROBLEME,"
            + " TERMINE, ANNULE_ABANDONNE, found '" + s + "'");
      }
    }
    Optional<Person> responsible = person(node, "Responsable");
    if (responsible.isPresent()) {
      b.addAdministrativePilots(be.pst.core.person.Pilot.of(responsible.get()));
    }
    Optional<Person> mandatary = person(node, "Mandataire");
    if (mandatary.isPresent()) {
      b.addPoliticalPilots(be.pst.core.person.Pilot.of(mandatary.get()));
    }
    Optional<XmlNode> dep = node.child("Departement");
    if (dep.isPresent() && !dep.get().text().isEmpty()) {
      b.addServices(dep.get().text());
    }
    Optional<XmlNode> taux = required(node, "TauxAvancement");
    if (taux.isPresent()) {
      BigDecimal p = decimal(taux.get());
      if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
        warn(taux.get(), "progress " + p.toPlainString() + " is outside 0-100; kept as is");
      }
      build(taux.get(), () -> b.progress(p));
    }
    Optional<XmlNode> etp = required(node, "ETP");
    if (etp.isPresent()) {
      BigDecimal fte = decimal(etp.get());
      if (fte.signum() < 0) {
        warn(etp.get(), "negative ETP " + fte.toPlainString() + " ignored");
      } else if (fte.signum() > 0) {
        b.humanResources(build(etp.get(), () -> HumanResources.ofFte(fte)));
      }
    }
    b.addAllLocalPlans(texts(node, "Plans", "Plan"));
    b.addAllPartners(texts(node, "Partenaires", "Partenaire"));
    lines.addAll(budget(node, Optional.of(code)));
    return new Draft(node, label, code, b);
  }

  /** What every element has: description and status remark. */
  private static final class Common {
    Optional<String> description = Optional.empty();
    Optional<String> remark = Optional.empty();
  }

  /**
   * Checks the presence of what the schema requires and the model derives for volets, OS and
   * OO (status, progress, FTE, plans, partners); their values are not read.
   */
  private void derived(XmlNode node) throws PstFormatException {
    for (String name : List.of("Statut", "TauxAvancement", "ETP", "Plans", "Partenaires")) {
      required(node, name);
    }
  }

  private Common common(XmlNode node) throws PstFormatException {
    Common c = new Common();
    c.description = description(node, "Description");
    c.remark = description(node, "RemarqueStatut");
    return c;
  }

  private Optional<String> description(XmlNode node, String name) throws PstFormatException {
    Optional<XmlNode> d = required(node, name);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    expectOnly(d.get(), List.of("Mode", "Valeur"));
    Optional<XmlNode> mode = d.get().child("Mode");
    if (mode.isPresent() && !mode.get().text().equals("TEXTE")) {
      String m = mode.get().text();
      if (m.equals("HTML") || m.equals("RTF")) {
        warn(mode.get(), m + " text kept as written, markup included");
      } else {
        invalid(mode.get(), "expected TEXTE, HTML or RTF, found '" + m + "'");
      }
    }
    return d.get().child("Valeur").map(XmlNode::rawText).map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  private Labels.Decoded label(XmlNode node) throws PstFormatException {
    Optional<XmlNode> libelle = node.child("Libelle");
    if (libelle.isEmpty() || libelle.get().text().isEmpty()) {
      throw error(libelle.orElse(node), "missing " + node.name()
          + "/Libelle: every element needs a label");
    }
    String text = libelle.get().text();
    if (text.codePointCount(0, text.length()) > Labels.MAX) {
      warn(libelle.get(), "label longer than " + Labels.MAX + " characters; kept whole");
    }
    return Labels.decode(text, node.attribute("ElementId").orElse(""));
  }

  /** Code from the label, else the element id, else generated (with a warning). */
  private String code(XmlNode node, Labels.Decoded label, String generated)
      throws PstFormatException {
    String code = label.ownCode()
        .or(() -> node.attribute("ElementId").map(String::strip).filter(s -> !s.isEmpty()))
        .orElse(null);
    if (node.attribute("ElementId").isEmpty()) {
      warn(node, "attribute ElementId missing");
    }
    if (node.attribute("Exercice").isEmpty()) {
      warn(node, "attribute Exercice missing");
    }
    if (code == null) {
      code = generated;
      warn(node, "no code in the label nor ElementId: code '" + code + "' generated");
    }
    XmlNode first = codes.putIfAbsent(code, node);
    if (first != null) {
      throw error(node, "duplicate code '" + XmlNumbers.quote(code) + "': already the code of "
          + first.path() + " (line " + first.line() + "); codes identify elements and must be"
          + " unique");
    }
    return code;
  }

  private Optional<Person> person(XmlNode node, String name) throws PstFormatException {
    Optional<XmlNode> p = node.child(name);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    expectOnly(p.get(), List.of("Civilite", "Nom", "Prenom", "Tel", "eMail"));
    String nom = p.get().child("Nom").map(XmlNode::text).orElse("");
    String prenom = p.get().child("Prenom").map(XmlNode::text).orElse("");
    for (String required : List.of("Civilite", "Nom", "Prenom", "Tel", "eMail")) {
      required(p.get(), required);
    }
    Optional<XmlNode> civ = p.get().child("Civilite");
    if (civ.isPresent() && !civ.get().text().equals("MADAME")
        && !civ.get().text().equals("MONSIEUR")) {
      invalid(civ.get(), "expected MADAME or MONSIEUR, found '" + civ.get().text() + "'");
    }
    String full = PersonNames.join(nom, prenom);
    if (full.isEmpty()) {
      warn(p.get(), name + " without a name: ignored");
      return Optional.empty();
    }
    if (full.length() > SecureXml.MAX_TEXT_CHARS) {
      throw error(p.get(), "name longer than " + SecureXml.MAX_TEXT_CHARS + " characters");
    }
    if (prenom.isEmpty() && PersonNames.isInitials(nom)) {
      return Optional.of(build(p.get(), () -> Person.ofInitials(nom)));
    }
    return Optional.of(build(p.get(), () -> Person.of(full)));
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
      return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
    } catch (DateTimeParseException e) {
      throw error(d.get(), "expected a date yyyy-MM-dd, found '" + text + "'");
    }
  }

  /**
   * Budget lines of an element: one line per article, its economic group taken from the
   * projection of the same service, type and exercice that can hold it; what the projections
   * hold beyond the articles becomes lines without an article.
   */
  private List<BudgetLine> budget(XmlNode node, Optional<String> elementCode)
      throws PstFormatException {
    Map<EconomicGroup, Map<Integer, long[]>> remaining = new LinkedHashMap<>();
    Optional<XmlNode> projections = required(node, "Projections");
    if (projections.isPresent()) {
      expectOnly(projections.get(), List.of("Projection"));
      for (XmlNode p : projections.get().children("Projection")) {
        expectOnly(p, List.of("Service", "Type", "GroupeEco", "Libelle", "Exercices"));
        Optional<EconomicGroup> g = group(p);
        if (g.isEmpty()) {
          continue;
        }
        Optional<XmlNode> exercices = p.child("Exercices");
        if (exercices.isEmpty()) {
          warn(p, "Projection without Exercices: ignored");
          continue;
        }
        expectOnly(exercices.get(), List.of("Exercice"));
        for (XmlNode e : exercices.get().children("Exercice")) {
          expectOnly(e, List.of("Montant"));
          Optional<String> year = e.attribute("Valeur");
          if (year.isEmpty()) {
            invalid(e, "attribute Valeur (the exercice) missing");
            continue;
          }
          int y = year(e, year.get());
          XmlNode montant = e.child("Montant")
              .orElseThrow(() -> error(e, "missing Montant"));
          long cents = cents(montant);
          long[] cell = remaining.computeIfAbsent(g.get(), k -> new LinkedHashMap<>())
              .computeIfAbsent(y, k -> new long[1]);
          cell[0] = checkedSum(montant, cell[0], cents, "the projections of group "
              + g.get().code() + " for " + y);
        }
      }
    }
    List<BudgetLine> result = new ArrayList<>();
    Optional<XmlNode> articles = required(node, "Articles");
    if (articles.isPresent()) {
      expectOnly(articles.get(), List.of("Article"));
      for (XmlNode a : articles.get().children("Article")) {
        expectOnly(a,
            List.of("Exercice", "Service", "Type", "CodeArticle", "Libelle", "Montant"));
        Optional<BudgetLine> line = article(a, remaining, elementCode);
        line.ifPresent(result::add);
      }
    }
    for (Map.Entry<EconomicGroup, Map<Integer, long[]>> g : remaining.entrySet()) {
      for (Map.Entry<Integer, long[]> y : g.getValue().entrySet()) {
        if (y.getValue()[0] != 0) {
          long cents = y.getValue()[0];
          result.add(build(node, () -> {
            BudgetLine.Builder b = BudgetLine.builder()
                .exercice(y.getKey())
                .group(g.getKey())
                .amount(EuroAmount.ofCents(cents));
            elementCode.ifPresent(b::elementCode);
            return b.build();
          }));
        }
      }
    }
    return result;
  }

  private Optional<EconomicGroup> group(XmlNode projection) throws PstFormatException {
    Optional<XmlNode> code = projection.child("GroupeEco");
    if (code.isEmpty() || code.get().text().isEmpty()) {
      invalid(code.orElse(projection), "missing GroupeEco");
      return Optional.empty();
    }
    EconomicGroup g;
    try {
      g = EconomicGroup.ofCode(code.get().text());
    } catch (IllegalArgumentException e) {
      invalid(code.get(), "unknown economic group '" + code.get().text() + "': "
          + e.getMessage());
      return Optional.empty();
    }
    Optional<XmlNode> service = projection.child("Service");
    Optional<XmlNode> type = projection.child("Type");
    if (service.isPresent() && !service.get().text().equals(g.service().ecomptesCode())
        || type.isPresent() && !type.get().text().equals(g.side().ecomptesCode())) {
      warn(projection, "Service/Type do not match group " + g.code() + " ("
          + g.service().ecomptesCode() + "/" + g.side().ecomptesCode() + "); the group wins");
    }
    return Optional.of(g);
  }

  private Optional<BudgetLine> article(XmlNode a, Map<EconomicGroup, Map<Integer, long[]>> remaining,
      Optional<String> elementCode) throws PstFormatException {
    XmlNode ex = a.child("Exercice").orElseThrow(() -> error(a, "missing Article/Exercice"));
    int year = year(ex);
    XmlNode montant = a.child("Montant").orElseThrow(() -> error(a, "missing Article/Montant"));
    long cents = cents(montant);
    String service = a.child("Service").map(XmlNode::text).orElse("");
    String type = a.child("Type").map(XmlNode::text).orElse("");
    if (!service.equals("O") && !service.equals("E")) {
      throw error(a.child("Service").orElse(a), "expected Service O or E, found '" + service
          + "'");
    }
    if (!type.equals("R") && !type.equals("D")) {
      throw error(a.child("Type").orElse(a), "expected Type R or D, found '" + type + "'");
    }
    List<EconomicGroup> candidates = new ArrayList<>();
    for (EconomicGroup g : EconomicGroup.values()) {
      if (g.service().ecomptesCode().equals(service) && g.side().ecomptesCode().equals(type)
          && remaining.containsKey(g) && remaining.get(g).containsKey(year)) {
        candidates.add(g);
      }
    }
    EconomicGroup chosen = null;
    for (EconomicGroup g : candidates) {
      if (remaining.get(g).get(year)[0] == cents) {
        chosen = g;
        break;
      }
    }
    if (chosen == null) {
      for (EconomicGroup g : candidates) {
        long left = remaining.get(g).get(year)[0];
        if (Long.signum(left) == Long.signum(cents) && Math.abs(left) >= Math.abs(cents)) {
          chosen = g;
          break;
        }
      }
    }
    if (chosen == null && !candidates.isEmpty()) {
      chosen = candidates.get(0);
      warn(a, "articles exceed the projection of group " + chosen.code() + " for " + year);
    }
    if (chosen == null) {
      chosen = defaultGroup(service, type);
      warn(a, "no projection of service " + service + ", type " + type + " for " + year
          + ": group " + chosen.code() + " (" + chosen.label() + ") assumed");
    } else {
      long[] cell = remaining.get(chosen).get(year);
      cell[0] = checkedSum(montant, cell[0], -cents, "the projection of group " + chosen.code()
          + " for " + year + " less its articles");
    }
    EconomicGroup group = chosen;
    BudgetLine.Builder b = build(a, () -> BudgetLine.builder()
        .exercice(year)
        .group(group)
        .amount(EuroAmount.ofCents(cents)));
    elementCode.ifPresent(b::elementCode);
    Optional<String> label = a.child("Libelle").map(XmlNode::text).filter(s -> !s.isEmpty());
    Optional<XmlNode> code = a.child("CodeArticle");
    if (code.isPresent() && !code.get().text().isEmpty()) {
      try {
        b.article(BudgetArticle.parse(code.get().text()));
      } catch (IllegalArgumentException e) {
        warn(code.get(), "article code '" + XmlNumbers.quote(code.get().text())
            + "' not understood (" + e.getMessage() + "); kept in the label");
        label = Optional.of(code.get().text() + label.map(l -> " " + l).orElse(""));
        if (label.get().length() > SecureXml.MAX_TEXT_CHARS) {
          throw error(code.get(), "article code and label longer than "
              + SecureXml.MAX_TEXT_CHARS + " characters");
        }
      }
    } else {
      warn(a, "article without CodeArticle");
    }
    label.filter(l -> !l.equals(group.label())).ifPresent(b::label);
    return Optional.of(build(a, b::build));
  }

  private static EconomicGroup defaultGroup(String service, String type) {
    if (service.equals("O")) {
      return type.equals("R") ? EconomicGroup.ofCode("60") : EconomicGroup.ofCode("71");
    }
    return type.equals("R") ? EconomicGroup.ofCode("80") : EconomicGroup.ofCode("91");
  }

  private long cents(XmlNode montant) throws PstFormatException {
    try {
      return XmlNumbers.cents(montant.text());
    } catch (NumberFormatException e) {
      throw error(montant, e.getMessage());
    }
  }

  /**
   * {@code sum + cents} exactly: beyond ±92 233 720 368 547 758,07 € (the range of a
   * {@code long} of cents, symmetric) it is an error, never a wrapped sum.
   */
  private long checkedSum(XmlNode node, long sum, long cents, String what)
      throws PstFormatException {
    try {
      long result = Math.addExact(sum, cents);
      if (result == Long.MIN_VALUE) {
        throw new ArithmeticException("long overflow");
      }
      return result;
    } catch (ArithmeticException e) {
      throw error(node, what + " add up beyond ±92233720368547758.07 euros");
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
        String message = "unexpected element <" + child.name() + "> in <" + node.name() + ">";
        if (options.lenient()) {
          warn(child, message + ", ignored; expected " + String.join(", ", allowed));
        } else {
          throw error(child, message + "; expected " + String.join(", ", allowed));
        }
      }
    }
  }

  /** The child, or a warning (lenient) / an error (strict) when the schema requires it. */
  private Optional<XmlNode> required(XmlNode parent, String name) throws PstFormatException {
    Optional<XmlNode> child = parent.child(name);
    if (child.isEmpty()) {
      invalid(parent, "missing required element <" + name + ">");
    }
    return child;
  }

  /** A schema violation: a warning when lenient, an error when strict. */
  private void invalid(XmlNode node, String message) throws PstFormatException {
    if (options.lenient()) {
      warn(node, message);
    } else {
      throw error(node, message);
    }
  }

  private void warn(XmlNode node, String message) {
    warnings.add(EcomptesIssue.of(node.path(), node.line(), node.column(), message));
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
