package be.pst.io.json;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Axis;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Organisation;
import be.pst.core.plan.OrganisationKind;
import be.pst.core.plan.Plan;
import be.pst.core.plan.PoliticalDeclaration;
import be.pst.core.plan.PoliticalObjective;
import be.pst.core.plan.Project;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The member tables of a plan and its parts (authority, legislature, axes, declarations,
 * political objectives, organisations, projects), of budget lines and of the whole document.
 */
final class PlanCodecs {

  private PlanCodecs() {}

  /** The value of the {@code format} member of every document. */
  static final String FORMAT = "be.pst/1";

  private static final Map<String, EconomicGroup> GROUPS = Arrays.stream(EconomicGroup.values())
      .collect(Collectors.toUnmodifiableMap(EconomicGroup::code, g -> g));

  static final ObjectCodec<Authority, Authority.Builder> AUTHORITY =
      ObjectCodec.table("authority", "an authority", Authority::builder, Authority.Builder::build)
          .required("kind", ValueCodec.enumeration(AuthorityKind.class), Authority::kind,
              Authority.Builder::kind)
          .required("name", ValueCodec.TEXT, Authority::name, Authority.Builder::name)
          .required("insCode", ValueCodec.TEXT, Authority::insCode, Authority.Builder::insCode)
          .codec();

  static final ObjectCodec<Legislature, Legislature.Builder> LEGISLATURE =
      ObjectCodec.table("legislature", "a legislature", Legislature::builder, Legislature.Builder::build)
          .required("firstExercice", ValueCodec.YEAR, Legislature::firstExercice,
              Legislature.Builder::firstExercice)
          .required("lastExercice", ValueCodec.YEAR, Legislature::lastExercice,
              Legislature.Builder::lastExercice)
          .codec();

  static final ObjectCodec<Axis, Axis.Builder> AXIS =
      ObjectCodec.table("axis", "an axis", Axis::builder, Axis.Builder::build)
          .required("code", ValueCodec.TEXT, Axis::code, Axis.Builder::code)
          .required("title", ValueCodec.TEXT, Axis::title, Axis.Builder::title)
          .optional("description", ValueCodec.STRING, Axis::description,
              Axis.Builder::description)
          .codec();

  static final ObjectCodec<PoliticalDeclaration, PoliticalDeclaration.Builder> DECLARATION =
      ObjectCodec.table("politicalDeclaration", "a political declaration", PoliticalDeclaration::builder,
              PoliticalDeclaration.Builder::build)
          .required("kind", ValueCodec.TEXT, PoliticalDeclaration::kind,
              PoliticalDeclaration.Builder::kind)
          .required("title", ValueCodec.TEXT, PoliticalDeclaration::title,
              PoliticalDeclaration.Builder::title)
          .optional("adoptionDate", ValueCodec.DATE, PoliticalDeclaration::adoptionDate,
              PoliticalDeclaration.Builder::adoptionDate)
          .optional("description", ValueCodec.STRING, PoliticalDeclaration::description,
              PoliticalDeclaration.Builder::description)
          .codec();

  static final ObjectCodec<PoliticalObjective, PoliticalObjective.Builder> POLITICAL_OBJECTIVE =
      ObjectCodec.table("politicalObjective", "a political objective", PoliticalObjective::builder,
              PoliticalObjective.Builder::build)
          .required("code", ValueCodec.TEXT, PoliticalObjective::code,
              PoliticalObjective.Builder::code)
          .required("title", ValueCodec.TEXT, PoliticalObjective::title,
              PoliticalObjective.Builder::title)
          .optional("source", ValueCodec.TEXT, PoliticalObjective::source,
              PoliticalObjective.Builder::source)
          .optional("description", ValueCodec.STRING, PoliticalObjective::description,
              PoliticalObjective.Builder::description)
          .list("priorities", ValueCodec.STRING, PoliticalObjective::priorities,
              PoliticalObjective.Builder::priorities)
          .codec();

  static final ObjectCodec<Organisation, Organisation.Builder> SERVICE = organisation(
      OrganisationKind.SERVICE);

  static final ObjectCodec<Organisation, Organisation.Builder> PARTNER = organisation(
      OrganisationKind.PARTNER);

  /** An organisation of a list whose kind is {@code kind}: "kind" written only if it differs. */
  private static ObjectCodec<Organisation, Organisation.Builder> organisation(
      OrganisationKind kind) {
    return ObjectCodec.table(kind == OrganisationKind.SERVICE ? "service" : "partner",
            kind == OrganisationKind.SERVICE ? "a service" : "a partner",
            () -> Organisation.builder().kind(kind), Organisation.Builder::build)
        .required("name", ValueCodec.TEXT, Organisation::name, Organisation.Builder::name)
        .defaulted("kind", ValueCodec.enumeration(OrganisationKind.class), kind,
            Organisation::kind, Organisation.Builder::kind)
        .optional("description", ValueCodec.STRING, Organisation::description,
            Organisation.Builder::description)
        .codec();
  }

  static final ObjectCodec<Project, Project.Builder> PROJECT =
      ObjectCodec.table("project", "a project", Project::builder, Project.Builder::build)
          .required("code", ValueCodec.TEXT, Project::code, Project.Builder::code)
          .required("title", ValueCodec.TEXT, Project::title, Project.Builder::title)
          .optional("description", ValueCodec.STRING, Project::description,
              Project.Builder::description)
          .list("actionCodes", ValueCodec.TEXT, Project::actionCodes,
              Project.Builder::actionCodes)
          .codec();

  static final ObjectCodec<Plan, Plan.Builder> PLAN =
      ObjectCodec.table("plan", "a plan", Plan::builder, Plan.Builder::build)
          .required("authority", AUTHORITY, Plan::authority, Plan.Builder::authority)
          .required("title", ValueCodec.TEXT, Plan::title, Plan.Builder::title)
          .required("legislature", LEGISLATURE, Plan::legislature, Plan.Builder::legislature)
          .optional("adoptionDate", ValueCodec.DATE, Plan::adoptionDate,
              Plan.Builder::adoptionDate)
          .optional("version", ValueCodec.STRING, Plan::version, Plan.Builder::version)
          .optional("description", ValueCodec.STRING, Plan::description,
              Plan.Builder::description)
          .list("axes", AXIS, Plan::axes, Plan.Builder::axes)
          .list("politicalDeclarations", DECLARATION, Plan::politicalDeclarations,
              Plan.Builder::politicalDeclarations)
          .list("politicalObjectives", POLITICAL_OBJECTIVE, Plan::politicalObjectives,
              Plan.Builder::politicalObjectives)
          .list("services", SERVICE, Plan::services, Plan.Builder::services)
          .list("partners", PARTNER, Plan::partners, Plan.Builder::partners)
          .list("voletSections", ElementCodecs.VOLET_SECTION, Plan::voletSections,
              Plan.Builder::voletSections)
          .structure("strategicObjectives", ElementCodecs.STRATEGIC, Plan::strategicObjectives,
              Plan.Builder::strategicObjectives)
          .list("projects", PROJECT, Plan::projects, Plan.Builder::projects)
          .codec();

  /** An economic group, by its code ({@code "70"}, {@code "7X"}). */
  static final ValueCodec<EconomicGroup> GROUP = ValueCodec.scalar("an economic group code",
      in -> {
        EconomicGroup group = GROUPS.get(in.string());
        return group != null ? group
            : in.parsed("an economic group code such as \"70\" or \"7X\"",
                EconomicGroup::ofCode);
      }, (out, value) -> out.string(value.code()), schemas -> {
        List<String> codes = new java.util.ArrayList<>();
        for (EconomicGroup group : EconomicGroup.values()) {
          codes.add(group.code());
        }
        return schemas.scalar("economicGroup", JsonSchemas.obj("enum", codes));
      });

  /** The code of the element a line belongs to: one string instance per code in a document. */
  static final ValueCodec<String> ELEMENT_CODE = ValueCodec.scalar("a non-blank string",
      in -> in.intern(in.text()), JsonOutput::string, ValueCodec.TEXT::schema);

  static final ObjectCodec<BudgetLine, BudgetLine.Builder> BUDGET_LINE =
      ObjectCodec.table("budgetLine", "a budget line", BudgetLine::builder, BudgetLine.Builder::build)
          .required("exercice", ValueCodec.YEAR, BudgetLine::exercice,
              BudgetLine.Builder::exercice)
          .optional("group", GROUP, BudgetLine::group, BudgetLine.Builder::group)
          .optional("service", ValueCodec.enumeration(Service.class),
              l -> l.group().isPresent() ? Optional.empty() : Optional.of(l.service()),
              BudgetLine.Builder::service)
          .optional("side", ValueCodec.enumeration(Side.class),
              l -> l.group().isPresent() ? Optional.empty() : Optional.of(l.side()),
              BudgetLine.Builder::side)
          .required("amount", DetailCodecs.AMOUNT, BudgetLine::amount,
              (b, v) -> b.amount(v))
          .defaulted("figure", ValueCodec.enumeration(BudgetFigure.class),
              BudgetFigure.PROJECTION, BudgetLine::figure, BudgetLine.Builder::figure)
          .optional("element", ELEMENT_CODE, BudgetLine::elementCode,
              BudgetLine.Builder::elementCode)
          .optional("article", ValueCodec.parsed("a budget article such as \"104/123-48\"",
              BudgetArticle::parse, BudgetArticle::toString), BudgetLine::article,
              BudgetLine.Builder::article)
          .optional("funding", DetailCodecs.FUNDING_SOURCE, BudgetLine::funding,
              BudgetLine.Builder::funding)
          .optional("label", ValueCodec.STRING, BudgetLine::label, BudgetLine.Builder::label)
          .flag("estimate", BudgetLine::estimate, BudgetLine.Builder::estimate)
          .codec();

  /** A document being read. */
  static final class DocumentDraft {
    Plan plan;
    List<BudgetLine> lines = List.of();
  }

  /** The format version: read and checked, written first. */
  private static final ValueCodec<String> FORMAT_VALUE = ValueCodec.scalar(
      "\"" + FORMAT + "\"", in -> {
        String format = in.string();
        if (!FORMAT.equals(format)) {
          throw in.fail("unsupported format \"" + JsonInput.abbreviate(format)
              + "\": expected \"" + FORMAT + "\"");
        }
        return format;
      }, JsonOutput::string, schemas -> JsonSchemas.obj("const", FORMAT));

  static final ObjectCodec<BudgetedPlan, DocumentDraft> DOCUMENT =
      ObjectCodec.table("document", "a be.pst/1 document", DocumentDraft::new,
              (DocumentDraft d) -> BudgetedPlan.of(d.plan, d.lines))
          .required("format", FORMAT_VALUE, p -> FORMAT, (d, v) -> { })
          .required("plan", PLAN, BudgetedPlan::plan, (d, v) -> d.plan = v)
          .list("budget", BUDGET_LINE, BudgetedPlan::lines, (d, v) -> d.lines = v)
          .codec();
}
