package be.pst.budget.compare;

import be.pst.budget.BudgetTable;
import be.pst.budget.BudgetedPlan;
import be.pst.budget.Budgets;
import be.pst.budget.RollUp;
import be.pst.budget.internal.TextColumns;
import be.pst.budget.line.BudgetFigure;
import be.pst.core.diff.PlanDiff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The budget of two versions of a plan side by side (évolution du budget entre deux versions):
 * one figure — the projection unless said otherwise — cell by cell for the whole plan, and per
 * element, each element of the older version facing its match in the newer one ({@link
 * PlanDiff}: by code, external identifier, then title), so that a re-coded action's lines are
 * compared with its old lines rather than reported removed and added.
 *
 * <p>Per element, the lines of the element itself count (not those of the elements under it);
 * the plan's own lines are the unallocated bucket. Instances are immutable and thread-safe.
 */
public final class BudgetDiff {

  private final PlanDiff planDiff;
  private final BudgetFigure figure;
  private final TableComparison table;
  private final RollUpComparison<String> byElement;

  private BudgetDiff(PlanDiff planDiff, BudgetFigure figure, TableComparison table,
      RollUpComparison<String> byElement) {
    this.planDiff = planDiff;
    this.figure = figure;
    this.table = table;
    this.byElement = byElement;
  }

  /**
   * Compares the projections of two versions of a plan.
   *
   * @param older the older version
   * @param newer the newer version
   * @return the budget differences
   */
  public static BudgetDiff between(BudgetedPlan older, BudgetedPlan newer) {
    return between(older, newer, BudgetFigure.PROJECTION);
  }

  /**
   * Compares one figure of two versions of a plan.
   *
   * @param older the older version
   * @param newer the newer version
   * @param figure the figure compared on both sides
   * @return the budget differences
   */
  public static BudgetDiff between(BudgetedPlan older, BudgetedPlan newer, BudgetFigure figure) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    Objects.requireNonNull(figure, "figure");
    PlanDiff planDiff = PlanDiff.between(older.plan(), newer.plan());
    String olderLabel = older.plan().version().orElse("ancienne version");
    String newerLabel = newer.plan().version().orElse("nouvelle version");
    if (olderLabel.equals(newerLabel)) {
      olderLabel = "ancienne version";
      newerLabel = "nouvelle version";
    }
    TableComparison table = TableComparison.of("Total par groupe économique — "
        + figure.label(), Budgets.consolidate(older, figure), Budgets.consolidate(newer, figure),
        olderLabel, newerLabel);

    RollUp<String> before = Budgets.byElement(older, figure);
    RollUp<String> after = Budgets.byElement(newer, figure);
    Map<String, String> mapping = planDiff.codeMapping();
    Map<String, BudgetTable> olderByKey = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (String code : after.keys()) {
      labels.put(code, after.label(code));
    }
    for (String code : before.keys()) {
      String key = mapping.get(code);
      if (key == null) {
        key = after.buckets().containsKey(code) ? code + " (supprimé)" : code;
        labels.put(key, before.label(code) + " (supprimé)");
      }
      olderByKey.put(key, before.get(code).orElseThrow());
      labels.putIfAbsent(key, before.label(code));
    }
    List<String> keys = new ArrayList<>(after.keys());
    for (String key : olderByKey.keySet()) {
      if (!after.buckets().containsKey(key)) {
        keys.add(key);
      }
    }
    BudgetTable olderZero = zero(before.total());
    BudgetTable newerZero = zero(after.total());
    Map<String, TableComparison> buckets = new LinkedHashMap<>();
    for (String key : keys) {
      String label = labels.getOrDefault(key, key);
      buckets.put(key, TableComparison.of(label, olderByKey.getOrDefault(key, olderZero),
          after.get(key).orElse(newerZero), olderLabel, newerLabel));
    }
    RollUpComparison<String> byElement = new RollUpComparison<>("Par élément", buckets,
        TableComparison.of(RollUp.UNALLOCATED, before.unallocated(), after.unallocated(),
            olderLabel, newerLabel),
        TableComparison.of("Total", before.total(), after.total(), olderLabel, newerLabel),
        key -> labels.getOrDefault(key, key));
    return new BudgetDiff(planDiff, figure, table, byElement);
  }

  private static BudgetTable zero(BudgetTable whole) {
    List<Integer> years = whole.exercices();
    return years.isEmpty() ? whole
        : BudgetTable.empty(whole.figure(), years.get(0), years.get(years.size() - 1));
  }

  /**
   * How the elements were matched, and what else changed in the plans.
   *
   * @return the plan diff
   */
  public PlanDiff planDiff() {
    return planDiff;
  }

  /**
   * The figure compared.
   *
   * @return e.g. {@link BudgetFigure#PROJECTION}
   */
  public BudgetFigure figure() {
    return figure;
  }

  /**
   * The whole plan, cell by cell.
   *
   * @return the comparison of both versions' tables
   */
  public TableComparison table() {
    return table;
  }

  /**
   * Per element with lines in either version, keyed by its newer code (its older code when
   * removed), with the plans' own lines as the unallocated bucket.
   *
   * @return the comparison per element
   */
  public RollUpComparison<String> byElement() {
    return byElement;
  }

  /**
   * The elements whose lines differ between the versions.
   *
   * @return their comparisons, keyed as in {@link #byElement()}, in its order
   */
  public Map<String, TableComparison> changedElements() {
    Map<String, TableComparison> result = new LinkedHashMap<>();
    byElement.buckets().forEach((key, comparison) -> {
      if (!comparison.isZero()) {
        result.put(key, comparison);
      }
    });
    return java.util.Collections.unmodifiableMap(result);
  }

  /**
   * Whether both versions have the same budget, cell by cell and element by element.
   *
   * @return {@code true} if nothing changed in the budget
   */
  public boolean isEmpty() {
    return table.isZero() && changedElements().isEmpty() && byElement.unallocated().isZero();
  }

  /**
   * The net cost of both versions per exercice, then one line per element whose lines changed:
   * its net cost in each version and the variance.
   *
   * @return the readable budget diff
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Budget (").append(figure.label())
        .append(") : coût net par exercice\n");
    s.append(String.format("  %-4s  %15s  %15s  %15s%n", "", table.referenceLabel(),
        table.comparedLabel(), "écart"));
    for (int year : table.exercices()) {
      Variance v = table.netCost(year);
      s.append(String.format("  %d  %15s  %15s  %15s%n", year, v.reference().formatPlain(),
          v.compared().formatPlain(), v.difference().formatPlain()));
    }
    Variance total = table.totalNetCost();
    s.append(String.format("  %-4s  %15s  %15s  %15s%n", "tout", total.reference().formatPlain(),
        total.compared().formatPlain(), total.difference().formatPlain()));
    Map<String, TableComparison> changed = changedElements();
    s.append(changed.size()).append(" élément(s) dont le budget change\n");
    changed.forEach((key, comparison) -> {
      Variance v = comparison.totalNetCost();
      String label = TextColumns.label(byElement.label(key));
      s.append(String.format("  %-60s  %15s  %15s  %15s%n", label, v.reference().formatPlain(),
          v.compared().formatPlain(), v.difference().formatPlain()));
    });
    return s.toString();
  }
}
