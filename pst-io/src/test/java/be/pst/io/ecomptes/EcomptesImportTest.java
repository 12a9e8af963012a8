package be.pst.io.ecomptes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.action.Action;
import be.pst.core.element.ExternalId;
import be.pst.core.element.Status;
import be.pst.core.element.TextFormat;
import be.pst.core.person.Civility;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.element.Volet;
import be.pst.core.person.Person;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.io.PstFormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EcomptesImportTest {

  private static final EcomptesOptions STRICT = EcomptesOptions.builder().lenient(false).build();

  static Path resource(String name) throws URISyntaxException {
    return Path.of(EcomptesImportTest.class.getResource("/ecomptes/" + name).toURI());
  }

  private static Action action(Plan plan, String code) {
    return plan.actions().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
  }

  private static String key(BudgetLine l) {
    return l.elementCode().orElse("(plan)") + "|" + l.figure() + "|" + l.exercice() + "|"
        + l.group().map(g -> g.code()).orElse("-") + "|"
        + BigDecimal.valueOf(l.amount().cents(), 2).toPlainString() + "|" + l.article().map(Object::toString).orElse("-") + "|"
        + l.label().orElse("-");
  }

  @Test
  void validToolExportIsReadWithCodesTakenFromItsLabels() throws Exception {
    Path file = resource("valid-olln-tool-export.xml");
    assertThat(EcomptesXml.validate(file)).isEmpty();
    EcomptesImport in = EcomptesXml.read(file, STRICT);
    assertThat(in.warnings()).isEmpty();
    Plan plan = in.plan();
    assertThat(plan.authority().kind()).isEqualTo(AuthorityKind.CPAS);
    assertThat(plan.authority().insCode()).isEqualTo("25121");
    assertThat(plan.authority().name()).isEqualTo("CPAS 25121");
    assertThat(plan.title()).isEqualTo("PST du CPAS d'Ottignies-Louvain-la-Neuve 2019-2024");
    StrategicObjective os = plan.strategicObjectives().get(0);
    assertThat(os.code()).isEqualTo("OS.1");
    assertThat(os.title()).isEqualTo(
        "Etre un CPAS qui garantisse à chaque citoyen un accueil et un suivi de qualité");
    assertThat(os.volet()).contains(Volet.EXTERNAL);
    assertThat(os.operationalObjectives().get(0).code()).isEqualTo("OO.1.1");
    assertThat(os.operationalObjectives().get(0).deadline())
        .contains(PartialDate.parse("2024-12-31"));
    assertThat(os.operationalObjectives().get(0).actions()).extracting(Action::code)
        .containsExactly("A.1", "A.9");
  }

  @Test
  void subActionLabelBecomesASubActionOfItsParent() throws Exception {
    Plan plan = EcomptesXml.read(resource("valid-olln-tool-export.xml")).plan();
    Action a1 = action(plan, "A.1");
    assertThat(a1.subActions()).hasSize(1);
    Action sa = a1.subActions().get(0);
    assertThat(sa.code()).isEqualTo("SA.2");
    assertThat(sa.title()).isEqualTo("Évaluer le marché repas");
    assertThat(sa.status()).contains(Status.COMPLETED);
  }

  @Test
  void actionDetailsAreRead() throws Exception {
    Plan plan = EcomptesXml.read(resource("valid-olln-tool-export.xml")).plan();
    Action a1 = action(plan, "A.1");
    assertThat(a1.title()).isEqualTo("Garantir le maintien de milieux d'accueil de qualité");
    assertThat(a1.description()).contains(
        "Des milieux d'accueil conformes, bien équipés et conviviaux & un personnel formé.");
    assertThat(a1.status()).contains(Status.IN_PROGRESS);
    assertThat(a1.progress()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("35.5"));
    assertThat(a1.administrativePilots()).extracting(p -> p.person().orElseThrow())
        .containsExactly(Person.builder().civility(Civility.MRS).lastName("DUPONT")
            .firstName("Marie").phone("010 43 65 11").email("pst@cpas-olln.be").build());
    assertThat(a1.politicalPilots()).extracting(p -> p.person().orElseThrow())
        .containsExactly(Person.builder().civility(Civility.MR).lastName("Lambert")
            .firstName("Paul").phone("010 43 65 11").email("pst@cpas-olln.be").build());
    assertThat(a1.department()).contains("Petite enfance");
    assertThat(a1.services()).isEmpty();
    assertThat(a1.partners()).containsExactly("ONE", "Province du Brabant wallon");
    assertThat(a1.localPlans()).containsExactly("PCS");
    assertThat(a1.statusNote()).contains("Réforme de la Petite Enfance attendue en 2020");
    assertThat(a1.externalId()).contains(ExternalId.of("5001"));
    assertThat(a1.schedule().flatMap(s -> s.start())).contains(PartialDate.parse("2019-10-01"));
    Action a9 = action(plan, "A.9");
    assertThat(a9.status()).contains(Status.WAITING);
    assertThat(a9.administrativePilots()).extracting(p -> p.person().orElseThrow())
        .containsExactly(Person.builder().civility(Civility.MR).lastName("LM/AL")
            .phone("010 43 65 11").email("pst@cpas-olln.be").build());
  }

  @Test
  void articlesAreBudgetLinesGroupedByTheirEconomicCodeAndProjectionsKeepEveryCell()
      throws Exception {
    EcomptesImport in = EcomptesXml.read(resource("valid-olln-tool-export.xml"));
    assertThat(in.budgetedPlan().linesOf("A.1")).extracting(EcomptesImportTest::key)
        .containsExactly(
            "A.1|BUDGET|2020|70|133000.00|835/111-01|Puéricultrices",
            "A.1|BUDGET|2020|61|133000.00|835/465-02|Subsides ONE",
            "A.1|PROJECTION|2020|70|133000.00|-|-",
            "A.1|PROJECTION|2021|70|171000.00|-|-",
            "A.1|PROJECTION|2020|61|133000.00|-|-",
            "A.1|PROJECTION|2021|61|133000.00|-|-",
            "A.1|PROJECTION|2020|91|138000.00|-|-",
            "A.1|PROJECTION|2021|91|20000.00|-|-");
    assertThat(in.budgetedPlan().linesOf("SA.2")).extracting(EcomptesImportTest::key)
        .containsExactly("SA.2|BUDGET|2020|71|3000.00|835/124-48|Évaluation marché repas",
            "SA.2|PROJECTION|2020|71|3000.00|-|-");
    assertThat(in.budgetedPlan().linesOf("A.9")).extracting(EcomptesImportTest::key)
        .containsExactly("A.9|PROJECTION|2020|91|32500.00|-|-",
            "A.9|PROJECTION|2020|82|30000.00|-|-", "A.9|PROJECTION|2020|80|2500.00|-|-",
            "A.9|PROJECTION|2020|7X|400.00|-|-", "A.9|PROJECTION|2021|7X|6400.00|-|-");
  }

  @Test
  void realArticleCodesAreReadVerbatimAndAnUnclassifiedCodeLeavesTheLineWithoutAGroup()
      throws Exception {
    String xml = Files.readString(resource("valid-olln-tool-export.xml"))
        .replace("<CodeArticle>835/111-01</CodeArticle>", "<CodeArticle>123/45678.2020</CodeArticle>")
        .replace("<CodeArticle>835/465-02</CodeArticle>", "<CodeArticle>012/12145.2020</CodeArticle>")
        .replace("<CodeArticle>835/124-48</CodeArticle>", "<CodeArticle>xxx/wal-13.2019</CodeArticle>");
    EcomptesImport in = EcomptesXml.parse(xml, STRICT);
    assertThat(in.budgetedPlan().lines()).filteredOn(l -> l.figure() == BudgetFigure.BUDGET)
        .extracting(EcomptesImportTest::key)
        .containsExactly(
            "A.1|BUDGET|2020|-|133000.00|123/45678.2020|Puéricultrices",
            "A.1|BUDGET|2020|-|133000.00|012/12145.2020|Subsides ONE",
            "SA.2|BUDGET|2020|-|3000.00|xxx/wal-13.2019|Évaluation marché repas");
    assertThat(in.budgetedPlan().lines()).filteredOn(l -> l.figure() == BudgetFigure.BUDGET)
        .extracting(l -> l.service() + " " + l.side())
        .containsExactly("ORDINARY EXPENSES", "ORDINARY RECEIPTS", "ORDINARY EXPENSES");
    assertThat(in.warnings()).singleElement().satisfies(w -> {
      assertThat(w.kind()).contains(EcomptesWarning.ARTICLE_WITHOUT_GROUP);
      assertThat(w.count()).isEqualTo(3);
      assertThat(w.message()).startsWith("3 articles without a known economic group")
          .contains("'123/45678.2020' (O/D)");
    });
    String again = EcomptesXml.toXml(in.budgetedPlan(), in.exportOptions());
    assertThat(again).contains("<CodeArticle>123/45678.2020</CodeArticle>",
        "<CodeArticle>012/12145.2020</CodeArticle>", "<CodeArticle>xxx/wal-13.2019</CodeArticle>");
    EcomptesImport twice = EcomptesXml.parse(again, STRICT);
    assertThat(twice.budgetedPlan().lines()).isEqualTo(in.budgetedPlan().lines());
  }

  @Test
  void realToolExportMissingRequiredElementsIsReadWithWarnings() throws Exception {
    Path file = resource("real-tool-missing-elements.xml");
    assertThat(EcomptesXml.validate(file)).isNotEmpty();
    EcomptesImport in = EcomptesXml.read(file);
    Plan plan = in.plan();
    assertThat(plan.authority().kind()).isEqualTo(AuthorityKind.COMMUNE);
    assertThat(plan.authority().insCode()).isEqualTo("57081");
    StrategicObjective os = plan.strategicObjectives().get(0);
    assertThat(os.code()).isEqualTo("OS.2");
    assertThat(os.volet()).contains(Volet.INTERNAL);
    assertThat(os.description()).contains("<p>Moderniser</p>");
    assertThat(os.descriptionFormat()).contains(TextFormat.HTML);
    assertThat(plan.voletSections()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("V1");
      assertThat(v.title()).isEqualTo("Volet interne");
      assertThat(v.volet()).contains(Volet.INTERNAL);
      assertThat(v.status()).contains(Status.IN_PROGRESS);
      assertThat(v.strategicObjectiveCodes()).containsExactly("OS.2");
    });
    Action a3 = action(plan, "A.3");
    assertThat(a3.status()).contains(Status.PROBLEM);
    assertThat(a3.administrativePilots()).extracting(p -> p.person().orElseThrow())
        .containsExactly(Person.builder().lastName("Van den Bossche").firstName("Anne").build());
    assertThat(a3.department()).contains("Informatique");
    Action noCode = action(plan, "1212");
    assertThat(noCode.title()).isEqualTo("Organiser des marchés publics conjoints");
    assertThat(noCode.status()).isEmpty();
    assertThat(in.budgetedPlan().linesOf("A.3")).extracting(EcomptesImportTest::key)
        .containsExactly("A.3|BUDGET|2021|91|12500.50|104/742-53|Matériel informatique");

    assertThat(in.warnings()).extracting(w -> w.kind().orElseThrow()).doesNotHaveDuplicates()
        .contains(EcomptesWarning.MISSING_ELEMENT, EcomptesWarning.INVALID_VALUE,
            EcomptesWarning.MISSING_ATTRIBUTE);
    String warnings = in.warnings().stream().map(EcomptesIssue::toString)
        .collect(Collectors.joining("\n"));
    assertThat(warnings)
        .contains("line 6, column 17, /dataroot/Identifiants: ")
        .contains("required elements missing, read as absent: /dataroot/Identifiants (line 6):"
            + " <TypeAdmin> in <Identifiants>")
        .contains("Statut 'SUSPENDU'")
        .contains("/Actions/Action[2] (line ");
    assertThat(in.warnings()).allSatisfy(w -> {
      assertThat(w.line()).isPositive();
      assertThat(w.count()).isGreaterThanOrEqualTo(w.examples().size());
    });
  }

  @Test
  void strictReadingRefusesWhatLenientReadingWarnsAbout() throws Exception {
    Path file = resource("real-tool-missing-elements.xml");
    assertThatThrownBy(() -> EcomptesXml.read(file, STRICT))
        .isInstanceOf(PstFormatException.class)
        .satisfies(e -> {
          PstFormatException f = (PstFormatException) e;
          assertThat(f.source()).endsWith("real-tool-missing-elements.xml");
          assertThat(f.pointer()).startsWith("/dataroot/Identifiants");
          assertThat(f.line()).isBetween(6, 9);
          assertThat(f.problem()).startsWith("not valid against the eComptes schema: ")
              .contains("TypeAdmin");
        });
  }

  @Test
  void fractionOfACentIsAnErrorWithItsPathAndLine() throws Exception {
    Path file = resource("fraction-of-cent.xml");
    assertThatThrownBy(() -> EcomptesXml.read(file))
        .isInstanceOf(PstFormatException.class)
        .satisfies(e -> {
          PstFormatException f = (PstFormatException) e;
          assertThat(f.pointer()).isEqualTo("/dataroot/PST/Volets/Volet[1]/ObjectifStrategiques"
              + "/ObjectifStrategique[1]/ObjectifsOperationnels/ObjectifOperationnel[1]/Actions"
              + "/Action[2]/Articles/Article[1]/Montant");
          assertThat(f.line()).isPositive();
          assertThat(f.problem()).contains("3000.005").contains("fraction of a cent");
        });
  }

  private static EcomptesImport parse(String xml) throws PstFormatException {
    return EcomptesXml.parse(xml, EcomptesOptions.defaults());
  }

  private static String minimal(String volets) {
    return "<dataroot>\n<Identifiants><Id>x</Id><TypeAdmin>AC</TypeAdmin><INS>25084</INS>"
        + "<Type>PST</Type><Exercice>2020</Exercice><Version>201805V1</Version>"
        + "<Generateur>t</Generateur></Identifiants>\n<PST><DescriptionPST><IdPST>p</IdPST>"
        + "<Libelle>PST de Perwez</Libelle><ExerciceDebut>2019</ExerciceDebut>"
        + "<ExerciceFin>2024</ExerciceFin></DescriptionPST>\n<Volets>" + volets
        + "</Volets></PST></dataroot>";
  }

  @Test
  void elementWithoutLabelIsAnErrorNamingItsPath() {
    String xml = minimal("<Volet ElementId=\"E\" Exercice=\"2020\"><Libelle>Volet externe"
        + "</Libelle><ObjectifStrategiques>\n<ObjectifStrategique ElementId=\"1\" Exercice=\"2020\">"
        + "<Libelle>OS.1 - Un</Libelle></ObjectifStrategique>\n<ObjectifStrategique ElementId=\"2\""
        + " Exercice=\"2020\"><Libelle> </Libelle></ObjectifStrategique>"
        + "</ObjectifStrategiques></Volet>");
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(PstFormatException.class)
        .satisfies(e -> {
          PstFormatException f = (PstFormatException) e;
          assertThat(f.pointer()).isEqualTo(
              "/dataroot/PST/Volets/Volet[1]/ObjectifStrategiques/ObjectifStrategique[2]/Libelle");
          assertThat(f.line()).isEqualTo(6);
          assertThat(f.source()).isEqualTo(PstFormatException.STRING_SOURCE);
        });
  }

  @Test
  void misspelledElementIsReportedInsteadOfSilentlyDropped() throws Exception {
    String xml = minimal("<Volet ElementId=\"E\" Exercice=\"2020\"><Libelle>Volet externe"
        + "</Libelle>\n<ObjectifsStrategiques><ObjectifStrategique><Libelle>OS.1 - Un</Libelle>"
        + "</ObjectifStrategique></ObjectifsStrategiques></Volet>");
    EcomptesImport in = parse(xml);
    assertThat(in.plan().strategicObjectives()).isEmpty();
    assertThat(in.warnings()).anySatisfy(w -> {
      assertThat(w.xmlPath()).isEqualTo("/dataroot/PST/Volets/Volet[1]/ObjectifsStrategiques");
      assertThat(w.line()).isEqualTo(5);
      assertThat(w.kind()).contains(EcomptesWarning.UNEXPECTED_ELEMENT);
      assertThat(w.message()).startsWith("1 elements not allowed where they stand, ignored: "
          + "/dataroot/PST/Volets/Volet[1]/ObjectifsStrategiques (line 5):"
          + " <ObjectifsStrategiques> in <Volet>");
    });
    assertThatThrownBy(() -> EcomptesXml.parse(xml, STRICT))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("<string>:5:")
        .hasMessageContaining("not valid against the eComptes schema");
  }

  @Test
  void wrongRootIsAnError() {
    assertThatThrownBy(() -> parse("<PST/>"))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("expected the root element <dataroot>, found <PST>");
  }

  @Test
  void badNumberIsAnErrorSayingWhatWasExpected() {
    String xml = minimal("<Volet ElementId=\"E\" Exercice=\"2020\"><Libelle>Volet externe"
        + "</Libelle><ObjectifStrategiques><ObjectifStrategique><Libelle>OS.1 - Un</Libelle>"
        + "<ObjectifsOperationnels><ObjectifOperationnel><Libelle>OO.1.1 - Deux</Libelle>"
        + "<Actions><Action><Libelle>A.1 - Trois</Libelle><TauxAvancement>50 %"
        + "</TauxAvancement></Action></Actions></ObjectifOperationnel></ObjectifsOperationnels>"
        + "</ObjectifStrategique></ObjectifStrategiques></Volet>");
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("/Actions/Action[1]/TauxAvancement")
        .hasMessageContaining("expected a decimal number such as 1234.56, found '50 %'");
  }

  @Test
  void missingInsIsAnError() {
    String xml = minimal("").replace("<INS>25084</INS>", "");
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("missing Identifiants/INS");
  }

  @Test
  void missingCodesAreGeneratedAndSubActionWithoutParentIsKeptAsAction() throws Exception {
    String xml = minimal("<Volet><Libelle>Autre</Libelle><ObjectifStrategiques>"
        + "<ObjectifStrategique><Libelle>Un objectif</Libelle><ObjectifsOperationnels>"
        + "<ObjectifOperationnel><Libelle>Un autre</Libelle><Actions>"
        + "<Action><Libelle>A.7 - SA.8 - Orpheline</Libelle></Action>"
        + "</Actions></ObjectifOperationnel></ObjectifsOperationnels></ObjectifStrategique>"
        + "</ObjectifStrategiques></Volet>");
    EcomptesImport in = parse(xml);
    StrategicObjective os = in.plan().strategicObjectives().get(0);
    assertThat(os.code()).isEqualTo("OS1");
    assertThat(os.volet()).isEmpty();
    assertThat(os.externalId()).isEmpty();
    assertThat(in.plan().voletSections()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("V1");
      assertThat(v.title()).isEqualTo("Autre");
      assertThat(v.volet()).isEmpty();
    });
    assertThat(os.operationalObjectives().get(0).code()).isEqualTo("OS1.OO1");
    assertThat(os.operationalObjectives().get(0).actions()).extracting(Action::code)
        .containsExactly("SA.8");
    assertThat(in.warnings()).filteredOn(w -> w.kind().equals(
        java.util.Optional.of(EcomptesWarning.GENERATED_CODE))).singleElement()
        .satisfies(w -> assertThat(w.count()).isEqualTo(3))
        .satisfies(w -> assertThat(w.message()).contains("code 'V1'", "code 'OS1'",
            "code 'OS1.OO1'"));
    assertThat(in.warnings()).filteredOn(w -> w.kind().equals(
        java.util.Optional.of(EcomptesWarning.SUB_ACTION_PARENT))).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("parent 'A.7'"));
  }

  @Test
  void missingLegislatureIsGuessedFromTheExercice() throws Exception {
    String xml = minimal("<Volet><Libelle>Volet commun</Libelle></Volet>")
        .replace("<ExerciceDebut>2019</ExerciceDebut><ExerciceFin>2024</ExerciceFin>", "")
        .replace("<Exercice>2020</Exercice>", "<Exercice>2026</Exercice>");
    EcomptesImport in = parse(xml);
    assertThat(in.plan().legislature().firstExercice()).isEqualTo(2025);
    assertThat(in.plan().legislature().lastExercice()).isEqualTo(2030);
    assertThat(in.warnings()).extracting(EcomptesIssue::message)
        .anySatisfy(m -> assertThat(m).contains("legislature guessed as 2025-2030 from the"
            + " exercice 2026"));
  }

  @Test
  void readsFromAStreamWithTheStreamSourceName() throws Exception {
    try (InputStream in = new ByteArrayInputStream(
        minimal("<Volet><Libelle>Volet</Libelle></Volet>").getBytes(StandardCharsets.UTF_8))) {
      assertThat(EcomptesXml.read(in).plan().title()).isEqualTo("PST de Perwez");
    }
    assertThatThrownBy(() -> EcomptesXml.read(new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(PstFormatException.class)
        .satisfies(e -> assertThat(((PstFormatException) e).source())
            .isEqualTo(EcomptesXml.STREAM_SOURCE));
  }
}
