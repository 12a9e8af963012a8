package be.pst.testkit;

import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.action.ActionLink;
import be.pst.core.action.BudgetImpact;
import be.pst.core.action.BudgetItem;
import be.pst.core.action.LinkKind;
import be.pst.core.action.ObjectiveShare;
import be.pst.core.action.Step;
import be.pst.core.action.Synergy;
import be.pst.core.element.Status;
import be.pst.core.funding.Funding;
import be.pst.core.funding.FundingSource;
import be.pst.core.funding.FundingStatus;
import be.pst.core.person.Person;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import be.pst.testkit.PlanDrafts.ActionDraft;
import be.pst.testkit.PlanDrafts.ActionFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what only actions have into attributes: context, risks, synergy, budget impact and notes,
 * political objectives, referents and team, links, steps, fundings, budget items and objective
 * shares; and injects the action defects on them.
 */
final class ActionAssembler {

  /** The optional attributes only actions have, one presence bit each. */
  enum Facet {
    CONTEXT, RISKS, SYNERGY, SYNERGY_NOTE, BUDGET_IMPACT, BUDGET_NOTE, POLITICAL_OBJECTIVES;

    boolean in(int presence) {
      return (presence & (1 << ordinal())) != 0;
    }
  }

  /** Code of an operational objective no plan has, for {@link PlanDefect#DANGLING_SHARE}. */
  static final String UNKNOWN_OBJECTIVE = "OO-INCONNU";

  /** Partner no plan declares, for {@link PlanDefect#UNDECLARED_PARTNER}. */
  static final String UNKNOWN_PARTNER = "Partenaire inconnu";

  /** Code of an action no plan has, for {@link PlanDefect#DANGLING_ACTION_LINK}. */
  static final String UNKNOWN_ACTION = "A-INCONNUE";

  /** Code of a political objective no plan declares. */
  static final String UNKNOWN_POLITICAL_OBJECTIVE = "DPS-INCONNU";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final PlanCalendar calendar;

  ActionAssembler(PlanCalendar calendar) {
    this.calendar = calendar;
  }

  /** What the plan around an action offers it to refer to. */
  record Surroundings(
      String code,
      String homeCode,
      List<String> operationalCodes,
      List<String> linkTargets,
      int politicalObjectives,
      Optional<Schedule> schedule,
      boolean topLevel,
      boolean transversal) {}

  /** Sets the action-only attributes of {@code d} on {@code action}. */
  void details(
      Action.Builder action, ActionDraft d, Surroundings around, Set<PlanDefect> defects) {
    facts(action, d.facts(), around, defects);
    for (long person : d.facts().people()) {
      Choices p = Choices.of(person);
      if (p.flip()) {
        action.addReferents(People.person(p));
      } else {
        action.addTeam(People.person(p));
      }
    }
    links(action, d.facts().links(), around, defects);
    for (long step : d.means().steps()) {
      action.addSteps(step(Choices.of(step), around.schedule()));
    }
    for (long funding : d.means().fundings()) {
      action.addFunding(funding(Choices.of(funding)));
    }
    for (long item : d.means().items()) {
      action.addBudgetItems(item(Choices.of(item)));
    }
    if (defects.contains(PlanDefect.BUDGET_ITEM_MISMATCH)) {
      action.addBudgetItems(
          BudgetItem.builder()
              .label("étagères")
              .quantity(BigDecimal.valueOf(8))
              .unit("pièce")
              .unitPrice(EuroAmount.of("74.00"))
              .amount(EuroAmount.of("700.00"))
              .build());
    }
    if (defects.contains(PlanDefect.UNDECLARED_PARTNER)) {
      action.addPartners(UNKNOWN_PARTNER);
    }
    action.addAllObjectiveShares(shares(d, around, defects));
  }

  private static void facts(
      Action.Builder action, ActionFacts f, Surroundings around, Set<PlanDefect> defects) {
    Choices c = Choices.of(f.choices());
    String context = c.of(Vocabulary.PLAIN_TEXTS);
    List<String> risks = c.subset(Vocabulary.RISKS, 2);
    Synergy synergy = c.of(Synergy.values());
    String synergyNote = c.of(Vocabulary.SYNERGY_NOTES);
    BudgetImpact impact = c.of(BudgetImpact.values());
    String budgetNote = c.of(Vocabulary.BUDGET_NOTES);
    int first = c.below(16);
    int second = c.below(16);
    int presence = f.presence();
    if (Facet.CONTEXT.in(presence)) {
      action.context(context);
    }
    if (Facet.RISKS.in(presence)) {
      action.addAllRisks(risks);
    }
    if (Facet.SYNERGY.in(presence)) {
      action.synergy(synergy);
    }
    if (Facet.SYNERGY_NOTE.in(presence)) {
      action.synergyNote(synergyNote);
    }
    if (Facet.BUDGET_IMPACT.in(presence)) {
      action.budgetImpact(impact);
    }
    if (Facet.BUDGET_NOTE.in(presence)) {
      action.budgetNote(budgetNote);
    }
    int declared = around.politicalObjectives();
    if (Facet.POLITICAL_OBJECTIVES.in(presence) && declared > 0) {
      Set<String> codes = new LinkedHashSet<>();
      codes.add(PlanAssembler.politicalObjectiveCode(first % declared + 1));
      codes.add(PlanAssembler.politicalObjectiveCode(second % declared + 1));
      action.addAllPoliticalObjectiveCodes(codes);
    }
    if (defects.contains(PlanDefect.DANGLING_POLITICAL_OBJECTIVE)) {
      action.addPoliticalObjectiveCodes(UNKNOWN_POLITICAL_OBJECTIVE);
    }
  }

  private static void links(
      Action.Builder action, List<Long> links, Surroundings around, Set<PlanDefect> defects) {
    List<String> targets = new ArrayList<>(around.linkTargets());
    targets.remove(around.code());
    Set<String> linked = new LinkedHashSet<>();
    for (long link : links) {
      Choices l = Choices.of(link);
      LinkKind kind = l.of(LinkKind.values());
      int pick = l.below(1000);
      boolean withNote = l.flip();
      String note = l.of(Vocabulary.LINK_NOTES);
      if (targets.isEmpty() || !linked.add(targets.get(pick % targets.size()))) {
        continue;
      }
      ActionLink.Builder b =
          ActionLink.builder().kind(kind).actionCode(targets.get(pick % targets.size()));
      if (withNote) {
        b.note(note);
      }
      action.addLinks(b.build());
    }
    if (defects.contains(PlanDefect.DANGLING_ACTION_LINK)) {
      action.addLinks(ActionLink.of(LinkKind.FOLLOW_UP, UNKNOWN_ACTION));
    }
  }

  private static Step step(Choices s, Optional<Schedule> schedule) {
    String title = s.of(Vocabulary.STEP_TITLES);
    boolean done = s.flip();
    boolean scheduled = s.flip();
    int parts = s.below(4);
    Status status = s.of(Status.values());
    Person assignee = People.person(s);
    Step.Builder b = Step.builder().title(title).done(done);
    if (scheduled && schedule.isPresent()) {
      b.schedule(schedule.get());
    }
    if ((parts & 1) != 0) {
      b.assignee(assignee);
    }
    if ((parts & 2) != 0) {
      b.status(status);
    }
    return b.build();
  }

  /** A funding with what a fiche may state of it; always reads the same number of choices. */
  Funding funding(Choices f) {
    FundingSource source = BudgetChoices.fundingSource(f);
    int parts = f.below(64);
    FundingStatus status = f.of(FundingStatus.values());
    int rateHundredths = f.between(1, 10_000);
    long cents = f.between(1, 10_000_000);
    String purpose = f.of(Vocabulary.FUNDING_PURPOSES);
    int a = f.below(calendar.years());
    int z = f.below(calendar.years());
    String note = f.of(Vocabulary.FUNDING_NOTES);
    Funding.Builder b = Funding.builder().source(source);
    if ((parts & 1) != 0) {
      b.status(status);
    }
    if ((parts & 2) != 0) {
      b.rate(Decimals.normalize(BigDecimal.valueOf(rateHundredths, 2)));
    }
    if ((parts & 4) != 0) {
      b.amount(EuroAmount.ofCents(cents));
    }
    if ((parts & 8) != 0) {
      b.purpose(purpose);
    }
    if ((parts & 16) != 0) {
      b.period(
          Schedule.of(
              PartialDate.ofYear(calendar.first() + Math.min(a, z)),
              PartialDate.ofYear(calendar.first() + Math.max(a, z))));
    }
    if ((parts & 32) != 0) {
      b.note(note);
    }
    return b.build();
  }

  private static BudgetItem item(Choices i) {
    String label = i.of(Vocabulary.ITEM_LABELS);
    int parts = i.below(32);
    int quantity = i.between(1, 20);
    String unit = i.of(Vocabulary.ITEM_UNITS);
    long priceCents = i.between(1, 100_000);
    long amountCents = i.between(1, 1_000_000);
    String note = i.of(Vocabulary.ITEM_NOTES);
    BudgetItem.Builder b = BudgetItem.builder().label(label);
    boolean withQuantity = (parts & 1) != 0;
    boolean withPrice = (parts & 4) != 0;
    if (withQuantity) {
      b.quantity(BigDecimal.valueOf(quantity));
    }
    if ((parts & 2) != 0) {
      b.unit(unit);
    }
    if (withPrice) {
      b.unitPrice(EuroAmount.ofCents(priceCents));
    }
    if ((parts & 8) != 0) {
      b.amount(
          EuroAmount.ofCents(withQuantity && withPrice ? quantity * priceCents : amountCents));
    }
    if ((parts & 16) != 0) {
      b.note(note);
    }
    return b.build();
  }

  private static List<ObjectiveShare> shares(
      ActionDraft d, Surroundings around, Set<PlanDefect> defects) {
    String home = around.homeCode();
    List<String> others = new ArrayList<>();
    for (int pick : d.shares().others()) {
      String code = around.operationalCodes().get(pick % around.operationalCodes().size());
      if (!code.equals(home) && !others.contains(code)) {
        others.add(code);
      }
    }
    if (defects.contains(PlanDefect.DANGLING_SHARE)) {
      return List.of(share(home, 50), share(UNKNOWN_OBJECTIVE, 50));
    }
    if (defects.contains(PlanDefect.SHARES_NOT_100)) {
      return others.isEmpty()
          ? List.of(share(home, 90))
          : List.of(share(home, 60), share(others.get(0), 30));
    }
    if (defects.contains(PlanDefect.SHARES_PARTLY_WITHOUT_PERCENT)) {
      return List.of(
          share(home, 100), ObjectiveShare.of(others.isEmpty() ? UNKNOWN_OBJECTIVE : others.get(0)));
    }
    if (!around.transversal() || !around.topLevel() || others.isEmpty()) {
      return List.of();
    }
    Choices w = Choices.of(d.shares().weights());
    boolean percent = w.below(4) != 0;
    boolean listsHome = w.flip();
    int[] weights = {w.between(1, 100), w.between(1, 100), w.between(1, 100)};
    List<ObjectiveShare> result = new ArrayList<>();
    if (!percent) {
      if (listsHome) {
        result.add(ObjectiveShare.of(home));
      }
      others.forEach(o -> result.add(ObjectiveShare.of(o)));
      return result;
    }
    long total = 0;
    for (int i = 0; i <= others.size(); i++) {
      total += weights[i];
    }
    BigDecimal rest = HUNDRED;
    List<ObjectiveShare> tail = new ArrayList<>();
    for (int i = 0; i < others.size(); i++) {
      BigDecimal percentOfOther =
          BigDecimal.valueOf(weights[i + 1] * 100L)
              .divide(BigDecimal.valueOf(total), 2, RoundingMode.DOWN)
              .max(new BigDecimal("0.01"));
      rest = rest.subtract(percentOfOther);
      tail.add(ObjectiveShare.of(others.get(i), Decimals.normalize(percentOfOther)));
    }
    result.add(ObjectiveShare.of(home, Decimals.normalize(rest)));
    result.addAll(tail);
    return result;
  }

  private static ObjectiveShare share(String code, int percent) {
    return ObjectiveShare.of(code, BigDecimal.valueOf(percent));
  }
}
