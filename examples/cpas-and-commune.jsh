// Consolidating a CPAS with its commune: the PST of the CPAS d'Ottignies-Louvain-la-Neuve
// (seed 000) and a small PST of the Ville, built here, give one consolidated budget.
//
// The Ville's plan below is ILLUSTRATIVE: its objectives, actions and figures are invented for
// the example (the seeds hold no commune PST). Only the CPAS figures are real.
//
//   ./pst-shell examples/cpas-and-commune.jsh
import java.util.*;

var cpas = open("examples/ottignies-2019-2024/pst.json");

// The Ville's plan: one strategic objective, one operational objective, two actions.
var lockers = Action.builder()
    .code("V1.1.1")
    .title("Aménager des locaux ouvriers partagés Ville/CPAS")
    .schedule(Schedule.parse("2022-2024"))
    .status(Status.NOT_STARTED)
    .addPoliticalPilots(Pilot.of(Person.of("Échevin des travaux (illustratif)")))
    .build();
var socialGuide = Action.builder()
    .code("V1.1.2")
    .title("Rééditer le guide social du territoire communal avec le CPAS")
    .schedule(Schedule.parse("2021-2022"))
    .status(Status.IN_PROGRESS)
    .addPoliticalPilots(Pilot.of(Person.of("Échevine des affaires sociales (illustratif)")))
    .build();
var villePlan = Plan.builder()
    .authority(Authority.of(AuthorityKind.COMMUNE, "Ville d'Ottignies-Louvain-la-Neuve", "25121"))
    .title("Programme Stratégique Transversal 2019-2024 (illustratif)")
    .legislature(Legislature.of(2019, 2024))
    .addStrategicObjectives(StrategicObjective.builder()
        .code("V1")
        .title("Être une Ville qui développe ses synergies avec le CPAS")
        .addOperationalObjectives(OperationalObjective.builder()
            .code("V1.1")
            .title("Mutualiser les moyens de la Ville et du CPAS")
            .schedule(Schedule.until(PartialDate.ofYear(2024)))
            .addActions(lockers, socialGuide)
            .build())
        .build())
    .build();

// Its budget (ILLUSTRATIVE figures): plan-level lines of the Ville, a subsidised guide, and the
// works financed by a loan (receipt 82 in 2022, annual charges 7X from 2022).
var villeLines = new ArrayList<BudgetLine>();
for (int year = 2020; year <= 2024; year++) {
  villeLines.add(BudgetLine.builder().exercice(year).group(EconomicGroup.ofCode("70"))
      .amount(eur("45000.00")).label("Coordination des synergies Ville/CPAS (illustratif)").build());
}
villeLines.add(BudgetLine.builder().exercice(2021).group(EconomicGroup.ofCode("71"))
    .amount(eur("8000.00")).elementCode("V1.1.2").label("Impression du guide (illustratif)").build());
villeLines.add(BudgetLine.builder().exercice(2021).group(EconomicGroup.ofCode("61"))
    .amount(eur("4000.00")).elementCode("V1.1.2")
    .funding(FundingSource.of(Funder.PROVINCE)).label("Subside provincial (illustratif)").build());
villeLines.add(BudgetLine.builder().exercice(2022).group(EconomicGroup.ofCode("91"))
    .amount(eur("250000.00")).elementCode("V1.1.1").label("Travaux (illustratif)").build());
var loan = Loan.builder()
    .principal(eur("250000.00"))
    .years(20)
    .annualRate(new BigDecimal("0.02"))
    .method(RepaymentMethod.ANNUITY)
    .firstExercice(2022)
    .rounding(RoundingMode.HALF_EVEN)
    .elementCode("V1.1.1")
    .label("Locaux ouvriers (illustratif)")
    .build();
// The PST covers 2019-2024: the loan's charges after 2024 stay out of the plan's budget.
var inLegislature = loan.toBudgetLines().stream()
    .filter(l -> villePlan.legislature().contains(l.exercice()))
    .toList();
villeLines.addAll(inLegislature);
var ville = BudgetedPlan.of(villePlan, villeLines);

System.out.println("CPAS  : " + cpas.plan());
System.out.println("Ville : " + ville.plan());
System.out.println("        " + ville.validate().summary());
System.out.println("Emprunt de la Ville : " + loan.principal().format() + " sur " + loan.years()
    + " ans à 2 %, annuité " + loan.schedule().instalments().get(0).charge().format()
    + " (" + (loan.years() - inLegislature.size() + 1) + " annuités après 2024, hors PST)");
System.out.println();

System.out.println("== CPAS");
System.out.print(Budgets.consolidate(cpas));
System.out.println();
System.out.println("== Ville (chiffres illustratifs)");
System.out.print(Budgets.consolidate(ville));
System.out.println();
var both = Budgets.consolidate(cpas, ville);
System.out.println("== CPAS + Ville, consolidé");
System.out.print(both);
System.out.println();
System.out.println("Coût net total : CPAS " + Budgets.consolidate(cpas).totalNetCost().format()
    + " + Ville " + Budgets.consolidate(ville).totalNetCost().format()
    + " = " + both.totalNetCost().format());
