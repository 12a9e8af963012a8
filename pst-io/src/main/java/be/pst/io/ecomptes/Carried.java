package be.pst.io.ecomptes;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.action.Action;
import be.pst.core.element.ElementBuilder;
import be.pst.core.element.ExternalId;
import be.pst.core.element.HumanResources;
import be.pst.core.element.PlanElement;
import be.pst.core.element.Status;
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
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The projection of a plan onto what an eComptes document carries ({@link EcomptesXml#carried}):
 * the plan an export then an import gives back, computed on the model, attribute by attribute,
 * from the rules of {@code docs/ecomptes.md}. Package-private.
 */
final class Carried {

  private final Plan plan;
  private final EcomptesOptions options;
  private final Map<String, List<BudgetLine>> linesByElement;
  private final List<BudgetLine> lines = new ArrayList<>();

  Carried(BudgetedPlan budgeted, EcomptesOptions options) {
    this.plan = budgeted.plan();
    this.options = options;
    this.linesByElement = Layout.linesByElement(budgeted);
  }

  BudgetedPlan project() {
    String ins = String.format(Locale.ROOT, "%05d", Integer.parseInt(plan.authority().insCode()));
    AuthorityKind kind = plan.authority().kind() == AuthorityKind.CPAS
        ? AuthorityKind.CPAS : AuthorityKind.COMMUNE;
    String name = options.authorityName()
        .orElse((kind == AuthorityKind.CPAS ? "CPAS " : "Commune ") + ins);
    List<VoletSection> sections = new ArrayList<>();
    List<StrategicObjective> objectives = new ArrayList<>();
    for (Layout.VoletPlan v : Layout.volets(plan, options.defaultVolet())) {
      Optional<Volet> volet;
      Optional<String> sectionCode = Optional.empty();
      VoletSection.Builder section = null;
      if (v.section().isPresent()) {
        VoletSection s = v.section().get();
        String id = XmlOut.clean(Layout.elementId(s));
        String title = text(Labels.truncate(XmlOut.clean(s.title()), Labels.MAX)).orElseThrow();
        sectionCode = Optional.of(id.strip());
        volet = Layout.recognise(title, id);
        section = VoletSection.builder();
        common(s, section, id.strip(), title);
        volet.ifPresent(section::volet);
        List<BudgetLine> of = new ArrayList<>(linesOf(s.code()));
        if (v.planLines()) {
          of.addAll(linesOf(null));
        }
        addLines(of, sectionCode);
      } else {
        volet = Optional.of(v.synthetic());
        if (v.planLines()) {
          addLines(linesOf(null), Optional.empty());
        }
      }
      for (StrategicObjective os : v.objectives()) {
        StrategicObjective read = strategic(os, volet);
        objectives.add(read);
        if (section != null) {
          section.addStrategicObjectiveCodes(read.code());
        }
      }
      if (section != null) {
        sections.add(section.build());
      }
    }
    Plan carried = Plan.builder()
        .authority(Authority.of(kind, name, ins))
        .title(text(Labels.truncate(XmlOut.clean(plan.title()), Labels.MAX)).orElseThrow())
        .legislature(plan.legislature())
        .addAllVoletSections(sections)
        .addAllStrategicObjectives(objectives)
        .build();
    return BudgetedPlan.of(carried, lines);
  }

  private StrategicObjective strategic(StrategicObjective os, Optional<Volet> volet) {
    Layout.Written label = Layout.label(List.of(), os);
    String code = label.ownCode().orElse(XmlOut.clean(Layout.elementId(os)).strip());
    StrategicObjective.Builder b = StrategicObjective.builder();
    common(os, b, code, label.title());
    List<BudgetLine> own = linesOf(os.code());
    volet.ifPresent(b::volet);
    List<OperationalObjective> children = new ArrayList<>();
    for (OperationalObjective oo : os.operationalObjectives()) {
      children.add(operational(oo));
    }
    b.addAllOperationalObjectives(children);
    addLines(own, Optional.of(code));
    return b.build();
  }

  private OperationalObjective operational(OperationalObjective oo) {
    Layout.Written label = Layout.label(List.of(), oo);
    String code = label.ownCode().orElse(XmlOut.clean(Layout.elementId(oo)).strip());
    OperationalObjective.Builder b = OperationalObjective.builder();
    common(oo, b, code, label.title());
    List<BudgetLine> own = linesOf(oo.code());
    for (Action a : oo.actions()) {
      b.addActions(action(a, List.of()));
    }
    addLines(own, Optional.of(code));
    return b.build();
  }

  /** An action and its sub-actions, in the order the writer writes and the reader reads them. */
  private Action action(Action a, List<String> parents) {
    Layout.Written label = Layout.label(parents, a);
    String code = label.ownCode().orElse(XmlOut.clean(Layout.elementId(a)).strip());
    Action.Builder b = Action.builder();
    common(a, b, code, label.title());
    addLines(linesOf(a.code()), Optional.of(code));
    for (Action sub : a.subActions()) {
      b.addSubActions(action(sub, label.codes()));
    }
    return b.build();
  }

  private <B extends ElementBuilder<B>> void common(PlanElement e, B b, String code,
      String title) {
    b.code(code).title(title);
    String id = XmlOut.clean(Layout.elementId(e));
    if (!id.isBlank()) {
      b.externalId(ExternalId.of(id));
    }
    Optional<PartialDate> start = e.schedule().flatMap(Schedule::start);
    Optional<PartialDate> end = e.schedule().flatMap(Schedule::end);
    if (start.isPresent() || end.isPresent()) {
      b.schedule(Schedule.builder()
          .start(start.map(d -> PartialDate.of(d.earliest())))
          .end(end.map(d -> PartialDate.of(d.latest())))
          .build());
    }
    Optional<String> description = e.description().flatMap(Carried::strippedText);
    if (description.isPresent()) {
      b.description(description.get());
      format(e.descriptionFormat()).ifPresent(b::descriptionFormat);
    }
    b.status(EcomptesStatus.of(e.status().orElse(Status.NOT_STARTED)).toStatus());
    person(Layout.firstPerson(e.administrativePilots()))
        .ifPresent(p -> b.administrativePilots(List.of(Pilot.of(p))));
    person(Layout.firstPerson(e.politicalPilots()))
        .ifPresent(p -> b.politicalPilots(List.of(Pilot.of(p))));
    e.department().flatMap(Carried::text).ifPresent(b::department);
    b.progress(new BigDecimal(Layout.progress(e.progress()).toPlainString()));
    Optional<String> note = e.statusNote().flatMap(Carried::strippedText);
    if (note.isPresent()) {
      b.statusNote(note.get());
      format(e.statusNoteFormat()).ifPresent(b::statusNoteFormat);
    }
    e.humanResources().flatMap(HumanResources::fte).filter(f -> f.signum() > 0)
        .ifPresent(f -> b.humanResources(HumanResources.ofFte(new BigDecimal(f.toPlainString()))));
    b.localPlans(texts(e.localPlans()));
    b.partners(texts(e.partners()));
  }

  private static Optional<TextFormat> format(Optional<TextFormat> format) {
    return format.filter(f -> f != TextFormat.TEXT);
  }

  private Optional<Person> person(Optional<Person> person) {
    if (person.isEmpty()) {
      return Optional.empty();
    }
    Layout.Personne p = Layout.personne(person.get(), options.defaultCivility());
    Optional<String> nom = text(p.nom());
    Optional<String> prenom = text(p.prenom());
    if (nom.isEmpty() && prenom.isEmpty()) {
      return Optional.empty();
    }
    Person.Builder b = Person.builder();
    nom.ifPresent(b::lastName);
    prenom.ifPresent(b::firstName);
    text(p.tel()).ifPresent(b::phone);
    text(p.email()).ifPresent(b::email);
    b.civility(p.civilite().equals(PersonNames.MADAME) ? Civility.MRS : Civility.MR);
    return Optional.of(b.build());
  }

  /** The lines of an element, taken once, in the order the writer takes them. */
  private List<BudgetLine> linesOf(String elementCode) {
    List<BudgetLine> of = linesByElement.remove(elementCode);
    return of == null ? List.of() : of;
  }

  /** The lines of an element as the reader makes them: articles, then projections. */
  private void addLines(List<BudgetLine> of, Optional<String> readCode) {
    for (BudgetLine line : of) {
      if (line.figure() == BudgetFigure.PROJECTION) {
        continue;
      }
      BudgetLine.Builder b = BudgetLine.builder()
          .exercice(line.exercice())
          .service(line.service())
          .side(line.side())
          .figure(BudgetFigure.BUDGET)
          .amount(line.amount());
      readCode.ifPresent(b::elementCode);
      line.article().ifPresent(article -> {
        b.article(article);
        article.economicGroup(line.service(), line.side()).ifPresent(b::group);
      });
      line.label().flatMap(l -> text(Labels.truncate(XmlOut.clean(l),
          Layout.MAX_ARTICLE_LABEL))).ifPresent(b::label);
      lines.add(b.build());
    }
    for (Map.Entry<EcomptesWriter.ProjectionKey, List<BudgetLine>> e
        : EcomptesWriter.projections(of).entrySet()) {
      for (BudgetLine line : e.getValue()) {
        String groupLabel = line.group().map(EconomicGroup::label).orElse("");
        BudgetLine.Builder b = BudgetLine.builder()
            .exercice(line.exercice())
            .service(line.service())
            .side(line.side())
            .figure(BudgetFigure.PROJECTION)
            .amount(line.amount());
        line.group().ifPresent(b::group);
        text(e.getKey().label()).filter(l -> !l.equals(groupLabel)).ifPresent(b::label);
        readCode.ifPresent(b::elementCode);
        lines.add(b.build());
      }
    }
  }

  /** A text as the reader sees it: trimmed, absent when empty. */
  private static Optional<String> text(String written) {
    String t = XmlOut.clean(written).trim();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /** A {@code Valeur} as the reader sees it: stripped, absent when empty. */
  private static Optional<String> strippedText(String written) {
    String t = XmlOut.clean(written).strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  private static List<String> texts(List<String> values) {
    List<String> result = new ArrayList<>();
    for (String v : values) {
      text(v).ifPresent(result::add);
    }
    return result;
  }
}
