package be.pst.io.ecomptes;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.element.HumanResources;
import be.pst.core.element.Status;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A few real actions of seed 000 (PST 2019-2024 of the CPAS of Ottignies-Louvain-la-Neuve),
 * with the 2020 and 2021 amounts of its budget annex. Pilots, services and partners are
 * illustrative: the seed names none.
 */
final class OttigniesPlans {

  private OttigniesPlans() {}

  static Schedule schedule(String start, String end) {
    return Schedule.of(PartialDate.parse(start), PartialDate.parse(end));
  }

  static Action a1() {
    return Action.builder()
        .code("OS1-OP1-A1")
        .title("Garantir le maintien de milieux d'accueil de qualité en offrant des milieux"
            + " d'accueil conviviaux et un personnel formé")
        .description("Un consensus devra être trouvé sur le concept de qualité dans les milieux"
            + " d'accueil.")
        .statusNote("Réforme de la Petite Enfance attendue en 2020")
        .comments("Un comité d'accompagnement se réunit chaque trimestre")
        .department("Petite enfance")
        .schedule(schedule("2019-10-01", "2024-12-31"))
        .status(Status.IN_PROGRESS)
        .progress(new BigDecimal("35.5"))
        .humanResources(HumanResources.ofFte(new BigDecimal("3.5")))
        .addAdministrativePilots(be.pst.core.person.Pilot.of(Person.ofInitials("LM/AL")))
        .addPoliticalPilots(be.pst.core.person.Pilot.of(Person.of("Anne Dupont")))
        .addServices("Petite enfance", "Ressources humaines")
        .addPartners("ONE", "Province du Brabant wallon")
        .addLocalPlans("PCS")
        .addSubActions(Action.builder()
            .code("OS1-OP1-A1.1")
            .title("Faire évaluer le marché repas par un organisme extérieur")
            .schedule(schedule("2020", "2020"))
            .status(Status.COMPLETED)
            .progress(new BigDecimal("100"))
            .build())
        .build();
  }

  static Plan plan() {
    Action a5 = Action.builder()
        .code("OS1-OP1-A5")
        .title("Augmenter le nombre d'accueillants d'enfants à raison de 1 par an")
        .schedule(schedule("2020-01-01", "2024-12-31"))
        .status(Status.IN_PROGRESS)
        .progress(new BigDecimal("20"))
        .build();
    Action a9 = Action.builder()
        .code("OS1-OP3-A9")
        .title("Terminer les travaux d'aménagement de l'espace bureaux/citoyens dans le bâtiment"
            + " situé au n° 10 de la chaussée de La Croix à Ottignies")
        .schedule(schedule("2018-04-01", "2020-09-30"))
        .status(Status.POSTPONED)
        .progress(new BigDecimal("80"))
        .build();
    Action a21 = Action.builder()
        .code("OS2-OP7-A21")
        .title("Mettre en place un second pilier de pension pour le personnel contractuel")
        .schedule(schedule("2020-04-01", "2020-09-30"))
        .status(Status.IN_PROGRESS)
        .progress(new BigDecimal("50"))
        .addAdministrativePilots(be.pst.core.person.Pilot.of(Person.of("MERTENS Laurence")))
        .build();
    Action a26 = Action.builder()
        .code("OS3-OP9-A26")
        .title("Etablir et mettre en place un plan de communication interne")
        .status(Status.TO_PROGRAM)
        .build();
    StrategicObjective os1 = StrategicObjective.builder()
        .code("OS1")
        .title("Etre un CPAS qui garantisse à chaque citoyen un accueil et un suivi de qualité")
        .volet(Volet.EXTERNAL)
        .addOperationalObjectives(
            OperationalObjective.builder()
                .code("OS1-OP1")
                .title("Poursuivre le développement d'une politique de la Petite enfance de"
                    + " qualité")
                .schedule(be.pst.core.schedule.Schedule.until(PartialDate.parse("2024-12")))
                .addActions(a1(), a5)
                .build(),
            OperationalObjective.builder()
                .code("OS1-OP3")
                .title("Développer l'insertion sociale pour les personnes bénéficiant d'une aide"
                    + " du CPAS")
                .addActions(a9)
                .build())
        .build();
    StrategicObjective os2 = StrategicObjective.builder()
        .code("OS2")
        .title("Etre un CPAS qui gère les ressources humaines de manière optimale, structurée et"
            + " transparente")
        .volet(Volet.INTERNAL)
        .addOperationalObjectives(OperationalObjective.builder()
            .code("OS2-OP7")
            .title("Mener une réflexion sur les pensions")
            .addActions(a21)
            .build())
        .build();
    StrategicObjective os3 = StrategicObjective.builder()
        .code("OS3")
        .title("Etre un CPAS qui favorise la culture d'entreprise")
        .addOperationalObjectives(OperationalObjective.builder()
            .code("OS3-OP9")
            .title("Favoriser la communication \"interne\" et la transversalité")
            .addActions(a26)
            .build())
        .build();
    return Plan.builder()
        .authority(Authority.of(AuthorityKind.CPAS, "CPAS d'Ottignies-Louvain-la-Neuve", "25121"))
        .title("Programme Stratégique Transversal 2019-2024 du CPAS d'Ottignies-Louvain-la-Neuve")
        .legislature(Legislature.of(2019, 2024))
        .addStrategicObjectives(os1, os2, os3)
        .build();
  }

  static BudgetLine line(String element, int exercice, String group, String amount) {
    return BudgetLine.of(element, exercice, EconomicGroup.ofCode(group), EuroAmount.of(amount));
  }

  static BudgetLine line(String element, int exercice, String group, String amount,
      String article, String label) {
    return BudgetLine.builder()
        .elementCode(element)
        .exercice(exercice)
        .group(EconomicGroup.ofCode(group))
        .amount(EuroAmount.of(amount))
        .article(BudgetArticle.parse(article))
        .figure(BudgetFigure.BUDGET)
        .label(label)
        .build();
  }

  /** The annex amounts of A1, A5, A9 and A21 for 2020 and 2021, some with an article. */
  static List<BudgetLine> lines() {
    List<BudgetLine> l = new ArrayList<>();
    String a1 = "OS1-OP1-A1";
    l.add(line(a1, 2020, "61", "133000.00", "835/465-02", "Subsides ONE"));
    l.add(line(a1, 2020, "60", "10000.00"));
    l.add(line(a1, 2020, "7X", "500.00"));
    l.add(line(a1, 2020, "70", "133000.00", "835/111-01", "Puéricultrices"));
    l.add(line(a1, 2020, "82", "46400.00"));
    l.add(line(a1, 2020, "80", "61600.00"));
    l.add(line(a1, 2020, "91", "138000.00"));
    l.add(line(a1, 2021, "61", "133000.00"));
    l.add(line(a1, 2021, "60", "10000.00"));
    l.add(line(a1, 2021, "7X", "10750.00"));
    l.add(line(a1, 2021, "70", "171000.00"));
    l.add(line(a1, 2021, "82", "20000.00"));
    l.add(line(a1, 2021, "91", "20000.00"));
    l.add(line("OS1-OP1-A1.1", 2020, "71", "3000.00", "835/124-48", "Évaluation marché repas"));
    String a5 = "OS1-OP1-A5";
    l.add(line(a5, 2020, "61", "36400.00"));
    l.add(line(a5, 2020, "70", "40500.00"));
    l.add(line(a5, 2021, "61", "72800.00"));
    l.add(line(a5, 2021, "70", "81000.00"));
    String a9 = "OS1-OP3-A9";
    l.add(line(a9, 2020, "7X", "400.00"));
    l.add(line(a9, 2020, "82", "30000.00"));
    l.add(line(a9, 2020, "80", "2500.00"));
    l.add(line(a9, 2020, "91", "32500.00", "124/723-60", "Aménagement Chaussée de La Croix"));
    l.add(line(a9, 2021, "7X", "6400.00"));
    l.add(line("OS2-OP7-A21", 2020, "70", "63500.00"));
    l.add(line("OS2-OP7-A21", 2021, "70", "96000.00"));
    l.add(BudgetLine.of(2020, EconomicGroup.ofCode("71"), EuroAmount.of("500.00")));
    return l;
  }

  static BudgetedPlan budgeted() {
    return BudgetedPlan.of(plan(), lines());
  }
}
