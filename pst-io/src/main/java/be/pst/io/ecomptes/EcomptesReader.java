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
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an eComptes document tree into a {@link BudgetedPlan}. Everything is built in memory
 * and returned at the end: an error leaves nothing half-imported. The rules are documented in
 * {@code docs/ecomptes.md}.
 */
final class EcomptesReader {

  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,4}(?:/\\p{Lu}{1,4})*");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
  private final Set<String> codes = new HashSet<>();

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
        exercice = Optional.of(integer(ex.get()));
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
        first = integer(debut.get());
      }
      Optional<XmlNode> fin = required(desc, "ExerciceFin");
      if (fin.isPresent()) {
        last = integer(fin.get());
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
    return EcomptesImport.builder()
        .budgetedPlan(BudgetedPlan.of(plan, lines))
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
    Optional<PartialDate> deadline = date(node, "DateFin").map(PartialDate::of);
    List<Draft> actions = new ArrayList<>();
    Map<String, Draft> byCode = new LinkedHashMap<>();
    expectOnly(node, base("Actions"));
    Optional<XmlNode> list = node.child("Actions");
    if (list.isPresent()) {
      expectOnly(list.get(), List.of("Action"));
      for (XmlNode a : list.get().children("Action")) {
        Draft d = action(a, code, byCode.size() + 1);
        Optional<String> parent = d.label.parentCode();
        if (parent.isPresent() && byCode.containsKey(parent.get())) {
          byCode.get(parent.get()).subs.add(d);
        } else {
          if (parent.isPresent()) {
            warn(a, "parent action '" + parent.get() + "' not found before it in this"
                + " operational objective: read as an action");
          }
          actions.add(d);
        }
        byCode.putIfAbsent(d.code, d);
      }
    }
    List<Action> built = new ArrayList<>();
    for (Draft d : actions) {
      built.add(d.build());
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

    Draft(XmlNode node, Labels.Decoded label, String code, Action.Builder builder) {
      this.node = node;
      this.label = label;
      this.code = code;
      this.builder = builder;
    }

    Action build() throws PstFormatException {
      List<Action> children = new ArrayList<>();
      for (Draft d : subs) {
        children.add(d.build());
      }
      return EcomptesReader.this.build(node, () -> builder.addAllSubActions(children).build());
    }
  }

  private Draft action(XmlNode node, String ooCode, int rank) throws PstFormatException {
    expectOnly(node, BASE);
    Labels.Decoded label = label(node);
    String code = code(node, label, ooCode + ".A" + rank);
    Common common = common(node);
    Action.Builder b = Action.builder()
        .code(code)
        .title(label.title())
        .description(common.description)
        .comments(common.remark);
    Optional<LocalDate> start = date(node, "DateDebut");
    Optional<LocalDate> end = date(node, "DateFin");
    if (start.isPresent() || end.isPresent()) {
      b.schedule(Schedule.builder()
          .start(start.map(PartialDate::of))
          .end(end.map(PartialDate::of))
          .build());
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
      b.progress(p);
    }
    Optional<XmlNode> etp = required(node, "ETP");
    if (etp.isPresent()) {
      BigDecimal fte = decimal(etp.get());
      if (fte.signum() < 0) {
        warn(etp.get(), "negative ETP " + fte.toPlainString() + " ignored");
      } else if (fte.signum() > 0) {
        b.humanResources(HumanResources.ofFte(fte));
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
    if (libelle.get().text().codePointCount(0, libelle.get().text().length()) > Labels.MAX) {
      warn(libelle.get(), "label longer than " + Labels.MAX + " characters; kept whole");
    }
    return Labels.decode(libelle.get().text(), node.attribute("ElementId").orElse(""));
  }

  /** Code from the label, else the element id, else generated (with a warning). */
  private String code(XmlNode node, Labels.Decoded label, String generated) {
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
    if (!codes.add(code)) {
      warn(node, "duplicate code '" + code + "' kept; the plan validator will report it");
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
    if (prenom.isEmpty() && INITIALS.matcher(nom).matches()) {
      return Optional.of(Person.ofInitials(nom));
    }
    return Optional.of(Person.of(full));
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
          int y = integer(e, year.get());
          XmlNode montant = e.child("Montant")
              .orElseThrow(() -> error(e, "missing Montant"));
          long cents = cents(montant);
          remaining.computeIfAbsent(g.get(), k -> new LinkedHashMap<>())
              .computeIfAbsent(y, k -> new long[1])[0] += cents;
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
          BudgetLine.Builder b = BudgetLine.builder()
              .exercice(y.getKey())
              .group(g.getKey())
              .amount(EuroAmount.ofCents(y.getValue()[0]));
          elementCode.ifPresent(b::elementCode);
          result.add(b.build());
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
    int year = integer(ex);
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
      remaining.get(chosen).get(year)[0] -= cents;
    }
    BudgetLine.Builder b = BudgetLine.builder()
        .exercice(year)
        .group(chosen)
        .amount(EuroAmount.ofCents(cents));
    elementCode.ifPresent(b::elementCode);
    Optional<String> label = a.child("Libelle").map(XmlNode::text).filter(s -> !s.isEmpty());
    Optional<XmlNode> code = a.child("CodeArticle");
    if (code.isPresent() && !code.get().text().isEmpty()) {
      try {
        b.article(BudgetArticle.parse(code.get().text()));
      } catch (IllegalArgumentException e) {
        warn(code.get(), "article code '" + code.get().text() + "' not understood ("
            + e.getMessage() + "); kept in the label");
        label = Optional.of(code.get().text() + label.map(l -> " " + l).orElse(""));
      }
    } else {
      warn(a, "article without CodeArticle");
    }
    EconomicGroup g = chosen;
    label.filter(l -> !l.equals(g.label())).ifPresent(b::label);
    return Optional.of(b.build());
  }

  private static EconomicGroup defaultGroup(String service, String type) {
    if (service.equals("O")) {
      return type.equals("R") ? EconomicGroup.ofCode("60") : EconomicGroup.ofCode("71");
    }
    return type.equals("R") ? EconomicGroup.ofCode("80") : EconomicGroup.ofCode("91");
  }

  private long cents(XmlNode montant) throws PstFormatException {
    BigDecimal amount = decimal(montant);
    try {
      return amount.movePointRight(2).setScale(0).longValueExact();
    } catch (ArithmeticException e) {
      throw error(montant, "amount " + amount.toPlainString()
          + " has a fraction of a cent or is too large; expected at most 2 decimals");
    }
  }

  private BigDecimal decimal(XmlNode node) throws PstFormatException {
    String text = node.text();
    if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      throw error(node, "expected a decimal number such as 1234.56, found '" + text + "'");
    }
    return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
  }

  private int integer(XmlNode node) throws PstFormatException {
    return integer(node, node.text());
  }

  private int integer(XmlNode node, String text) throws PstFormatException {
    String t = text.strip();
    if (!t.matches("[+-]?\\d{1,9}")) {
      throw error(node, "expected an integer, found '" + text + "'");
    }
    return Integer.parseInt(t);
  }

  private String insCode(XmlNode node) throws PstFormatException {
    String t = node.text();
    if (!t.matches("\\d{1,5}")) {
      throw error(node, "expected an INS code of at most 5 digits, found '" + t + "'");
    }
    BigInteger value = new BigInteger(t);
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
      return new PstFormatException(message, source, "", -1, -1);
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
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw new PstFormatException(node.name() + " cannot be built: " + e.getMessage(), source,
          node.path(), node.line(), node.column(), e);
    }
  }
}
