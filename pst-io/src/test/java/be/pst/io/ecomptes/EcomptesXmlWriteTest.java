package be.pst.io.ecomptes;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.element.ExternalId;
import be.pst.core.element.Status;
import be.pst.core.element.Volet;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
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
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcomptesXmlWriteTest {

  private static final EcomptesOptions Y2021 = EcomptesOptions.builder().exercice(2021).build();

  static XmlNode tree(String xml) throws PstFormatException {
    return SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8), "written", 64, 1_000_000);
  }

  static XmlNode at(XmlNode node, String... names) {
    XmlNode n = node;
    for (String name : names) {
      int idx = 0;
      String plain = name;
      if (name.endsWith("]")) {
        plain = name.substring(0, name.indexOf('['));
        idx = Integer.parseInt(name.substring(name.indexOf('[') + 1, name.length() - 1)) - 1;
      }
      n = n.children(plain).get(idx);
    }
    return n;
  }

  @Test
  void ottigniesPlanIsValidAgainstTheSchema() throws Exception {
    String xml = EcomptesXml.toXml(OttigniesPlans.budgeted(), Y2021);
    assertThat(EcomptesXml.validate(xml)).isEmpty();
  }

  @Test
  void identifiantsCarryTheAuthorityAndTheExercice() throws Exception {
    XmlNode ids = at(tree(EcomptesXml.toXml(OttigniesPlans.budgeted(), Y2021)), "Identifiants");
    assertThat(ids.child("TypeAdmin").orElseThrow().text()).isEqualTo("CPAS");
    assertThat(ids.child("INS").orElseThrow().text()).isEqualTo("25121");
    assertThat(ids.child("Exercice").orElseThrow().text()).isEqualTo("2021");
    assertThat(ids.child("Version").orElseThrow().text()).isEqualTo("201805V1");
    assertThat(ids.child("Generateur").orElseThrow().text()).isEqualTo("pst-io");
  }

  @Test
  void exerciceDefaultsToTheFirstOfTheLegislature() throws Exception {
    XmlNode root = tree(EcomptesXml.toXml(OttigniesPlans.budgeted()));
    assertThat(at(root, "Identifiants", "Exercice").text()).isEqualTo("2019");
    assertThat(at(root, "PST", "DescriptionPST", "ExerciceDebut").text()).isEqualTo("2019");
    assertThat(at(root, "PST", "DescriptionPST", "ExerciceFin").text()).isEqualTo("2024");
    assertThat(at(root, "PST", "DescriptionPST", "IdPST").text()).isEqualTo("25121-2019-2024");
  }

  @Test
  void strategicObjectivesAreGroupedByVoletAndThoseWithoutGoToTheDefaultVolet()
      throws Exception {
    XmlNode volets = at(tree(EcomptesXml.toXml(OttigniesPlans.budgeted())), "PST", "Volets");
    assertThat(volets.children("Volet")).extracting(v -> v.child("Libelle").orElseThrow().text())
        .containsExactly("Volet interne", "Volet externe");
    assertThat(at(volets, "Volet[1]", "ObjectifStrategiques").children("ObjectifStrategique"))
        .extracting(os -> os.attribute("ElementId").orElseThrow())
        .containsExactly("OS2");
    assertThat(at(volets, "Volet[2]", "ObjectifStrategiques").children("ObjectifStrategique"))
        .extracting(os -> os.attribute("ElementId").orElseThrow())
        .containsExactly("OS1", "OS3");
    XmlNode internal = tree(EcomptesXml.toXml(OttigniesPlans.budgeted(), EcomptesOptions.builder()
        .defaultVolet(be.pst.core.element.Volet.INTERNAL).build()));
    assertThat(at(internal, "PST", "Volets", "Volet[1]", "ObjectifStrategiques")
        .children("ObjectifStrategique"))
        .extracting(os -> os.attribute("ElementId").orElseThrow())
        .containsExactly("OS2", "OS3");
  }

  @Test
  void actionCarriesCodeInLabelDatesStatusProgressPilotsAndBudget() throws Exception {
    XmlNode oo = at(tree(EcomptesXml.toXml(OttigniesPlans.budgeted(), Y2021)), "PST", "Volets",
        "Volet[2]", "ObjectifStrategiques", "ObjectifStrategique[1]", "ObjectifsOperationnels",
        "ObjectifOperationnel[1]");
    assertThat(at(oo, "Libelle").text()).isEqualTo(
        "OS1-OP1 - Poursuivre le développement d'une politique de la Petite enfance de qualité");
    assertThat(at(oo, "DateFin").text()).isEqualTo("2024-12-31");
    XmlNode a1 = at(oo, "Actions", "Action[1]");
    assertThat(a1.attribute("ElementId")).contains("OS1-OP1-A1");
    assertThat(a1.attribute("Exercice")).contains("2021");
    assertThat(at(a1, "Libelle").text()).startsWith("OS1-OP1-A1 - Garantir le maintien");
    assertThat(at(a1, "DateDebut").text()).isEqualTo("2019-10-01");
    assertThat(at(a1, "DateFin").text()).isEqualTo("2024-12-31");
    assertThat(at(a1, "Statut").text()).isEqualTo("EN_COURS");
    assertThat(at(a1, "TauxAvancement").text()).isEqualTo("35.5");
    assertThat(at(a1, "ETP").text()).isEqualTo("3.5");
    assertThat(at(a1, "Departement").text()).isEqualTo("Petite enfance");
    assertThat(at(a1, "Responsable", "Nom").text()).isEqualTo("LM/AL");
    assertThat(at(a1, "Responsable", "Prenom").text()).isEmpty();
    assertThat(at(a1, "Mandataire", "Civilite").text()).isEqualTo("MONSIEUR");
    assertThat(at(a1, "Mandataire", "Prenom").text()).isEqualTo("Anne");
    assertThat(at(a1, "Mandataire", "Nom").text()).isEqualTo("Dupont");
    assertThat(at(a1, "Plans").children("Plan")).extracting(XmlNode::text).containsExactly("PCS");
    assertThat(at(a1, "Partenaires").children("Partenaire")).extracting(XmlNode::text)
        .containsExactly("ONE", "Province du Brabant wallon");
    assertThat(at(a1, "RemarqueStatut", "Valeur").text())
        .isEqualTo("Réforme de la Petite Enfance attendue en 2020");

    List<XmlNode> articles = at(a1, "Articles").children("Article");
    assertThat(articles).extracting(a -> at(a, "CodeArticle").text() + " " + at(a, "Service").text()
            + at(a, "Type").text() + " " + at(a, "Exercice").text() + " " + at(a, "Montant").text())
        .containsExactly("835/465-02 OR 2020 133000.00", "835/111-01 OD 2020 133000.00");

    List<XmlNode> projections = at(a1, "Projections").children("Projection");
    assertThat(projections).extracting(p -> at(p, "GroupeEco").text())
        .containsExactly("60", "7X", "82", "80", "91", "61", "70");
    XmlNode personnel = projections.get(6);
    assertThat(at(personnel, "Service").text()).isEqualTo("O");
    assertThat(at(personnel, "Type").text()).isEqualTo("D");
    assertThat(at(personnel, "Libelle").text()).isEqualTo("Personnel");
    assertThat(at(personnel, "Exercices").children("Exercice"))
        .extracting(e -> e.attribute("Valeur").orElseThrow() + "=" + at(e, "Montant").text())
        .containsExactly("2021=171000.00");
  }

  @Test
  void subActionFollowsItsParentWithTheChainOfCodesInItsLabel() throws Exception {
    XmlNode actions = at(tree(EcomptesXml.toXml(OttigniesPlans.budgeted())), "PST", "Volets",
        "Volet[2]", "ObjectifStrategiques", "ObjectifStrategique[1]", "ObjectifsOperationnels",
        "ObjectifOperationnel[1]", "Actions");
    assertThat(actions.children("Action")).extracting(a -> at(a, "Libelle").text())
        .containsExactly(
            "OS1-OP1-A1 - Garantir le maintien de milieux d'accueil de qualité en offrant des"
                + " milieux d'accueil conviviaux et un personnel formé",
            "OS1-OP1-A1 - OS1-OP1-A1.1 - Faire évaluer le marché repas par un organisme"
                + " extérieur",
            "OS1-OP1-A5 - Augmenter le nombre d'accueillants d'enfants à raison de 1 par an");
    XmlNode sub = actions.children("Action").get(1);
    assertThat(at(sub, "DateDebut").text()).isEqualTo("2020-01-01");
    assertThat(at(sub, "DateFin").text()).isEqualTo("2020-12-31");
    assertThat(at(sub, "Statut").text()).isEqualTo("TERMINE");
  }

  @Test
  void objectivesWithoutStatusProgressOrFteGetTheSchemaPlaceholdersNotValuesOfTheirActions()
      throws Exception {
    XmlNode externe = at(tree(EcomptesXml.toXml(OttigniesPlans.budgeted())), "PST", "Volets",
        "Volet[2]");
    XmlNode oo1 = at(externe, "ObjectifStrategiques", "ObjectifStrategique[1]",
        "ObjectifsOperationnels", "ObjectifOperationnel[1]");
    // A1 35.5 % and A5 20 %, both in progress: nothing of it is written on the OO.
    assertThat(at(oo1, "Statut").text()).isEqualTo("NON_COMMENCE");
    assertThat(at(oo1, "TauxAvancement").text()).isEqualTo("0");
    assertThat(at(oo1, "ETP").text()).isEqualTo("0");
    assertThat(oo1.child("DateDebut")).isEmpty();
    assertThat(at(oo1, "DateFin").text()).isEqualTo("2024-12-31");
  }

  @Test
  void objectivesWriteTheirOwnStatusDatesPilotsDepartmentAndPlans() throws Exception {
    BudgetedPlan plan = OttigniesPlans.budgeted();
    StrategicObjective os1 = plan.plan().strategicObjectives().get(0)
        .withStatus(Status.PROBLEM)
        .withProgress(new BigDecimal("12.5"))
        .withSchedule(Schedule.of(PartialDate.parse("2019"), PartialDate.parse("2024-06")))
        .withPoliticalPilots(Pilot.of(Person.builder().civility(Civility.MRS)
            .lastName("1er échevin").phone("010 11 22 33").email("e@x.be").build()))
        .withDepartment("Action sociale")
        .withLocalPlans("PCS", "PCDN")
        .withExternalId(ExternalId.of("754bb88a0c1d4e2f9a0b1c2d3e4f5a6b"));
    BudgetedPlan changed = BudgetedPlan.of(plan.plan().replace(os1), plan.lines());
    XmlNode os = at(tree(EcomptesXml.toXml(changed)), "PST", "Volets", "Volet[2]",
        "ObjectifStrategiques", "ObjectifStrategique[1]");
    assertThat(os.attribute("ElementId")).contains("754bb88a0c1d4e2f9a0b1c2d3e4f5a6b");
    assertThat(at(os, "Libelle").text()).startsWith(os1.code() + " - ");
    assertThat(at(os, "Statut").text()).isEqualTo("PROBLEME");
    assertThat(at(os, "TauxAvancement").text()).isEqualTo("12.5");
    assertThat(at(os, "DateDebut").text()).isEqualTo("2019-01-01");
    assertThat(at(os, "DateFin").text()).isEqualTo("2024-06-30");
    assertThat(at(os, "Mandataire", "Civilite").text()).isEqualTo("MADAME");
    assertThat(at(os, "Mandataire", "Nom").text()).isEqualTo("1er échevin");
    assertThat(at(os, "Mandataire", "Prenom").text()).isEmpty();
    assertThat(at(os, "Mandataire", "Tel").text()).isEqualTo("010 11 22 33");
    assertThat(at(os, "Mandataire", "eMail").text()).isEqualTo("e@x.be");
    assertThat(at(os, "Departement").text()).isEqualTo("Action sociale");
    assertThat(at(os, "Plans").children("Plan")).extracting(XmlNode::text)
        .containsExactly("PCS", "PCDN");
  }

  @Test
  void planLevelLinesAreWrittenOnTheFirstVolet() throws Exception {
    XmlNode interne = at(tree(EcomptesXml.toXml(OttigniesPlans.budgeted())), "PST", "Volets",
        "Volet[1]");
    XmlNode projection = at(interne, "Projections", "Projection[1]");
    assertThat(at(projection, "GroupeEco").text()).isEqualTo("71");
    assertThat(at(projection, "Exercices", "Exercice[1]", "Montant").text()).isEqualTo("500.00");
  }

  @Test
  void projectionLinesOfOneGroupAndExerciceAreWrittenOneCellEachNeverMerged() throws Exception {
    BudgetedPlan plan = OttigniesPlans.budgeted().plusLines(List.of(
        OttigniesPlans.line("OS2-OP7-A21", 2020, "70", "0.01"),
        OttigniesPlans.line("OS2-OP7-A21", 2020, "70", "0.02")));
    XmlNode a21 = at(tree(EcomptesXml.toXml(plan)), "PST", "Volets", "Volet[1]",
        "ObjectifStrategiques", "ObjectifStrategique[1]", "ObjectifsOperationnels",
        "ObjectifOperationnel[1]", "Actions", "Action[1]");
    assertThat(at(a21, "Projections", "Projection[1]", "Exercices").children("Exercice"))
        .extracting(e -> e.attribute("Valeur").orElseThrow() + " " + at(e, "Montant").text())
        .containsExactly("2020 63500.00", "2020 0.01", "2020 0.02", "2021 96000.00");
    assertThat(at(a21, "Responsable", "Nom").text()).isEqualTo("MERTENS");
    assertThat(at(a21, "Responsable", "Prenom").text()).isEqualTo("Laurence");
  }

  @Test
  void longTitlesAreCutAndOutOfRangeProgressClampedSoTheDocumentStaysValid() throws Exception {
    Action big = Action.builder()
        .code("A1")
        .title("Développer ".repeat(40))
        .progress(new BigDecimal("140"))
        .addPoliticalPilots(be.pst.core.person.Pilot.of(be.pst.core.person.Person.of("Mme " + "Marie-Christine ".repeat(5)
            + "DE LA " + "VALLÉE ".repeat(30))))
        .build();
    BudgetedPlan plan = BudgetedPlan.of(Plan.builder()
        .authority(Authority.of(AuthorityKind.COMMUNE, "Perwez", "25084"))
        .title("P".repeat(300))
        .legislature(Legislature.of(2019, 2024))
        .addStrategicObjectives(StrategicObjective.builder().code("OS1").title("S")
            .addOperationalObjectives(OperationalObjective.builder().code("OO1").title("O")
                .addActions(big).build())
            .build())
        .build());
    String xml = EcomptesXml.toXml(plan);
    assertThat(EcomptesXml.validate(xml)).isEmpty();
    XmlNode root = tree(xml);
    assertThat(at(root, "Identifiants", "TypeAdmin").text()).isEqualTo("AC");
    XmlNode action = at(root, "PST", "Volets", "Volet[1]", "ObjectifStrategiques",
        "ObjectifStrategique[1]", "ObjectifsOperationnels", "ObjectifOperationnel[1]", "Actions",
        "Action[1]");
    assertThat(at(action, "Libelle").text()).hasSize(255).startsWith("A1 - Développer")
        .endsWith("…");
    assertThat(at(action, "TauxAvancement").text()).isEqualTo("100");
    assertThat(at(action, "Mandataire", "Civilite").text()).isEqualTo("MADAME");
  }

  @Test
  void nonNumericInsCodeCannotBeWritten() {
    BudgetedPlan dirty = BudgetedPlan.of(Plan.builder()
        .authority(Authority.of(AuthorityKind.COMMUNE, "Perwez", "PERWZ"))
        .title("PST")
        .legislature(Legislature.of(2019, 2024))
        .build());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EcomptesXml.toXml(dirty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INS code 'PERWZ' of Perwez is not a number");
  }

  @Test
  void planWithoutObjectivesStillHasTheVoletTheSchemaRequires() throws Exception {
    BudgetedPlan empty = BudgetedPlan.of(Plan.builder()
        .authority(Authority.of(AuthorityKind.CPAS, "CPAS de Frameries", "53028"))
        .title("PST")
        .legislature(Legislature.of(2019, 2024))
        .build());
    String xml = EcomptesXml.toXml(empty);
    assertThat(EcomptesXml.validate(xml)).isEmpty();
    assertThat(at(tree(xml), "PST", "Volets").children("Volet")).hasSize(1);
  }

  @Test
  void controlCharactersAreReplacedSoTheOutputIsWellFormed() throws Exception {
    BudgetedPlan plan = OttigniesPlans.budgeted();
    plan = plan.withPlan(plan.plan().withTitle("PST\u0001 avec <balises> & \"guillemets\""));
    String xml = EcomptesXml.toXml(plan);
    assertThat(EcomptesXml.validate(xml)).isEmpty();
    assertThat(at(tree(xml), "PST", "DescriptionPST", "Libelle").text())
        .isEqualTo("PST\uFFFD avec <balises> & \"guillemets\"");
  }

  @Test
  void writesTheSameBytesToAStreamAndToAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pst.xml");
    EcomptesXml.write(OttigniesPlans.budgeted(), file, Y2021);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EcomptesXml.write(OttigniesPlans.budgeted(), out, Y2021);
    assertThat(Files.readAllBytes(file)).isEqualTo(out.toByteArray());
    assertThat(EcomptesXml.validate(file)).isEmpty();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dataroot>\n"
        + "  <Identifiants>\n    <Id>PST-CPAS-25121-2021</Id>");
    assertThat(text.lines().filter(l -> l.contains("\t")).collect(Collectors.toList())).isEmpty();
  }
}
