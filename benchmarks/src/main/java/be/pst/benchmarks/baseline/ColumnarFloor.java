package be.pst.benchmarks.baseline;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import java.util.List;

/**
 * The honest floor of consolidation (plancher en colonnes): the lines of each plan as flat
 * arrays — exercices ({@code int[]}), groups and figures ({@code byte[]}), cents ({@code
 * long[]}), the layout {@code BudgetedPlan} keeps — summed by a plain {@code long +=} into one
 * exercice × group array, with the figure test that any consolidation of one figure needs, and
 * no overflow check, no per-plan table, no cache. Built from the plans once; immutable once built.
 */
public final class ColumnarFloor {

  private final int[][] exercices;
  private final byte[][] groups;
  private final byte[][] figures;
  private final long[][] cents;
  private final int first;
  private final int years;

  private ColumnarFloor(int[][] exercices, byte[][] groups, byte[][] figures, long[][] cents,
      int first, int years) {
    this.exercices = exercices;
    this.groups = groups;
    this.figures = figures;
    this.cents = cents;
    this.first = first;
    this.years = years;
  }

  /**
   * The columns of plans whose lines all have a group.
   *
   * @param plans the plans
   * @return the floor over their lines
   */
  public static ColumnarFloor of(List<BudgetedPlan> plans) {
    int n = plans.size();
    int[][] exercices = new int[n][];
    byte[][] groups = new byte[n][];
    byte[][] figures = new byte[n][];
    long[][] cents = new long[n][];
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int p = 0; p < n; p++) {
      BudgetedPlan plan = plans.get(p);
      List<BudgetLine> lines = plan.lines();
      exercices[p] = new int[lines.size()];
      groups[p] = new byte[lines.size()];
      figures[p] = new byte[lines.size()];
      cents[p] = new long[lines.size()];
      min = Math.min(min, plan.plan().legislature().firstExercice());
      max = Math.max(max, plan.plan().legislature().lastExercice());
      for (int i = 0; i < lines.size(); i++) {
        BudgetLine line = lines.get(i);
        exercices[p][i] = line.exercice();
        groups[p][i] = (byte) line.group().orElseThrow().ordinal();
        figures[p][i] = (byte) line.figure().ordinal();
        cents[p][i] = line.amount().cents();
        min = Math.min(min, line.exercice());
        max = Math.max(max, line.exercice());
      }
    }
    return new ColumnarFloor(exercices, groups, figures, cents, min, max - min + 1);
  }

  /**
   * Sums the projection lines of every plan.
   *
   * @return the cells
   */
  public CentTable consolidate() {
    long[] cells = new long[years * Cells.GROUPS];
    byte projection = (byte) BudgetFigure.PROJECTION.ordinal();
    int first = this.first;
    for (int p = 0; p < cents.length; p++) {
      int[] e = exercices[p];
      byte[] g = groups[p];
      byte[] f = figures[p];
      long[] c = cents[p];
      for (int i = 0; i < c.length; i++) {
        if (f[i] == projection) {
          cells[(e[i] - first) * Cells.GROUPS + g[i]] += c[i];
        }
      }
    }
    return new CentTable(first, years, cells);
  }
}
