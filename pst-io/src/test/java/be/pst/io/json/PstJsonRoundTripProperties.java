package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.element.Health;
import be.pst.core.element.HumanResources;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.element.Priority;
import be.pst.core.element.Sdg;
import be.pst.core.element.Status;
import be.pst.core.action.Step;
import be.pst.core.action.Synergy;
import be.pst.core.funding.Funder;
import be.pst.core.funding.FundingSource;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.indicator.IndicatorValue;
import be.pst.core.indicator.Measurement;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips over generated plans: every field of the model, odd texts (quotes, control
 * characters, accents, emoji), decimals of any scale, amounts of any number of cents. A richer
 * generator will come with pst-testkit.
 */
class PstJsonRoundTripProperties {

  @Property(tries = 200)
  void readingWhatWasWrittenGivesBackAnEqualPlan(@ForAll("plans") BudgetedPlan plan)
      throws PstFormatException {
    String json = PstJson.toJson(plan);
    BudgetedPlan back = PstJson.parse(json);
    assertThat(back).isEqualTo(plan);
    assertThat(PstJson.toJson(back)).isEqualTo(json);
  }

  @Property(tries = 100)
  void mapperWithTheModuleWritesWhatTheReaderReads(@ForAll("plans") BudgetedPlan plan)
      throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper().registerModule(PstJson.module());
    assertThat(PstJson.parse(mapper.writeValueAsString(plan))).isEqualTo(plan);
    assertThat(mapper.readValue(PstJson.toJson(plan), BudgetedPlan.class)).isEqualTo(plan);
  }

  @Provide
  Arbitrary<BudgetedPlan> plans() {
    return Arbitraries.randomValue(PstJsonRoundTripProperties::plan);
  }

  // ---------------------------------------------------------------- a small random generator

  private static final String ODD = "aé€\"\\/\n\t\u0000\u001f\u2028😀 Z<&>'";

  private static String text(Random random) {
    int length = 1 + random.nextInt(12);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(4);
      if (kind == 0) {
        s.append(ODD.charAt(random.nextInt(ODD.length())));
        if (Character.isHighSurrogate(s.charAt(s.length() - 1))) {
          s.append('\uDE00');
        }
      } else {
        s.append((char) ('a' + random.nextInt(26)));
      }
    }
    return "x" + s;
  }

  private static boolean maybe(Random random) {
    return random.nextInt(3) == 0;
  }

  private static BigDecimal decimal(Random random) {
    return BigDecimal.valueOf(random.nextInt(200_001) - 100_000, random.nextInt(7) - 2);
  }

  private static <E extends Enum<E>> E pick(Random random, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  private static PartialDate partialDate(Random random) {
    int year = 2019 + random.nextInt(8);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, 1 + random.nextInt(12));
      default:
        return PartialDate.of(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }
  }

  private static Person person(Random random) {
    Person.Builder person = Person.builder();
    int which = random.nextInt(3);
    if (which != 1) {
      person.name(text(random));
    }
    if (which != 0) {
      person.initials(text(random));
    }
    if (maybe(random)) {
      person.role(text(random));
    }
    return person.build();
  }

  private static IndicatorValue value(Random random, IndicatorKind kind) {
    IndicatorKind actual = random.nextInt(8) == 0 ? pick(random, IndicatorKind.class) : kind;
    switch (actual) {
      case DONE:
        return IndicatorValue.done(random.nextBoolean());
      case COUNT:
        return IndicatorValue.count(decimal(random));
      case RATIO:
        return IndicatorValue.ratio(decimal(random));
      case AMOUNT:
        return IndicatorValue.amount(Amounts.ofCents(random.nextLong()));
      case TEXT:
        return IndicatorValue.text(text(random));
      default:
        return IndicatorValue.milestone(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)));
    }
  }

  private static Indicator indicator(Random random) {
    IndicatorKind kind = pick(random, IndicatorKind.class);
    Indicator.Builder indicator = Indicator.builder().name(text(random)).kind(kind);
    if (maybe(random)) {
      indicator.code(text(random));
    }
    if (maybe(random)) {
      indicator.order(pick(random, be.pst.core.indicator.IndicatorOrder.class));
    }
    if (maybe(random)) {
      indicator.unit(text(random));
    }
    if (maybe(random)) {
      indicator.baseline(value(random, kind));
    }
    if (maybe(random)) {
      indicator.target(value(random, kind));
    }
    if (maybe(random)) {
      indicator.targetDate(partialDate(random));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      Measurement.Builder measurement =
          Measurement.builder()
              .date(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)))
              .value(value(random, kind));
      if (maybe(random)) {
        measurement.note(text(random));
      }
      indicator.addMeasurements(measurement.build());
    }
    return indicator.build();
  }

  private static Schedule schedule(Random random) {
    Schedule.Builder schedule = Schedule.builder();
    if (maybe(random)) {
      schedule.start(partialDate(random));
    }
    if (maybe(random)) {
      schedule.end(partialDate(random));
    }
    if (maybe(random)) {
      schedule.openEnded(true);
    }
    if (maybe(random)) {
      schedule.note(text(random));
    }
    return schedule.build();
  }

  private static Action action(Random random, String code, List<String> ooCodes, int depth) {
    Action.Builder action = Action.builder().code(code).title(text(random));
    if (maybe(random)) {
      action.description(text(random));
    }
    if (maybe(random)) {
      action.volet(pick(random, Volet.class));
    }
    if (maybe(random)) {
      action.addIndicators(indicator(random));
    }
    if (maybe(random)) {
      action.comments(text(random));
    }
    if (maybe(random)) {
      action.context(text(random));
    }
    if (maybe(random)) {
      action.addRisks(text(random), text(random));
    }
    if (maybe(random)) {
      Step.Builder step = Step.builder().title(text(random)).done(random.nextBoolean());
      if (maybe(random)) {
        step.schedule(schedule(random));
      }
      action.addSteps(step.build());
    }
    if (maybe(random)) {
      action.schedule(schedule(random));
    }
    if (maybe(random)) {
      action.status(pick(random, Status.class));
    }
    if (maybe(random)) {
      action.priority(pick(random, Priority.class));
    }
    if (maybe(random)) {
      action.progress(decimal(random));
    }
    if (maybe(random)) {
      action.health(pick(random, Health.class));
    }
    if (maybe(random)) {
      action.politicalPilot(person(random));
    }
    if (maybe(random)) {
      action.administrativePilot(person(random));
    }
    if (maybe(random)) {
      action.addReferents(person(random));
    }
    if (maybe(random)) {
      action.addTeam(person(random), person(random));
    }
    if (maybe(random)) {
      action.addServices(text(random));
    }
    if (maybe(random)) {
      action.addPartners(text(random));
    }
    if (maybe(random)) {
      action.synergy(pick(random, Synergy.class));
    }
    if (maybe(random)) {
      action.synergyNote(text(random));
    }
    if (maybe(random)) {
      action.addFundingSources(fundingSource(random));
    }
    if (maybe(random)) {
      HumanResources.Builder resources = HumanResources.builder();
      if (random.nextBoolean()) {
        resources.hoursPerWeek(decimal(random));
      }
      if (random.nextBoolean()) {
        resources.fte(decimal(random));
      }
      if (random.nextBoolean()) {
        resources.note(text(random));
      }
      action.humanResources(resources.build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      action.addSdgs(Sdg.of(1 + random.nextInt(17)));
    }
    if (maybe(random)) {
      action.addThemes(text(random));
    }
    if (maybe(random)) {
      action.addLocalPlans(text(random));
    }
    if (maybe(random)) {
      action.lastUpdate(LocalDate.of(2019, 1, 1).plusDays(random.nextInt(3000)));
    }
    if (maybe(random)) {
      action.budgetImpact(random.nextBoolean());
    }
    if (maybe(random)) {
      action.budgetNote(text(random));
    }
    if (maybe(random)) {
      action.addObjectiveShares(
          ObjectiveShare.of(ooCodes.get(random.nextInt(ooCodes.size())), decimal(random)));
    }
    if (depth < 2 && maybe(random)) {
      action.addSubActions(action(random, code + ".s", ooCodes, depth + 1));
    }
    return action.build();
  }

  private static FundingSource fundingSource(Random random) {
    Funder funder = pick(random, Funder.class);
    return random.nextBoolean() ? FundingSource.of(funder) : FundingSource.of(funder, text(random));
  }

  private static BudgetedPlan plan(Random random) {
    List<String> ooCodes = new ArrayList<>();
    int osCount = random.nextInt(3);
    int[] ooCounts = new int[osCount];
    for (int s = 0; s < osCount; s++) {
      ooCounts[s] = 1 + random.nextInt(2);
      for (int o = 0; o < ooCounts[s]; o++) {
        ooCodes.add("OS" + s + ".OO" + o);
      }
    }
    List<String> elementCodes = new ArrayList<>();
    Plan.Builder plan =
        Plan.builder()
            .authority(Authority.of(pick(random, AuthorityKind.class), text(random), "25121"))
            .title(text(random))
            .legislature(Legislature.of(2019, 2024));
    if (maybe(random)) {
      plan.description(text(random));
    }
    for (int s = 0; s < osCount; s++) {
      StrategicObjective.Builder os =
          StrategicObjective.builder().code("OS" + s).title(text(random));
      elementCodes.add("OS" + s);
      if (maybe(random)) {
        os.addIndicators(indicator(random));
      }
      for (int o = 0; o < ooCounts[s]; o++) {
        String ooCode = "OS" + s + ".OO" + o;
        elementCodes.add(ooCode);
        OperationalObjective.Builder oo =
            OperationalObjective.builder().code(ooCode).title(text(random));
        if (maybe(random)) {
          oo.deadline(partialDate(random));
        }
        for (int a = random.nextInt(3); a > 0; a--) {
          String actionCode = ooCode + ".A" + a;
          elementCodes.add(actionCode);
          oo.addActions(action(random, actionCode, ooCodes, 0));
        }
        os.addOperationalObjectives(oo.build());
      }
      plan.addStrategicObjectives(os.build());
    }
    List<BudgetLine> lines = new ArrayList<>();
    EconomicGroup[] groups = EconomicGroup.values();
    for (int i = random.nextInt(4); i > 0; i--) {
      BudgetLine.Builder line =
          BudgetLine.builder()
              .exercice(2019 + random.nextInt(6))
              .group(groups[random.nextInt(groups.length)])
              .amount(be.pst.budget.money.EuroAmount.ofCents(random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(10_000_000)));
      if (!elementCodes.isEmpty() && random.nextBoolean()) {
        line.elementCode(elementCodes.get(random.nextInt(elementCodes.size())));
      }
      if (maybe(random)) {
        line.funding(fundingSource(random));
      }
      if (maybe(random)) {
        line.label(text(random));
      }
      if (maybe(random)) {
        line.estimate(true);
      }
      lines.add(line.build());
    }
    return BudgetedPlan.of(plan.build(), lines);
  }
}
