package be.pst.testkit;

import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import net.jqwik.api.Arbitrary;

/**
 * An arbitrary of PST plans (plans stratégiques transversaux) of configurable size.
 *
 * <p>By default a plan has 1 to 3 strategic objectives (OS), 1 to 3 operational objectives (OO)
 * per OS, 0 to 4 actions per OO, 0 or 1 sub-action per action and 0 to 2 indicators per
 * element, over the legislature 2019–2024, with 0 to 2 volet sections and 0 to 2 projects.
 * Every attribute of the model is generated, each present in some elements and absent in
 * others: descriptions (plain, HTML, RTF), external ids, statuses, priorities, progress, health
 * and their notes, planned and effective schedules of every precision, political and
 * administrative pilots (persons of every shape, roles, services), departments, services,
 * partners, local plans, categories, themes, SDGs, human resources with staff per year,
 * indicators with targets, target dates and recurrences; on actions context, risks, steps,
 * referents, team, synergy, budget impact, budget items, fundings, political objectives, links
 * and objective shares with or without percentages; on the plan its declarations of policy,
 * axes, political objectives, services, partners, projects and volet sections. Codes follow one
 * of three styles ({@code OS1}/{@code OO1.2}/{@code A1.2.3}, {@code OS1}/{@code
 * OS1-OP2}/{@code OS1-OP2-A3}, {@code 1}/{@code 1.2}/{@code 1.2.3}).
 *
 * <p>Generated plans are <em>clean</em>: {@code PlanValidator.validate(plan)} reports no error.
 * Codes are unique; references resolve (objective shares, links to actions, volet sections,
 * projects, axes, political objectives); shares with percentages sum to exactly 100 and cite
 * the home OO; progress lies in [0, 100]; every date lies in the legislature; action schedules
 * end by their objective's deadline, sub-actions within their action's years; every top-level
 * action has a pilot; indicator values are of the indicator's kind; budget items state
 * quantity × unit price; services and partners that elements name are declared by the plan
 * when it declares any.
 *
 * <p>{@link #dirty()} and {@link #withDefects(PlanDefect...)} inject defects on purpose.
 * Failing examples shrink to fewer elements with fewer attributes.
 *
 * <p>Instances are immutable and thread-safe: each configuration method returns a new arbitrary.
 */
public interface PlanArbitrary extends Arbitrary<Plan> {

  /**
   * Plans with {@code min} to {@code max} strategic objectives.
   *
   * @param min the smallest number, at least 0
   * @param max the largest number, at least {@code min}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the range is invalid
   */
  PlanArbitrary withStrategicObjectives(int min, int max);

  /**
   * Plans with {@code min} to {@code max} operational objectives under each strategic objective.
   *
   * @param min the smallest number, at least 0
   * @param max the largest number, at least {@code min}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the range is invalid
   */
  PlanArbitrary withOperationalObjectivesPerStrategic(int min, int max);

  /**
   * Plans with {@code min} to {@code max} actions under each operational objective.
   *
   * @param min the smallest number, at least 0
   * @param max the largest number, at least {@code min}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the range is invalid
   */
  PlanArbitrary withActionsPerObjective(int min, int max);

  /**
   * Plans with {@code min} to {@code max} sub-actions under each action (sub-actions have no
   * sub-actions of their own).
   *
   * @param min the smallest number, at least 0
   * @param max the largest number, at least {@code min}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the range is invalid
   */
  PlanArbitrary withSubActionsPerAction(int min, int max);

  /**
   * Plans with {@code min} to {@code max} indicators on each objective and action.
   *
   * @param min the smallest number, at least 0
   * @param max the largest number, at least {@code min}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the range is invalid
   */
  PlanArbitrary withIndicatorsPerElement(int min, int max);

  /**
   * Plans over the legislature {@code firstExercice}–{@code lastExercice}.
   *
   * @param firstExercice the first exercice, four digits
   * @param lastExercice the last exercice, four digits, not before the first
   * @return a new arbitrary
   * @throws IllegalArgumentException if the exercices are not four-digit years in order
   */
  PlanArbitrary inLegislature(int firstExercice, int lastExercice);

  /**
   * Plans over {@code legislature}.
   *
   * @param legislature the legislature
   * @return a new arbitrary
   */
  PlanArbitrary inLegislature(Legislature legislature);

  /**
   * Plans whose actions all serve only their home operational objective (no objective shares).
   *
   * @return a new arbitrary
   */
  PlanArbitrary withoutTransversalActions();

  /**
   * Dirty plans: each plan receives one to four defects drawn from every {@link PlanDefect}.
   *
   * @return a new arbitrary
   */
  PlanArbitrary dirty();

  /**
   * Dirty plans: each plan receives one to four defects drawn from {@code defects}; no argument
   * makes plans clean again.
   *
   * @param defects the defects to draw from
   * @return a new arbitrary
   */
  PlanArbitrary withDefects(PlanDefect... defects);
}
