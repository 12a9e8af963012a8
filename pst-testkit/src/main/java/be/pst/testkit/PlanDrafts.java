package be.pst.testkit;

import be.pst.budget.line.BudgetLine;
import be.pst.core.indicator.IndicatorKind;
import java.util.List;

/**
 * The shape of a plan before it gets codes, names and dates: plain generated numbers (presence
 * masks, {@link Choices} to read choices from, picks among siblings) and the lists that give the
 * plan its structure. {@link PlanAssembler} turns a draft into a consistent plan and its budget
 * lines. Generating drafts with jqwik combinators and assembling them with a pure function keeps
 * shrinking effective: a smaller draft (fewer elements, fewer attributes, numbers nearer zero) is
 * always a smaller, still consistent plan.
 *
 * <p>Drafts that hold lists of drafts compare by identity: jqwik keeps the elements it generates
 * for a list in a hash set, and hashing a whole subtree again at every level of the plan costs
 * more than generating it.
 *
 * <p>Which bit of a presence mask or which digit of a choice number means what is the business of
 * the assemblers; the numbers are read in the same order whatever is present, so that dropping
 * an attribute while shrinking leaves the others unchanged.
 */
final class PlanDrafts {

  private PlanDrafts() {}

  /** A whole plan, its budget lines and the defects to inject. */
  record PlanDraft(
      HeaderDraft header,
      List<StrategicDraft> objectives,
      List<Long> projects,
      List<ElementDraft> sections,
      List<DefectDraft> defects,
      List<BudgetLine> planLines,
      List<BudgetDefectDraft> budgetDefects) {}

  /** What the plan declares besides its objectives: names, dates, axes, DPS/DPC. */
  record HeaderDraft(int presence, long choices) {}

  /** A strategic objective: the element, its axis and political objectives, its OOs. */
  record StrategicDraft(
      ElementDraft element, long references, List<OperationalDraft> objectives,
      List<BudgetLine> lines) {
    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** An operational objective: its schedule is its deadline. */
  record OperationalDraft(
      ElementDraft element, List<ActionDraft> actions, List<BudgetLine> lines) {
    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /**
   * What every element (OS, OO, action, volet section) has: presence bits of its optional
   * attributes, choices of their values, of its tags (services, SDGs…) and of its schedules, its
   * pilots, its staff per year and its indicators.
   */
  record ElementDraft(
      int presence, long choices, long tags, long when, List<Long> pilots, List<Long> staffYears,
      List<IndicatorDraft> indicators) {
    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** An action: the element, what only actions have, shares, sub-actions and budget lines. */
  record ActionDraft(
      ElementDraft element, ActionFacts facts, ActionMeans means, SharesDraft shares,
      List<ActionDraft> subActions, List<BudgetLine> lines) {
    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** Context, risks, synergy, budget impact, political objectives, referents, team, links. */
  record ActionFacts(int presence, long choices, List<Long> people, List<Long> links) {}

  /** Steps, fundings and budget items, one number each. */
  record ActionMeans(List<Long> steps, List<Long> fundings, List<Long> items) {}

  /**
   * The other operational objectives a transversal action serves (picks among all OOs), and the
   * weights of its shares and whether they are percentages.
   */
  record SharesDraft(List<Integer> others, long weights) {}

  /**
   * An indicator: values are small numbers turned into the kind's values by the assembler, so
   * they always match the kind.
   */
  record IndicatorDraft(
      IndicatorKind kind, int presence, long choices, long dates, List<Long> measurements) {}

  /** A defect to inject, and which action (modulo their number) receives it. */
  record DefectDraft(PlanDefect defect, int pick) {}

  /** A budget defect to inject, on a line drawn like the others. */
  record BudgetDefectDraft(BudgetDefect defect, int pick, BudgetLine line) {}
}
