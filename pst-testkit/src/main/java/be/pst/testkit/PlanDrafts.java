package be.pst.testkit;

import be.pst.core.element.Health;
import be.pst.core.element.HumanResources;
import be.pst.core.element.Priority;
import be.pst.core.element.Sdg;
import be.pst.core.element.Status;
import be.pst.core.action.Synergy;
import be.pst.core.funding.FundingSource;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.element.Volet;
import be.pst.core.plan.AuthorityKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of a plan before it gets codes and dates: plain generated values (indexes into the
 * {@link Vocabulary}, offsets into the legislature, picks among siblings) that {@link
 * PlanAssembler} turns into a consistent {@code Plan}. Generating drafts with jqwik combinators and
 * assembling them with a pure function keeps shrinking effective: a smaller draft is always a
 * smaller, still consistent plan.
 */
final class PlanDrafts {

  private PlanDrafts() {}

  /** A whole plan. */
  record PlanDraft(
      PlanHeader header, List<StrategicDraft> objectives, List<List<Integer>> projects,
      List<DefectDraft> defects) {}

  /** What the plan declares besides its objectives. */
  record PlanHeader(
      int authority, AuthorityKind kind, int codeStyle, int axes, int politicalObjectives,
      Optional<Integer> adoptionDay, Optional<Integer> version) {}

  /** A strategic objective. */
  record StrategicDraft(
      ElementDraft element, Optional<Integer> axis, List<Integer> politicalObjectives,
      List<OperationalDraft> objectives) {}

  /** An operational objective. */
  record OperationalDraft(
      ElementDraft element, Optional<Integer> deadline, List<ActionDraft> actions) {}

  /** What every element has. */
  record ElementDraft(
      int title, Optional<String> description, Optional<Volet> volet,
      List<IndicatorDraft> indicators, Optional<String> comments) {}

  /** An action. */
  record ActionDraft(
      ElementDraft element, ActionState state, ActionExtras extras, ActionPeople people,
      TimingDraft timing, List<StepDraft> steps, SharesDraft shares, List<ActionDraft> subActions) {}

  /** Where an action stands. */
  record ActionState(
      Optional<Status> status, Optional<Priority> priority, Optional<Integer> progressTenths,
      Optional<Health> health, Optional<Synergy> synergy, Optional<Boolean> budgetImpact,
      Optional<String> context, List<Integer> risks) {}

  /** The means and tags of an action. */
  record ActionExtras(
      List<FundingSource> fundingSources, Optional<HumanResources> humanResources, Set<Sdg> sdgs,
      List<Integer> themes, List<Integer> localPlans, Optional<Integer> lastUpdateDay) {}

  /** Who carries an action. */
  record ActionPeople(
      int politicalPilot, Optional<Integer> administrativePilot, List<Integer> referents,
      List<Integer> team, List<Integer> services, List<Integer> partners) {}

  /**
   * When an action runs: {@code precision} 0 = no schedule, 1 = years, 2 = months; start and end
   * are offsets into the legislature, clamped by the assembler.
   */
  record TimingDraft(int precision, int start, int end, int startMonth, int endMonth) {}

  /** A step of an action. */
  record StepDraft(int title, boolean done, boolean scheduled) {}

  /** The other objectives a transversal action serves, and the weights of all its shares. */
  record SharesDraft(List<Integer> others, List<Integer> weights) {}

  /**
   * An indicator: values are small numbers turned into the kind's values by the assembler, so
   * they always match the kind.
   */
  record IndicatorDraft(
      IndicatorKind kind, int name, boolean withOrder, Optional<Integer> baseline, int delta,
      boolean withTarget, Optional<Integer> targetYear, List<MeasurementDraft> measurements) {}

  /** A measurement: a day offset into the legislature and a small number. */
  record MeasurementDraft(int day, int value) {}

  /** A defect to inject, and which action (modulo their number) receives it. */
  record DefectDraft(PlanDefect defect, int pick) {}
}
