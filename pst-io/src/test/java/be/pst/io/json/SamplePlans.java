package be.pst.io.json;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.action.BudgetImpact;
import be.pst.core.element.Health;
import be.pst.core.element.HumanResources;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.element.Priority;
import be.pst.core.element.Sdg;
import be.pst.core.element.Status;
import be.pst.core.action.Step;
import be.pst.core.action.Synergy;
import be.pst.core.funding.Funder;
import be.pst.core.funding.Funding;
import be.pst.core.funding.FundingSource;
import be.pst.core.funding.FundingStatus;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.indicator.IndicatorOrder;
import be.pst.core.indicator.IndicatorValue;
import be.pst.core.indicator.Measurement;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.element.Volet;
import be.pst.core.person.Person;
import be.pst.core.person.Pilot;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Axis;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Organisation;
import be.pst.core.plan.OrganisationKind;
import be.pst.core.plan.Plan;
import be.pst.core.plan.PoliticalObjective;
import be.pst.core.plan.Project;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Plans built in Java, to compare with documents (golden files, module tests). */
final class SamplePlans {

  private SamplePlans() {}

  /** The plan of {@code json/golden/small-plan.json}: taken from seeds 000, 002 and 004. */
  static BudgetedPlan small() {
    Action action =
        Action.builder()
            .code("OS1.OO1.A1")
            .title("Créer une cellule d'insertion")
            .description("Une cellule de trois agents d'insertion.")
            .addIndicators(
                Indicator.builder()
                    .name("Cellule créée")
                    .kind(IndicatorKind.DONE)
                    .order(IndicatorOrder.REALISATION)
                    .target(IndicatorValue.done(true))
                    .addMeasurements(
                        Measurement.of(LocalDate.of(2020, 12, 31), IndicatorValue.done(true)))
                    .build())
            .context("Le nombre de bénéficiaires du RIS augmente.")
            .addRisks("Départ d'un agent")
            .addSteps(
                Step.builder()
                    .title("Recruter les agents")
                    .schedule(Schedule.of(PartialDate.parse("2020-01"), PartialDate.parse("2020-06")))
                    .done(true)
                    .build())
            .schedule(Schedule.of(PartialDate.parse("2020"), PartialDate.parse("2022-06-30")))
            .status(Status.IN_PROGRESS)
            .priority(Priority.HIGH)
            .progress(new BigDecimal("25"))
            .health(Health.GOOD)
            .addPoliticalPilots(Pilot.of(Person.of("Marie Dupont", "Présidente")))
            .addAdministrativePilots(Pilot.of(Person.ofInitials("LM")), Pilot.of(Person.ofInitials("AL")),
                Pilot.service("Service insertion"))
            .addServices("Service social")
            .addPartners("ONE")
            .synergy(Synergy.EFFECTIVE)
            .addFunding(Funding.builder().source(FundingSource.of(Funder.EUROPE, "FSE"))
                .status(FundingStatus.ACQUIRED).rate(new BigDecimal("70"))
                .period(Schedule.parse("2014-2020")).build())
            .humanResources(
                HumanResources.builder()
                    .hoursPerWeek(new BigDecimal("38"))
                    .fte(new BigDecimal("0.5"))
                    .build())
            .addSdgs(Sdg.of(8), Sdg.of(1))
            .lastUpdate(LocalDate.of(2021, 3, 15))
            .budgetImpact(BudgetImpact.YES)
            .addObjectiveShares(
                ObjectiveShare.of("OS1.OO1", new BigDecimal("60")),
                ObjectiveShare.of("OS1.OO2", new BigDecimal("40")))
            .build();
    StrategicObjective os1 =
        StrategicObjective.builder()
            .code("OS1")
            .title("Être un CPAS qui accompagne chaque personne vers l'autonomie")
            .volet(Volet.EXTERNAL)
            .addIndicators(
                Indicator.builder()
                    .name("Taux de sortie vers l'emploi")
                    .kind(IndicatorKind.RATIO)
                    .order(IndicatorOrder.IMPACT)
                    .unit("%")
                    .baseline(IndicatorValue.ratio(new BigDecimal("12")))
                    .target(IndicatorValue.ratio(new BigDecimal("20")))
                    .addTargetDates(PartialDate.parse("2024"))
                    .build())
            .axisCode("AX1")
            .addPoliticalObjectiveCodes("DPS1")
            .addOperationalObjectives(
                OperationalObjective.builder()
                    .code("OS1.OO1")
                    .title("Développer l'insertion socioprofessionnelle")
                    .schedule(Schedule.until(PartialDate.parse("2024-12")))
                    .addActions(action)
                    .build(),
                OperationalObjective.builder()
                    .code("OS1.OO2")
                    .title("Renforcer l'accueil de la petite enfance")
                    .build())
            .build();
    Plan plan =
        Plan.builder()
            .authority(
                Authority.of(AuthorityKind.CPAS, "CPAS d'Ottignies-Louvain-la-Neuve", "25121"))
            .title("Programme Stratégique Transversal 2019-2024")
            .legislature(Legislature.of(2019, 2024))
            .adoptionDate(LocalDate.of(2019, 10, 24))
            .version("1.0")
            .addAxes(Axis.of("AX1", "Développer"))
            .addPoliticalObjectives(
                PoliticalObjective.of("DPS1", "Une action sociale de proximité", "DPS"))
            .addServices(Organisation.service("Service social"))
            .addPartners(
                Organisation.builder()
                    .name("ONE")
                    .kind(OrganisationKind.PARTNER)
                    .description("Office de la Naissance et de l'Enfance")
                    .build())
            .addStrategicObjectives(os1)
            .addProjects(Project.of("P1", "Insertion", "OS1.OO1.A1"))
            .build();
    List<BudgetLine> lines =
        List.of(
            BudgetLine.builder()
                .exercice(2020)
                .group(EconomicGroup.ofCode("70"))
                .amount(EuroAmount.of("133000.00"))
                .elementCode("OS1.OO1.A1")
                .article(BudgetArticle.parse("104/111-01"))
                .funding(FundingSource.of(Funder.EUROPE, "FSE"))
                .label("Trois agents d'insertion")
                .build(),
            BudgetLine.builder()
                .exercice(2021)
                .group(EconomicGroup.ofCode("91"))
                .amount(EuroAmount.of("287500.00"))
                .estimate(true)
                .build());
    return BudgetedPlan.of(plan, lines);
  }
}
