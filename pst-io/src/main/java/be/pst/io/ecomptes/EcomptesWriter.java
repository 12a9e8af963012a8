package be.pst.io.ecomptes;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.element.HumanResources;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.element.Volet;
import be.pst.core.person.Person;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@link BudgetedPlan} as an eComptes document. The mapping is documented in
 * {@code docs/ecomptes.md}.
 */
final class EcomptesWriter {

  /** The only version the schema knows. */
  static final String VERSION = "201805V1";

  /** {@code Description} and {@code RemarqueStatut} are written as plain text. */
  private static final String MODE = "TEXTE";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BudgetedPlan budgeted;
  private final Plan plan;
  private final EcomptesOptions options;
  private final int exercice;
  /** The lines of each element, by code: looked up once per element, in constant time. */
  private final Map<String, List<BudgetLine>> linesByElement = new HashMap<>();
  private XmlOut out;

  EcomptesWriter(BudgetedPlan budgeted, EcomptesOptions options) {
    this.budgeted = budgeted;
    this.plan = budgeted.plan();
    this.options = options;
    this.exercice = options.exercice().orElse(plan.legislature().firstExercice());
    String ins = plan.authority().insCode();
    if (!ins.matches("\\d{1,9}")) {
      throw new IllegalArgumentException("cannot write an eComptes document: the INS code '"
          + ins + "' of " + plan.authority().name() + " is not a number");
    }
    for (BudgetLine line : budgeted.lines()) {
      line.elementCode().ifPresent(code ->
          linesByElement.computeIfAbsent(code, c -> new ArrayList<>()).add(line));
    }
  }

  private List<BudgetLine> linesOf(String code) {
    return linesByElement.getOrDefault(code, List.of());
  }

  /** What an element reports upwards: its status, progress, FTE and dates. */
  private record Summary(
      EcomptesStatus status, BigDecimal progress, BigDecimal fte,
      Optional<LocalDate> start, Optional<LocalDate> end) {}

  void write(OutputStream stream) throws XMLStreamException {
    out = new XmlOut(stream);
    out.startDocument();
    out.start("dataroot");
    writeIdentifiants();
    out.start("PST");
    writeDescription();
    out.start("Volets");
    Map<Volet, List<StrategicObjective>> byVolet = new EnumMap<>(Volet.class);
    for (StrategicObjective os : plan.strategicObjectives()) {
      byVolet.computeIfAbsent(os.volet().orElse(options.defaultVolet()), v -> new ArrayList<>())
          .add(os);
    }
    if (byVolet.isEmpty()) {
      byVolet.put(options.defaultVolet(), List.of());
    }
    boolean first = true;
    for (Map.Entry<Volet, List<StrategicObjective>> e : byVolet.entrySet()) {
      writeVolet(e.getKey(), e.getValue(), first ? budgeted.planLevelLines() : List.of());
      first = false;
    }
    out.end(); // Volets
    out.end(); // PST
    out.end(); // dataroot
    out.endDocument();
  }

  private void writeIdentifiants() throws XMLStreamException {
    String ins = plan.authority().insCode();
    out.start("Identifiants");
    out.leaf("Id", "PST-" + typeAdmin() + "-" + ins + "-" + exercice);
    out.leaf("TypeAdmin", typeAdmin());
    out.leaf("INS", ins);
    out.leaf("Type", "PST");
    out.leaf("Exercice", Integer.toString(exercice));
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

  private static String voletId(Volet volet) {
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

  private static String voletLabel(Volet volet) {
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

  private void writeVolet(Volet volet, List<StrategicObjective> objectives, List<BudgetLine> lines)
      throws XMLStreamException {
    List<Summary> children = new ArrayList<>();
    for (StrategicObjective os : objectives) {
      children.add(summarise(os));
    }
    out.start("Volet").attribute("ElementId", voletId(volet))
        .attribute("Exercice", Integer.toString(exercice));
    writeBase(voletLabel(volet), aggregate(children), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), lines);
    out.start("ObjectifStrategiques");
    for (StrategicObjective os : objectives) {
      writeStrategic(os);
    }
    out.end();
    out.end();
  }

  private Summary summarise(StrategicObjective os) {
    List<Summary> children = new ArrayList<>();
    for (OperationalObjective oo : os.operationalObjectives()) {
      children.add(summarise(oo));
    }
    return aggregate(children);
  }

  private Summary summarise(OperationalObjective oo) {
    List<Summary> children = new ArrayList<>();
    for (Action a : oo.actions()) {
      children.add(summarise(a));
    }
    Summary s = aggregate(children);
    Optional<LocalDate> end = oo.deadline().map(PartialDate::latest);
    return new Summary(s.status(), s.progress(), s.fte(), s.start(), end.or(s::end));
  }

  private static Summary summarise(Action a) {
    EcomptesStatus status =
        a.status().map(EcomptesStatus::of).orElse(EcomptesStatus.NON_COMMENCE);
    BigDecimal progress = a.progress().map(EcomptesWriter::clampPercent).orElse(BigDecimal.ZERO);
    BigDecimal fte = a.humanResources().flatMap(HumanResources::fte)
        .filter(f -> f.signum() > 0).orElse(BigDecimal.ZERO);
    Optional<LocalDate> start = a.schedule().flatMap(Schedule::start).map(PartialDate::earliest);
    Optional<LocalDate> end = a.schedule().flatMap(Schedule::end).map(PartialDate::latest);
    return new Summary(status, progress, fte, start, end);
  }

  /**
   * Status, progress, FTE and dates of a group: all children with one status → that status;
   * any problem → PROBLEME; only finished or abandoned → TERMINE (ANNULE_ABANDONNE if all
   * abandoned); any started or finished → EN_COURS; any waiting → EN_ATTENTE; else
   * NON_COMMENCE. Progress is the mean of the children's (2 decimals, half-even), FTE their
   * sum, dates the earliest start and latest end.
   */
  private static Summary aggregate(List<Summary> children) {
    if (children.isEmpty()) {
      return new Summary(EcomptesStatus.NON_COMMENCE, BigDecimal.ZERO, BigDecimal.ZERO,
          Optional.empty(), Optional.empty());
    }
    Map<EcomptesStatus, Integer> counts = new EnumMap<>(EcomptesStatus.class);
    BigDecimal progress = BigDecimal.ZERO;
    BigDecimal fte = BigDecimal.ZERO;
    LocalDate start = null;
    LocalDate end = null;
    for (Summary c : children) {
      counts.merge(c.status(), 1, Integer::sum);
      progress = progress.add(c.progress());
      fte = fte.add(c.fte());
      if (c.start().isPresent() && (start == null || c.start().get().isBefore(start))) {
        start = c.start().get();
      }
      if (c.end().isPresent() && (end == null || c.end().get().isAfter(end))) {
        end = c.end().get();
      }
    }
    EcomptesStatus status;
    if (counts.size() == 1) {
      status = counts.keySet().iterator().next();
    } else if (counts.containsKey(EcomptesStatus.PROBLEME)) {
      status = EcomptesStatus.PROBLEME;
    } else if (counts.keySet().stream().allMatch(
        s -> s == EcomptesStatus.TERMINE || s == EcomptesStatus.ANNULE_ABANDONNE)) {
      status = EcomptesStatus.TERMINE;
    } else if (counts.containsKey(EcomptesStatus.EN_COURS)
        || counts.containsKey(EcomptesStatus.TERMINE)) {
      status = EcomptesStatus.EN_COURS;
    } else if (counts.containsKey(EcomptesStatus.EN_ATTENTE)) {
      status = EcomptesStatus.EN_ATTENTE;
    } else {
      status = EcomptesStatus.NON_COMMENCE;
    }
    BigDecimal mean = progress.divide(BigDecimal.valueOf(children.size()), 2,
        RoundingMode.HALF_EVEN);
    return new Summary(status, mean, fte, Optional.ofNullable(start), Optional.ofNullable(end));
  }

  private static BigDecimal clampPercent(BigDecimal p) {
    if (p.signum() < 0) {
      return BigDecimal.ZERO;
    }
    return p.compareTo(HUNDRED) > 0 ? HUNDRED : p;
  }

  private void writeStrategic(StrategicObjective os) throws XMLStreamException {
    out.start("ObjectifStrategique").attribute("ElementId", os.code())
        .attribute("Exercice", Integer.toString(exercice));
    writeBase(Labels.encode(List.of(os.code()), os.title()), summarise(os), os.description(),
        os.comments(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
        linesOf(os.code()));
    out.start("ObjectifsOperationnels");
    for (OperationalObjective oo : os.operationalObjectives()) {
      writeOperational(oo);
    }
    out.end();
    out.end();
  }

  private void writeOperational(OperationalObjective oo) throws XMLStreamException {
    out.start("ObjectifOperationnel").attribute("ElementId", oo.code())
        .attribute("Exercice", Integer.toString(exercice));
    writeBase(Labels.encode(List.of(oo.code()), oo.title()), summarise(oo), oo.description(),
        oo.comments(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
        linesOf(oo.code()));
    out.start("Actions");
    for (Action a : oo.actions()) {
      writeAction(a, List.of());
    }
    out.end();
    out.end();
  }

  /** Writes an action, then its sub-actions flattened after it with their parents' codes. */
  private void writeAction(Action a, List<String> ancestors) throws XMLStreamException {
    List<String> codes = new ArrayList<>(ancestors);
    codes.add(a.code());
    out.start("Action").attribute("ElementId", a.code())
        .attribute("Exercice", Integer.toString(exercice));
    writeBase(Labels.encode(codes, a.title()), summarise(a), a.description(), a.comments(),
        a.administrativePilots().stream().findFirst().flatMap(be.pst.core.person.Pilot::person),
        a.politicalPilots().stream().findFirst().flatMap(be.pst.core.person.Pilot::person),
        a.services().stream().findFirst(),
        a.localPlans(), a.partners(), linesOf(a.code()));
    out.end();
    for (Action sub : a.subActions()) {
      writeAction(sub, codes);
    }
  }

  private void writeBase(String label, Summary summary, Optional<String> description,
      Optional<String> remark, Optional<Person> responsible, Optional<Person> mandatary,
      Optional<String> department, List<String> plans, List<String> partners,
      List<BudgetLine> lines) throws XMLStreamException {
    out.leaf("Libelle", label);
    if (summary.start().isPresent()) {
      out.leaf("DateDebut", summary.start().get().toString());
    }
    if (summary.end().isPresent()) {
      out.leaf("DateFin", summary.end().get().toString());
    }
    writeText("Description", description.orElse(""));
    out.leaf("Statut", summary.status().name());
    if (responsible.isPresent()) {
      writePerson("Responsable", responsible.get());
    }
    if (mandatary.isPresent()) {
      writePerson("Mandataire", mandatary.get());
    }
    if (department.isPresent()) {
      out.leaf("Departement", department.get());
    }
    out.leaf("TauxAvancement", summary.progress().toPlainString());
    writeText("RemarqueStatut", remark.orElse(""));
    out.leaf("ETP", summary.fte().toPlainString());
    out.start("Plans");
    for (String p : plans) {
      out.leaf("Plan", p);
    }
    out.end();
    out.start("Partenaires");
    for (String p : partners) {
      out.leaf("Partenaire", p);
    }
    out.end();
    writeArticles(lines);
    writeProjections(lines);
  }

  private void writeText(String element, String text) throws XMLStreamException {
    out.start(element);
    out.leaf("Mode", MODE);
    out.leaf("Valeur", text);
    out.end();
  }

  private void writePerson(String element, Person person) throws XMLStreamException {
    String name = person.name().or(person::initials).orElse("");
    PersonNames.Parts parts = PersonNames.split(name);
    out.start(element);
    out.leaf("Civilite", parts.civility().orElse(options.defaultCivility().name()));
    out.leaf("Nom", parts.nom());
    out.leaf("Prenom", parts.prenom());
    out.leaf("Tel", "");
    out.leaf("eMail", "");
    out.end();
  }

  private void writeArticles(List<BudgetLine> lines) throws XMLStreamException {
    out.start("Articles");
    for (BudgetLine line : lines) {
      if (line.article().isEmpty()) {
        continue;
      }
      out.start("Article");
      out.leaf("Exercice", Integer.toString(line.exercice()));
      out.leaf("Service", line.service().ecomptesCode());
      out.leaf("Type", line.side().ecomptesCode());
      out.leaf("CodeArticle", Labels.truncate(line.article().get().toString(), 50));
      out.leaf("Libelle", Labels.truncate(
          line.label().orElse(line.group().map(EconomicGroup::label).orElse("")), Labels.MAX));
      out.leaf("Montant", plain(line.amount().cents()));
      out.end();
    }
    out.end();
  }

  private void writeProjections(List<BudgetLine> lines) throws XMLStreamException {
    Map<EconomicGroup, TreeMap<Integer, Long>> sums = new EnumMap<>(EconomicGroup.class);
    for (BudgetLine line : lines) {
      if (line.group().isPresent()) {
        sums.computeIfAbsent(line.group().get(), g -> new TreeMap<>())
            .merge(line.exercice(), line.amount().cents(), Math::addExact);
      }
    }
    out.start("Projections");
    for (Map.Entry<EconomicGroup, TreeMap<Integer, Long>> e : sums.entrySet()) {
      EconomicGroup g = e.getKey();
      out.start("Projection");
      out.leaf("Service", g.service().ecomptesCode());
      out.leaf("Type", g.side().ecomptesCode());
      out.leaf("GroupeEco", g.code());
      out.leaf("Libelle", g.label());
      out.start("Exercices");
      for (Map.Entry<Integer, Long> year : e.getValue().entrySet()) {
        out.start("Exercice").attribute("Valeur", Integer.toString(year.getKey()));
        out.leaf("Montant", plain(year.getValue()));
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
