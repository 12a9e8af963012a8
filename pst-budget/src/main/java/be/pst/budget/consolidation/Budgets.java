package be.pst.budget.consolidation;

import be.pst.budget.allocation.Allocation;
import be.pst.budget.allocation.RemainderPolicy;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.plan.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.funding.FundingSource;
import be.pst.core.objective.Volet;
import be.pst.core.plan.Legislature;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Consolidates budget lines (consolidation budgétaire) into {@link BudgetTable}s: the lines of a
 * plan, of several plans (a CPAS and its commune, or many CPAS), or any lines; and rolls a plan's
 * budget up per strategic objective, operational objective, volet, funding source and element.
 *
 * <p>Consolidation adds {@code long} cents into flat arrays indexed by exercice and economic
 * group: no euro object is created per line, and a cell that would overflow a {@code long}
 * carries on exactly in a {@link java.math.BigInteger}. The result does not depend on the order
 * of the lines or plans.
 *
 * <p><b>Columns.</b> The table of a plan covers its legislature, widened to every exercice that
 * has a line (a loan's charges may run past the legislature); the table of several plans covers
 * all their legislatures and lines; the table of bare lines covers their exercices. Every roll-up
 * of a plan uses the columns of the plan's whole table, so its tables line up.
 *
 * <p><b>Roll-ups.</b> A line counts where its element sits: a line of an action counts for the
 * action's operational objective(s) and their strategic objective(s); a line of an OO for that
 * OO and its OS; a line of an OS for that OS only. Lines of the plan itself, and lines naming no
 * element of the plan (which {@code BudgetedPlan.validate()} reports), are in no objective's
 * roll-up. A transversal action (one with objective shares) splits each of its lines over its
 * OOs in proportion to the shares, with {@link Allocation} and the given {@link RemainderPolicy}:
 * no cent is created or lost. Shares naming an unknown OO go to the action's home OO; an action
 * whose shares cannot split an amount (a negative share, or all zero) counts 100 % for its home
 * OO. Sub-actions count like actions, with their parent's home OO as home.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class Budgets {

  private Budgets() {}

  /**
   * Consolidates lines, whatever they belong to.
   *
   * @param lines the lines to add
   * @return their table; its columns run from the earliest to the latest exercice of the lines
   */
  public static BudgetTable consolidate(Iterable<? extends BudgetLine> lines) {
    Objects.requireNonNull(lines, "lines");
    CellMatrix matrix = new CellMatrix();
    matrix.addAll(lines);
    return matrix.toTable();
  }

  /**
   * Consolidates the budget of a plan: all its lines, of the plan itself and of its elements.
   *
   * @param plan the budgeted plan
   * @return its table, over the legislature (widened to the exercices of the lines)
   */
  public static BudgetTable consolidate(BudgetedPlan plan) {
    Objects.requireNonNull(plan, "plan");
    CellMatrix matrix = matrixFor(plan);
    matrix.addAll(plan.columns());
    return matrix.toTable();
  }

  /**
   * Consolidates several plans: a CPAS with its commune, or many CPAS.
   *
   * @param plans the budgeted plans
   * @return the table of all their lines, over all their legislatures
   */
  public static BudgetTable consolidate(BudgetedPlan... plans) {
    Objects.requireNonNull(plans, "plans");
    return consolidateAll(Arrays.asList(plans));
  }

  /**
   * Consolidates several plans: a CPAS with its commune, or many CPAS.
   *
   * @param plans the budgeted plans
   * @return the table of all their lines, over all their legislatures
   */
  public static BudgetTable consolidateAll(Iterable<? extends BudgetedPlan> plans) {
    Objects.requireNonNull(plans, "plans");
    CellMatrix matrix = new CellMatrix();
    for (BudgetedPlan plan : plans) {
      Objects.requireNonNull(plan, "plans contains null");
      cover(matrix, plan.plan().legislature());
      matrix.addAll(plan.columns());
    }
    return matrix.toTable();
  }

  /**
   * Consolidates the lines of the actions (and sub-actions) of a plan that match a filter, such
   * as {@code ActionFilters.status(Status.IN_PROGRESS, Status.COMPLETED)}. Lines of the plan
   * itself, of objectives and of unknown elements are left out, as they belong to no action.
   *
   * @param plan the budgeted plan
   * @param actions which actions to keep
   * @return the table of the kept lines, over the columns of the plan's whole table
   */
  public static BudgetTable consolidate(BudgetedPlan plan, Predicate<? super Action> actions) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(actions, "actions");
    Set<String> kept = new HashSet<>();
    for (Action action : plan.plan().actions(actions)) {
      kept.add(action.code());
    }
    CellMatrix matrix = matrixFor(plan);
    for (BudgetLine line : plan.lines()) {
      if (line.elementCode().isPresent() && kept.contains(line.elementCode().get())) {
        matrix.add(line.exercice(), line.group(), line.amountCents());
      }
    }
    return matrix.toTable();
  }

  /**
   * The budget of each strategic objective (OS), with everything under it.
   *
   * @param plan the budgeted plan
   * @param policy where the cents go when a transversal action's line is split over the OS of
   *     its OOs
   * @return one table per OS code, every OS of the plan in document order
   */
  public static Map<String, BudgetTable> byStrategicObjective(
      BudgetedPlan plan, RemainderPolicy policy) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(policy, "policy");
    ElementIndex index = ElementIndex.of(plan.plan());
    BudgetTable whole = consolidate(plan);
    CellMatrix[] matrices = matrices(whole, index.strategicCodes().size());
    for (BudgetLine line : plan.lines()) {
      ElementIndex.Entry entry = entryOf(index, line);
      if (entry != null) {
        split(matrices, line, entry.strategicSlots, entry.strategicWeights, policy);
      }
    }
    return tables(index.strategicCodes(), matrices);
  }

  /**
   * The budget of each operational objective (OO), with the actions under it; a transversal
   * action's lines are split over its OOs by their shares.
   *
   * @param plan the budgeted plan
   * @param policy where the cents go when a transversal action's line is split
   * @return one table per OO code, every OO of the plan in document order
   */
  public static Map<String, BudgetTable> byOperationalObjective(
      BudgetedPlan plan, RemainderPolicy policy) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(policy, "policy");
    ElementIndex index = ElementIndex.of(plan.plan());
    BudgetTable whole = consolidate(plan);
    CellMatrix[] matrices = matrices(whole, index.operationalCodes().size());
    for (BudgetLine line : plan.lines()) {
      ElementIndex.Entry entry = entryOf(index, line);
      if (entry != null && entry.kind != ElementIndex.Kind.STRATEGIC) {
        split(matrices, line, entry.operationalSlots, entry.operationalWeights, policy);
      }
    }
    return tables(index.operationalCodes(), matrices);
  }

  private static CellMatrix[] matrices(BudgetTable whole, int count) {
    Rollup<String> rollup = new Rollup<>(whole);
    CellMatrix[] matrices = new CellMatrix[count];
    for (int i = 0; i < count; i++) {
      matrices[i] = rollup.newMatrix();
    }
    return matrices;
  }

  private static Map<String, BudgetTable> tables(List<String> codes, CellMatrix[] matrices) {
    Map<String, BudgetTable> result = new LinkedHashMap<>();
    for (int i = 0; i < matrices.length; i++) {
      result.put(codes.get(i), matrices[i].toTable());
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * The budget of each volet: a line counts for the volet of its element, or else the nearest
   * volet declared above it (action, OO, OS). Lines of the plan itself, of unknown elements, or
   * of elements with no volet at all are under {@code Optional.empty()}.
   *
   * @param plan the budgeted plan
   * @return one table per volet that has lines, in {@link Volet} order, then the lines with no
   *     volet
   */
  public static Map<Optional<Volet>, BudgetTable> byVolet(BudgetedPlan plan) {
    Objects.requireNonNull(plan, "plan");
    ElementIndex index = ElementIndex.of(plan.plan());
    Rollup<Optional<Volet>> rollup = new Rollup<>(consolidate(plan));
    CellMatrix[] matrices = new CellMatrix[Volet.values().length];
    CellMatrix none = null;
    for (BudgetLine line : plan.lines()) {
      ElementIndex.Entry entry = entryOf(index, line);
      Optional<Volet> volet = entry == null ? Optional.empty() : entry.volet;
      if (volet.isPresent()) {
        int v = volet.get().ordinal();
        if (matrices[v] == null) {
          matrices[v] = rollup.newMatrix();
        }
        matrices[v].add(line.exercice(), line.group(), line.amountCents());
      } else {
        if (none == null) {
          none = rollup.newMatrix();
        }
        none.add(line.exercice(), line.group(), line.amountCents());
      }
    }
    Map<Optional<Volet>, BudgetTable> result = new LinkedHashMap<>();
    for (Volet volet : Volet.values()) {
      if (matrices[volet.ordinal()] != null) {
        result.put(Optional.of(volet), matrices[volet.ordinal()].toTable());
      }
    }
    if (none != null) {
      result.put(Optional.empty(), none.toTable());
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * The budget per funding source of the lines: lines with no funding source are under {@code
   * Optional.empty()}.
   *
   * @param plan the budgeted plan
   * @return one table per funding source, in order of first appearance
   */
  public static Map<Optional<FundingSource>, BudgetTable> byFundingSource(BudgetedPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return byFundingSource(plan.lines(), consolidate(plan));
  }

  /**
   * The budget per funding source of the lines: lines with no funding source are under {@code
   * Optional.empty()}.
   *
   * @param lines the lines
   * @return one table per funding source, in order of first appearance, over the exercices of
   *     all the lines
   */
  public static Map<Optional<FundingSource>, BudgetTable> byFundingSource(
      Iterable<? extends BudgetLine> lines) {
    Objects.requireNonNull(lines, "lines");
    return byFundingSource(lines, consolidate(lines));
  }

  private static Map<Optional<FundingSource>, BudgetTable> byFundingSource(
      Iterable<? extends BudgetLine> lines, BudgetTable whole) {
    Rollup<Optional<FundingSource>> rollup = new Rollup<>(whole);
    for (BudgetLine line : lines) {
      rollup.matrix(line.funding()).add(line.exercice(), line.group(), line.amountCents());
    }
    return rollup.tables();
  }

  /**
   * The own lines of each element (OS, OO, action) that has lines: the rows of an annex's
   * per-action budget. Lines of an element count for that element only, not for its parents.
   *
   * @param plan the budgeted plan
   * @return one table per element code with lines, in document order, then unknown codes in
   *     order of first appearance
   */
  public static Map<String, BudgetTable> byElement(BudgetedPlan plan) {
    Objects.requireNonNull(plan, "plan");
    ElementIndex index = ElementIndex.of(plan.plan());
    Map<String, CellMatrix> found = new LinkedHashMap<>();
    BudgetTable whole = consolidate(plan);
    Rollup<String> rollup = new Rollup<>(whole);
    for (BudgetLine line : plan.lines()) {
      if (line.elementCode().isPresent()) {
        found.computeIfAbsent(line.elementCode().get(), c -> rollup.newMatrix())
            .add(line.exercice(), line.group(), line.amountCents());
      }
    }
    Map<String, BudgetTable> result = new LinkedHashMap<>();
    for (String code : index.elementCodes()) {
      CellMatrix matrix = found.remove(code);
      if (matrix != null) {
        result.put(code, matrix.toTable());
      }
    }
    found.forEach((code, matrix) -> result.put(code, matrix.toTable()));
    return Collections.unmodifiableMap(result);
  }

  private static ElementIndex.Entry entryOf(ElementIndex index, BudgetLine line) {
    return line.elementCode().map(index::get).orElse(null);
  }

  private static CellMatrix matrixFor(BudgetedPlan plan) {
    CellMatrix matrix = new CellMatrix();
    cover(matrix, plan.plan().legislature());
    return matrix;
  }

  private static void cover(CellMatrix matrix, Legislature legislature) {
    matrix.cover(legislature.firstExercice());
    matrix.cover(legislature.lastExercice());
  }

  /** Adds a line to the tables at {@code slots}, split by {@code weights} if there are several. */
  private static void split(CellMatrix[] matrices, BudgetLine line, int[] slots, long[] weights,
      RemainderPolicy policy) {
    if (slots.length == 1) {
      matrices[slots[0]].add(line.exercice(), line.group(), line.amountCents());
      return;
    }
    long[] parts = Allocation.splitCents(line.amountCents(), weights, policy);
    for (int i = 0; i < slots.length; i++) {
      matrices[slots[i]].add(line.exercice(), line.group(), parts[i]);
    }
  }

  /** Tables per key, all over the columns of one whole table. */
  private static final class Rollup<K> {
    private final List<Integer> exercices;
    private final Map<K, CellMatrix> matrices = new LinkedHashMap<>();

    Rollup(BudgetTable whole) {
      this.exercices = whole.exercices();
    }

    CellMatrix newMatrix() {
      return exercices.isEmpty()
          ? new CellMatrix()
          : new CellMatrix(exercices.get(0), exercices.get(exercices.size() - 1));
    }

    CellMatrix matrix(K key) {
      return matrices.computeIfAbsent(key, k -> newMatrix());
    }

    Map<K, BudgetTable> tables() {
      Map<K, BudgetTable> result = new LinkedHashMap<>();
      matrices.forEach((key, matrix) -> result.put(key, matrix.toTable()));
      return Collections.unmodifiableMap(result);
    }
  }
}
