package be.pst.io.ecomptes;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.action.Action;
import be.pst.core.element.HumanResources;
import be.pst.core.element.PlanElement;
import be.pst.core.element.TextFormat;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.objective.VoletSection;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@link BudgetedPlan} as an eComptes document: one pass over the plan, each element's
 * lines looked up in constant time. The mapping is documented in {@code docs/ecomptes.md}.
 */
final class EcomptesWriter {

  /** The only version the schema knows. */
  static final String VERSION = "201805V1";

  private final BudgetedPlan budgeted;
  private final Plan plan;
  private final EcomptesOptions options;
  private final int exercice;
  private final String exerciceText;
  /** The lines of each element, by code (plan-level lines under {@code null}). */
  private final Map<String, List<BudgetLine>> linesByElement;
  private XmlOut out;

  EcomptesWriter(BudgetedPlan budgeted, EcomptesOptions options) {
    this.budgeted = budgeted;
    this.plan = budgeted.plan();
    this.options = options;
    this.exercice = options.exercice().orElse(plan.legislature().firstExercice());
    this.exerciceText = Integer.toString(exercice);
    String ins = plan.authority().insCode();
    if (!ins.matches("\\d{1,9}")) {
      throw new IllegalArgumentException("cannot write an eComptes document: the INS code '"
          + ins + "' of " + plan.authority().name() + " is not a number");
    }
    this.linesByElement = Layout.linesByElement(budgeted);
  }

  /**
   * The lines of an element, taken once: when codes are not unique, the lines of a code go to
   * the first element of that code written, never to several.
   */
  private List<BudgetLine> linesOf(String code) {
    List<BudgetLine> lines = linesByElement.remove(code);
    return lines == null ? List.of() : lines;
  }

  void write(OutputStream stream) throws XMLStreamException {
    out = new XmlOut(stream);
    out.startDocument();
    out.start("dataroot");
    writeIdentifiants();
    out.start("PST");
    writeDescription();
    out.start("Volets");
    for (Layout.VoletPlan v : Layout.volets(plan, options.defaultVolet())) {
      writeVolet(v);
    }
    out.end(); // Volets
    out.end(); // PST
    out.end(); // dataroot
    out.endDocument();
  }

  private void writeIdentifiants() throws XMLStreamException {
    String ins = plan.authority().insCode();
    out.start("Identifiants");
    out.leaf("Id", options.id().orElse("PST-" + typeAdmin() + "-" + ins + "-" + exercice));
    out.leaf("TypeAdmin", typeAdmin());
    out.leaf("INS", ins);
    out.leaf("Type", "PST");
    out.leaf("Exercice", exerciceText);
    out.leaf("Version", VERSION);
    out.leaf("Generateur", options.generator());
    out.end();
  }

  private String typeAdmin() {
    return plan.authority().kind() == AuthorityKind.CPAS ? "CPAS" : "AC";
  }

  private void writeDescription() throws XMLStreamException {
    int first = plan.legislature().firstExercice();
    int last = plan.legislature().lastExercice();
    String id = options.idPst()
        .or(() -> plan.version()
            .filter(v -> !v.isBlank() && v.codePointCount(0, v.length()) <= 40))
        .orElse(plan.authority().insCode() + "-" + first + "-" + last);
    out.start("DescriptionPST");
    out.leaf("IdPST", Labels.truncate(id, 40));
    out.leaf("Libelle", Labels.truncate(plan.title(), Labels.MAX));
    out.leaf("ExerciceDebut", Integer.toString(first));
    out.leaf("ExerciceFin", Integer.toString(last));
    out.end();
  }

  private void writeVolet(Layout.VoletPlan v) throws XMLStreamException {
    List<BudgetLine> lines = new ArrayList<>();
    if (v.section().isPresent()) {
      VoletSection s = v.section().get();
      lines.addAll(linesOf(s.code()));
      if (v.planLines()) {
        lines.addAll(linesOf(null));
      }
      out.start("Volet").attribute("ElementId", Layout.elementId(s))
          .attribute("Exercice", exerciceText);
      writeBase(Labels.truncate(XmlOut.clean(s.title()), Labels.MAX), s, lines);
    } else {
      if (v.planLines()) {
        lines.addAll(linesOf(null));
      }
      out.start("Volet").attribute("ElementId", Layout.voletId(v.synthetic()))
          .attribute("Exercice", exerciceText);
      writeBase(Layout.voletLabel(v.synthetic()), null, lines);
    }
    out.start("ObjectifStrategiques");
    for (StrategicObjective os : v.objectives()) {
      writeStrategic(os);
    }
    out.end();
    out.end();
  }

  private void writeStrategic(StrategicObjective os) throws XMLStreamException {
    Layout.Written label = Layout.label(List.of(), os);
    out.start("ObjectifStrategique").attribute("ElementId", Layout.elementId(os))
        .attribute("Exercice", exerciceText);
    writeBase(label.text(), os, linesOf(os.code()));
    out.start("ObjectifsOperationnels");
    for (OperationalObjective oo : os.operationalObjectives()) {
      writeOperational(oo);
    }
    out.end();
    out.end();
  }

  private void writeOperational(OperationalObjective oo) throws XMLStreamException {
    Layout.Written label = Layout.label(List.of(), oo);
    out.start("ObjectifOperationnel").attribute("ElementId", Layout.elementId(oo))
        .attribute("Exercice", exerciceText);
    writeBase(label.text(), oo, linesOf(oo.code()));
    out.start("Actions");
    List<Layout.Flat> flat = new ArrayList<>();
    for (Action a : oo.actions()) {
      Layout.flatten(a, List.of(), flat);
    }
    for (Layout.Flat f : flat) {
      out.start("Action").attribute("ElementId", Layout.elementId(f.action()))
          .attribute("Exercice", exerciceText);
      writeBase(f.label().text(), f.action(), linesOf(f.action().code()));
      out.end();
    }
    out.end();
    out.end();
  }

  /**
   * The elements every element has, in schema order. {@code e} is null for a volet the writer
   * makes: it has only what the schema requires.
   */
  private void writeBase(String label, PlanElement e, List<BudgetLine> lines)
      throws XMLStreamException {
    out.leaf("Libelle", label);
    Optional<Schedule> schedule = e == null ? Optional.empty() : e.schedule();
    Optional<PartialDate> start = schedule.flatMap(Schedule::start);
    Optional<PartialDate> end = schedule.flatMap(Schedule::end);
    if (start.isPresent()) {
      out.leaf("DateDebut", start.get().earliest().toString());
    }
    if (end.isPresent()) {
      out.leaf("DateFin", end.get().latest().toString());
    }
    writeText("Description", e == null ? Optional.empty() : e.description(),
        e == null ? Optional.empty() : e.descriptionFormat());
    out.leaf("Statut", (e == null ? EcomptesStatus.NON_COMMENCE
        : e.status().map(EcomptesStatus::of).orElse(EcomptesStatus.NON_COMMENCE)).name());
    if (e != null) {
      Optional<be.pst.core.person.Person> responsible =
          Layout.firstPerson(e.administrativePilots());
      if (responsible.isPresent()) {
        writePerson("Responsable", responsible.get());
      }
      Optional<be.pst.core.person.Person> mandatary = Layout.firstPerson(e.politicalPilots());
      if (mandatary.isPresent()) {
        writePerson("Mandataire", mandatary.get());
      }
      if (e.department().isPresent()) {
        out.leaf("Departement", e.department().get());
      }
    }
    out.leaf("TauxAvancement",
        Layout.progress(e == null ? Optional.empty() : e.progress()).toPlainString());
    writeText("RemarqueStatut", e == null ? Optional.empty() : e.statusNote(),
        e == null ? Optional.empty() : e.statusNoteFormat());
    BigDecimal fte = e == null ? BigDecimal.ZERO : e.humanResources()
        .flatMap(HumanResources::fte).filter(f -> f.signum() > 0).orElse(BigDecimal.ZERO);
    out.leaf("ETP", fte.toPlainString());
    out.start("Plans");
    if (e != null) {
      for (String p : e.localPlans()) {
        out.leaf("Plan", p);
      }
    }
    out.end();
    out.start("Partenaires");
    if (e != null) {
      for (String p : e.partners()) {
        out.leaf("Partenaire", p);
      }
    }
    out.end();
    writeArticles(lines);
    writeProjections(lines);
  }

  private void writeText(String element, Optional<String> text, Optional<TextFormat> format)
      throws XMLStreamException {
    out.start(element);
    out.leaf("Mode", mode(format));
    out.leaf("Valeur", text.orElse(""));
    out.end();
  }

  /** {@code TEXTE}, {@code HTML} or {@code RTF}: plain text unless the format says otherwise. */
  static String mode(Optional<TextFormat> format) {
    if (format.isPresent() && format.get() == TextFormat.HTML) {
      return "HTML";
    }
    return format.isPresent() && format.get() == TextFormat.RTF ? "RTF" : "TEXTE";
  }

  private void writePerson(String element, be.pst.core.person.Person person)
      throws XMLStreamException {
    Layout.Personne p = Layout.personne(person, options.defaultCivility());
    out.start(element);
    out.leaf("Civilite", p.civilite());
    out.leaf("Nom", p.nom());
    out.leaf("Prenom", p.prenom());
    out.leaf("Tel", p.tel());
    out.leaf("eMail", p.email());
    out.end();
  }

  /** Every line that is not a projection is an article of the budget. */
  private void writeArticles(List<BudgetLine> lines) throws XMLStreamException {
    out.start("Articles");
    for (BudgetLine line : lines) {
      if (line.figure() == BudgetFigure.PROJECTION) {
        continue;
      }
      out.start("Article");
      out.leaf("Exercice", Integer.toString(line.exercice()));
      out.leaf("Service", line.service().ecomptesCode());
      out.leaf("Type", line.side().ecomptesCode());
      out.leaf("CodeArticle", line.article().map(Object::toString).orElse(""));
      out.leaf("Libelle", Labels.truncate(XmlOut.clean(line.label().orElse("")),
          Layout.MAX_ARTICLE_LABEL));
      out.leaf("Montant", plain(line.amount().cents()));
      out.end();
    }
    out.end();
  }

  /** A projection: service, side, group (or none) and label. */
  record ProjectionKey(String service, String type, String group, String label) {}

  /**
   * The projections of an element: its projection lines grouped by service, side, group and
   * label, in the order each first appears; in each, one {@code Exercice} per line, in the order
   * of the exercices (lines of the same exercice in their order). Nothing is summed, so nothing
   * can overflow and no line is merged into another.
   */
  static Map<ProjectionKey, List<BudgetLine>> projections(List<BudgetLine> lines) {
    Map<ProjectionKey, List<BudgetLine>> groups = new LinkedHashMap<>();
    for (BudgetLine line : lines) {
      if (line.figure() != BudgetFigure.PROJECTION) {
        continue;
      }
      String label = XmlOut.clean(line.label()
          .orElse(line.group().map(EconomicGroup::label).orElse("")));
      ProjectionKey key = new ProjectionKey(line.service().ecomptesCode(),
          line.side().ecomptesCode(), line.group().map(EconomicGroup::code).orElse(""), label);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
    }
    for (List<BudgetLine> group : groups.values()) {
      group.sort(Comparator.comparingInt(BudgetLine::exercice));
    }
    return groups;
  }

  private void writeProjections(List<BudgetLine> lines) throws XMLStreamException {
    out.start("Projections");
    for (Map.Entry<ProjectionKey, List<BudgetLine>> e : projections(lines).entrySet()) {
      ProjectionKey k = e.getKey();
      out.start("Projection");
      out.leaf("Service", k.service());
      out.leaf("Type", k.type());
      out.leaf("GroupeEco", k.group());
      out.leaf("Libelle", k.label());
      out.start("Exercices");
      for (BudgetLine line : e.getValue()) {
        out.start("Exercice").attribute("Valeur", Integer.toString(line.exercice()));
        out.leaf("Montant", plain(line.amount().cents()));
        out.end();
      }
      out.end();
      out.end();
    }
    out.end();
  }

  /** Cents as a plain decimal with two decimals: {@code 28750000} → {@code 287500.00}. */
  static String plain(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }
}
