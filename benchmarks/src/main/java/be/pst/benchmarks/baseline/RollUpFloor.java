package be.pst.benchmarks.baseline;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.action.Action;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Plan;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor of roll-ups (plancher des ventilations): what a user writes by hand to get each
 * strategic or operational objective's projected budget — a map from element code to the
 * objective's position, built in one walk of the plan at every call, then one {@code long +=} per
 * line into that objective's exercice × group cells. No transversal split (the benchmark's plans
 * have none), no table objects, no "Non attribué" bucket beyond a count.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class RollUpFloor {

  private RollUpFloor() {}

  /**
   * The cells of each strategic objective, in document order.
   *
   * @param plan the plan
   * @return one array of {@code exercice × group} cents per OS
   */
  public static long[][] byStrategicObjective(BudgetedPlan plan) {
    return rollUp(plan, false);
  }

  /**
   * The cells of each operational objective, in document order.
   *
   * @param plan the plan
   * @return one array of {@code exercice × group} cents per OO
   */
  public static long[][] byOperationalObjective(BudgetedPlan plan) {
    return rollUp(plan, true);
  }

  private static long[][] rollUp(BudgetedPlan budgeted, boolean operational) {
    Plan plan = budgeted.plan();
    Map<String, Integer> slots = new HashMap<>();
    int count = 0;
    Deque<Action> actions = new ArrayDeque<>();
    for (StrategicObjective os : plan.strategicObjectives()) {
      int osSlot = operational ? -1 : count++;
      if (!operational) {
        slots.put(os.code(), osSlot);
      }
      for (OperationalObjective oo : os.operationalObjectives()) {
        int slot = operational ? count++ : osSlot;
        slots.put(oo.code(), slot);
        actions.addAll(oo.actions());
        while (!actions.isEmpty()) {
          Action action = actions.poll();
          slots.put(action.code(), slot);
          actions.addAll(action.subActions());
        }
      }
    }
    int first = plan.legislature().firstExercice();
    int years = plan.legislature().lastExercice() - first + 1;
    long[][] cells = new long[count + 1][years * Cells.GROUPS];
    List<BudgetLine> lines = budgeted.lines();
    for (int i = 0, n = lines.size(); i < n; i++) {
      BudgetLine line = lines.get(i);
      if (line.figure() != BudgetFigure.PROJECTION) {
        continue;
      }
      Integer slot = slots.get(line.elementCode().orElse(""));
      cells[slot == null ? count : slot][(line.exercice() - first) * Cells.GROUPS
          + line.group().orElseThrow().ordinal()] += line.amount().cents();
    }
    return cells;
  }

  /**
   * The total of each objective's cells.
   *
   * @param cells the cells of a roll-up
   * @return one sum per objective (the last entry: lines of no objective)
   */
  public static long[] totals(long[][] cells) {
    long[] totals = new long[cells.length];
    for (int i = 0; i < cells.length; i++) {
      for (long c : cells[i]) {
        totals[i] += c;
      }
    }
    return totals;
  }
}
