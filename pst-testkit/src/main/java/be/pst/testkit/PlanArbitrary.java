package be.pst.testkit;

import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import net.jqwik.api.Arbitrary;

/**
 * An arbitrary of PST plans (plans stratégiques transversaux) of configurable size.
 *
 * <p>By default a plan has 1 to 3 strategic objectives (OS), 1 to 3 operational objectives (OO)
 * per OS, 0 to 4 actions per OO and 0 or 1 sub-action per action, over the legislature
 * 2019–2024. Generated plans are <em>clean</em>: {@code PlanValidator.validate(plan)} reports no
 * error. Codes are unique ({@code OS1}, {@code OO1.2}, {@code A1.2.3}, {@code A1.2.3.1}, or
 * {@code OS1}, {@code OS1-OP2}, {@code OS1-OP2-A3}…); transversal actions list their home OO and
 * other existing OOs with shares summing to exactly 100; progress lies in [0, 100]; action
 * schedules lie inside the legislature and end by their objective's deadline; sub-actions lie
 * inside their action; every action has a political pilot; indicator values are of the
 * indicator's kind and measured inside the legislature; services, partners, axes and political
 * objectives that elements name are declared by the plan.
 *
 * <p>{@link #dirty()} and {@link #withDefects(PlanDefect...)} inject defects on purpose.
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
