package be.pst.budget;

import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.action.Action;
import be.pst.core.element.PlanElement;
import be.pst.core.element.Volet;
import be.pst.core.funding.FundingSource;
import be.pst.core.plan.Legislature;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Consolidates budget lines (consolidation budgétaire) into {@link BudgetTable}s: the lines of a
 * plan, of several plans (a CPAS and its commune, or many CPAS), or any lines; and rolls a plan's
 * budget up per strategic objective, operational objective, volet, funding source and element.
 *
 * <p><b>Figures.</b> A table holds lines of one {@link BudgetFigure}: a plan consolidates its
 * projections unless another figure is asked for, and a table that leaves lines of other figures
 * out says so in its {@linkplain BudgetTable#toString() text}. Projections, budgets and accounts
 * are never added together.
 *
 * <p>Consolidation adds {@code long} cents into flat arrays indexed by exercice and row: no euro
 * object is created per line, and a cell that would overflow a {@code long} carries on exactly.
 * The result does not depend on the order of the lines or plans.
 *
 * <p><b>Columns.</b> The table of a plan covers its legislature, widened to every exercice that
 * has a line (a loan's charges may run past the legislature); the table of several plans covers
 * all their legislatures and lines; the table of bare lines covers their exercices. Every roll-up
 * of a plan uses the columns of the plan's whole table, so its tables line up.
 *
 * <p><b>Roll-ups.</b> Each returns a {@link RollUp} whose buckets, with its explicit
 * "non attribué" bucket, add up to the plan's whole table. A line counts where its element sits:
 * a line of an action counts for the action's operational objective(s) and their strategic
 * objective(s); a line of an OO for that OO and its OS; a line of an OS for that OS only. Lines
 * of the plan itself, and lines naming no element of the plan (which {@code
 * BudgetedPlan.validate()} reports), are unallocated. A transversal action whose objective shares
 * all give a percentage splits each of its lines over its OOs in proportion, with {@link
 * Allocation} and the given {@link RemainderPolicy}: no cent is created or lost. Shares naming an
 * unknown OO go to the action's home OO; an action whose shares cannot split an amount (a share
 * without percentage, a negative share, or all zero) counts 100 % for its home OO. Sub-actions
 * count like actions, with their parent's home OO as home. The index of the plan's elements is
 * built once per budgeted plan and reused by every roll-up.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class Budgets {

  private Budgets() {}

  /**
   * Consolidates lines of one figure, whatever they belong to.
   *
   * @param lines the lines to add, all of the same figure
   * @return their table, of their figure ({@link BudgetFigure#PROJECTION} if there is no line);
   *     its columns run from the earliest to the latest exercice of the lines
   * @throws IllegalArgumentException if the lines are of several figures: use {@link
   *     #consolidate(Iterable, BudgetFigure)}
   */
  public static BudgetTable consolidate(Iterable<? extends BudgetLine> lines) {
    Objects.requireNonNull(lines, "lines");
    BudgetFigure figure = null;
    for (BudgetLine line : lines) {
      if (figure == null) {
        figure = line.figure();
      } else if (line.figure() != figure) {
        throw new IllegalArgumentException("the lines are of several figures (" + figure.label()
            + ", " + line.figure().label() + "): consolidate(lines, figure) picks one");
      }
    }
    return consolidate(lines, figure == null ? BudgetFigure.PROJECTION : figure);
  }

  /**
   * Consolidates the lines of one figure, whatever they belong to; lines of other figures are
   * left out.
   *
   * @param lines the lines
   * @param figure the figure to consolidate
   * @return the table of the lines of that figure, over their exercices
   */
  public static BudgetTable consolidate(Iterable<? extends BudgetLine> lines, BudgetFigure figure) {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(figure, "figure");
    CellMatrix matrix = new CellMatrix();
    matrix.addAll(lines, figure);
    return matrix.toTable(figure, BudgetTable.ANNEX_TITLE);
  }

  /**
   * Consolidates the projection of a plan: all its projection lines, of the plan itself and of
   * its elements.
   *
   * @param plan the budgeted plan
   * @return its table, over the legislature (widened to the exercices of the lines)
   */
  public static BudgetTable consolidate(BudgetedPlan plan) {
    return consolidate(plan, BudgetFigure.PROJECTION);
  }

  /**
   * Consolidates one figure of a plan: its projection, an adopted budget or its accounts.
   *
   * @param plan the budgeted plan
   * @param figure the figure
   * @return the table of the plan's lines of that figure, over the legislature (widened to the
   *     exercices of every line of the plan)
   */
  public static BudgetTable consolidate(BudgetedPlan plan, BudgetFigure figure) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(figure, "figure");
    return plan.consolidated(figure);
  }

  /**
   * Consolidates a plan without the cache of {@link BudgetedPlan}: its columns once, counting
   * the lines of the other figures, by ordinal, into {@code others}.
   */
  static BudgetTable consolidateColumns(BudgetedPlan plan, BudgetFigure figure, int[] others) {
    CellMatrix matrix = matrixFor(plan);
    plan.columns().addTo(matrix, figure, others);
    return matrix.toTable(figure, BudgetTable.ANNEX_TITLE);
  }

  /**
   * Consolidates the projections of several plans: a CPAS with its commune, or many CPAS.
   *
   * @param plans the budgeted plans
   * @return the table of all their projection lines, over all their legislatures
   */
  public static BudgetTable consolidate(BudgetedPlan... plans) {
    Objects.requireNonNull(plans, "plans");
    return consolidateAll(Arrays.asList(plans), BudgetFigure.PROJECTION);
  }

  /**
   * Consolidates one figure of several plans: a CPAS with its commune, or many CPAS.
   *
   * @param plans the budgeted plans
   * @param figure the figure
   * @return the table of all their lines of that figure, over all their legislatures
   */
  public static BudgetTable consolidateAll(Iterable<? extends BudgetedPlan> plans,
      BudgetFigure figure) {
    Objects.requireNonNull(plans, "plans");
    Objects.requireNonNull(figure, "figure");
    CellMatrix matrix = new CellMatrix();
    for (BudgetedPlan plan : plans) {
      Objects.requireNonNull(plan, "plans contains null");
      cover(matrix, plan.plan().legislature());
      matrix.addAll(new CellMatrix(plan.consolidated(figure)));
    }
    return matrix.toTable(figure, BudgetTable.ANNEX_TITLE);
  }

  /**
   * Consolidates the projection lines of the actions (and sub-actions) of a plan that match a
   * filter, such as {@code ActionFilters.status(Status.IN_PROGRESS, Status.COMPLETED)}. Lines of
   * the plan itself, of objectives and of unknown elements are left out, as they belong to no
   * action.
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
    CellMatrix matrix = CellMatrix.sameColumns(plan.consolidated(BudgetFigure.PROJECTION));
    List<BudgetLine> lines = plan.lines();
    LineColumns columns = plan.columns();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      if (columns.is(i, BudgetFigure.PROJECTION) && line.elementCode().isPresent()
          && kept.contains(line.elementCode().get())) {
        matrix.add(columns.exercice(i), columns.row(i), columns.cents(i));
      }
    }
    return matrix.toTable(BudgetFigure.PROJECTION, BudgetTable.ANNEX_TITLE);
  }

  // ------------------------------------------------------------------ roll-ups

  /**
   * The projected budget of each strategic objective (OS), with everything under it.
   *
   * @param plan the budgeted plan
   * @param policy where the cents go when a transversal action's line is split over the OS of
   *     its OOs
   * @return one bucket per OS code, every OS of the plan in document order, and the unallocated
   *     lines
   */
  public static RollUp<String> byStrategicObjective(BudgetedPlan plan, RemainderPolicy policy) {
    return byStrategicObjective(plan, BudgetFigure.PROJECTION, policy);
  }

  /**
   * The budget of one figure of each strategic objective (OS), with everything under it.
   *
   * @param plan the budgeted plan
   * @param figure the figure
   * @param policy where the cents go when a transversal action's line is split
   * @return one bucket per OS code, every OS of the plan in document order, and the unallocated
   *     lines
   */
  public static RollUp<String> byStrategicObjective(BudgetedPlan plan, BudgetFigure figure,
      RemainderPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    ElementIndex index = plan.elementIndex();
    return byObjective(plan, figure, policy, index.strategicCodes(), false,
        "Par objectif stratégique");
  }

  /**
   * The projected budget of each operational objective (OO), with the actions under it; a
   * transversal action's lines are split over its OOs by their shares. Lines of strategic
   * objectives are unallocated.
   *
   * @param plan the budgeted plan
   * @param policy where the cents go when a transversal action's line is split
   * @return one bucket per OO code, every OO of the plan in document order, and the unallocated
   *     lines
   */
  public static RollUp<String> byOperationalObjective(BudgetedPlan plan, RemainderPolicy policy) {
    return byOperationalObjective(plan, BudgetFigure.PROJECTION, policy);
  }

  /**
   * The budget of one figure of each operational objective (OO).
   *
   * @param plan the budgeted plan
   * @param figure the figure
   * @param policy where the cents go when a transversal action's line is split
   * @return one bucket per OO code, every OO of the plan in document order, and the unallocated
   *     lines
   */
  public static RollUp<String> byOperationalObjective(BudgetedPlan plan, BudgetFigure figure,
      RemainderPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    ElementIndex index = plan.elementIndex();
    return byObjective(plan, figure, policy, index.operationalCodes(), true,
        "Par objectif opérationnel");
  }

  private static RollUp<String> byObjective(BudgetedPlan plan, BudgetFigure figure,
      RemainderPolicy policy, List<String> codes, boolean operational, String title) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(figure, "figure");
    ElementIndex index = plan.elementIndex();
    BudgetTable whole = plan.consolidated(figure);
    CellMatrix[] matrices = new CellMatrix[codes.size()];
    for (int i = 0; i < matrices.length; i++) {
      matrices[i] = CellMatrix.sameColumns(whole);
    }
    CellMatrix unallocated = CellMatrix.sameColumns(whole);
    List<BudgetLine> lines = plan.lines();
    LineColumns columns = plan.columns();
    for (int i = 0; i < lines.size(); i++) {
      if (!columns.is(i, figure)) {
        continue;
      }
      ElementIndex.Entry entry = entryOf(index, lines.get(i));
      int[] slots = entry == null ? null
          : operational ? entry.operationalSlots : entry.strategicSlots;
      if (slots == null || slots.length == 0) {
        unallocated.add(columns.exercice(i), columns.row(i), columns.cents(i));
      } else {
        split(matrices, columns, i, slots,
            operational ? entry.operationalWeights : entry.strategicWeights, policy);
      }
    }
    Map<String, BudgetTable> buckets = new LinkedHashMap<>();
    for (int i = 0; i < matrices.length; i++) {
      String code = codes.get(i);
      buckets.put(code, matrices[i].toTable(figure, index.label(code)));
    }
    return new RollUp<>(title, buckets, unallocated.toTable(figure, RollUp.UNALLOCATED), whole,
        index::label);
  }

  /**
   * The projected budget of each volet: a line counts for the volet of its element, or else the
   * nearest volet declared above it (action, OO, OS). Lines of the plan itself, of unknown
   * elements, or of elements with no volet at all are unallocated.
   *
   * @param plan the budgeted plan
   * @return one bucket per volet that has lines, in {@link Volet} order, and the unallocated
   *     lines
   */
  public static RollUp<Volet> byVolet(BudgetedPlan plan) {
    Objects.requireNonNull(plan, "plan");
    BudgetFigure figure = BudgetFigure.PROJECTION;
    ElementIndex index = plan.elementIndex();
    BudgetTable whole = plan.consolidated(figure);
    Map<Volet, CellMatrix> matrices = new EnumMap<>(Volet.class);
    CellMatrix none = CellMatrix.sameColumns(whole);
    List<BudgetLine> lines = plan.lines();
    LineColumns columns = plan.columns();
    for (int i = 0; i < lines.size(); i++) {
      if (!columns.is(i, figure)) {
        continue;
      }
      ElementIndex.Entry entry = entryOf(index, lines.get(i));
      CellMatrix target = entry == null || entry.volet.isEmpty() ? none
          : matrices.computeIfAbsent(entry.volet.get(), v -> CellMatrix.sameColumns(whole));
      target.add(columns.exercice(i), columns.row(i), columns.cents(i));
    }
    Map<Volet, BudgetTable> buckets = new LinkedHashMap<>();
    matrices.forEach((volet, matrix) -> buckets.put(volet,
        matrix.toTable(figure, "Volet " + volet.label())));
    return new RollUp<>("Par volet", buckets, none.toTable(figure, RollUp.UNALLOCATED), whole,
        volet -> "Volet " + volet.label());
  }

  /**
   * The projected budget per funding source of the plan's lines; lines with no funding source
   * are unallocated.
   *
   * @param plan the budgeted plan
   * @return one bucket per funding source, in order of first appearance, and the unallocated
   *     lines
   */
  public static RollUp<FundingSource> byFundingSource(BudgetedPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return byFundingSource(plan.lines(), plan.consolidated(BudgetFigure.PROJECTION));
  }

  /**
   * The budget per funding source of lines of one figure; lines with no funding source are
   * unallocated.
   *
   * @param lines the lines, all of the same figure
   * @return one bucket per funding source, in order of first appearance, and the unallocated
   *     lines, over the exercices of all the lines
   * @throws IllegalArgumentException if the lines are of several figures
   */
  public static RollUp<FundingSource> byFundingSource(Iterable<? extends BudgetLine> lines) {
    Objects.requireNonNull(lines, "lines");
    return byFundingSource(lines, consolidate(lines));
  }

  private static RollUp<FundingSource> byFundingSource(
      Iterable<? extends BudgetLine> lines, BudgetTable whole) {
    Map<FundingSource, CellMatrix> matrices = new LinkedHashMap<>();
    CellMatrix none = CellMatrix.sameColumns(whole);
    for (BudgetLine line : lines) {
      if (line.figure() != whole.figure()) {
        continue;
      }
      CellMatrix target = line.funding().isEmpty() ? none
          : matrices.computeIfAbsent(line.funding().get(), f -> CellMatrix.sameColumns(whole));
      target.add(line.exercice(), LineColumns.row(line), line.amount().cents());
    }
    Map<FundingSource, BudgetTable> buckets = new LinkedHashMap<>();
    matrices.forEach((source, matrix) ->
        buckets.put(source, matrix.toTable(whole.figure(), source.toString())));
    return new RollUp<>("Par source de financement", buckets,
        none.toTable(whole.figure(), RollUp.UNALLOCATED), whole, FundingSource::toString);
  }

  /**
   * The own projection lines of each element (OS, OO, action) that has lines: the rows of an
   * annex's per-action budget. Lines of an element count for that element only, not for its
   * parents; lines of the plan itself are unallocated.
   *
   * @param plan the budgeted plan
   * @return one bucket per element code with lines, in document order, then unknown codes in
   *     order of first appearance, and the unallocated lines
   */
  public static RollUp<String> byElement(BudgetedPlan plan) {
    return byElement(plan, BudgetFigure.PROJECTION);
  }

  /**
   * The own lines of one figure of each element (OS, OO, action) that has lines of that figure:
   * what each action was planned, budgeted or spent. Lines of an element count for that element
   * only; lines of the plan itself are unallocated.
   *
   * @param plan the budgeted plan
   * @param figure the figure
   * @return one bucket per element code with lines of that figure, in document order, then
   *     unknown codes in order of first appearance, and the unallocated lines
   */
  public static RollUp<String> byElement(BudgetedPlan plan, BudgetFigure figure) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(figure, "figure");
    ElementIndex index = plan.elementIndex();
    BudgetTable whole = plan.consolidated(figure);
    Map<String, CellMatrix> found = new LinkedHashMap<>();
    CellMatrix none = CellMatrix.sameColumns(whole);
    List<BudgetLine> lines = plan.lines();
    LineColumns columns = plan.columns();
    for (int i = 0; i < lines.size(); i++) {
      if (!columns.is(i, figure)) {
        continue;
      }
      BudgetLine line = lines.get(i);
      CellMatrix target = line.elementCode().isEmpty() ? none
          : found.computeIfAbsent(line.elementCode().get(), c -> CellMatrix.sameColumns(whole));
      target.add(columns.exercice(i), columns.row(i), columns.cents(i));
    }
    Map<String, BudgetTable> buckets = new LinkedHashMap<>();
    for (String code : index.elementCodes()) {
      CellMatrix matrix = found.remove(code);
      if (matrix != null) {
        buckets.put(code, matrix.toTable(figure, index.label(code)));
      }
    }
    found.forEach((code, matrix) -> buckets.put(code, matrix.toTable(figure, code)));
    Function<String, String> labels = index::label;
    return new RollUp<>("Par élément", buckets, none.toTable(figure, RollUp.UNALLOCATED), whole,
        labels);
  }

  // ------------------------------------------------------------------ helpers

  private static ElementIndex.Entry entryOf(ElementIndex index, BudgetLine line) {
    return line.elementCode().map(index::get).orElse(null);
  }

  static CellMatrix matrixFor(BudgetedPlan plan) {
    CellMatrix matrix = new CellMatrix();
    cover(matrix, plan.plan().legislature());
    // every line of the plan, whatever its figure, widens the columns: all figures line up
    plan.columns().cover(matrix);
    return matrix;
  }

  private static void cover(CellMatrix matrix, Legislature legislature) {
    matrix.cover(legislature.firstExercice());
    matrix.cover(legislature.lastExercice());
  }

  /** Adds line {@code i} to the tables at {@code slots}, split by {@code weights}. */
  private static void split(CellMatrix[] matrices, LineColumns columns, int i, int[] slots,
      java.math.BigInteger[] weights, RemainderPolicy policy) {
    if (slots.length == 1) {
      matrices[slots[0]].add(columns.exercice(i), columns.row(i), columns.cents(i));
      return;
    }
    long[] parts = Allocation.splitCents(columns.cents(i), weights, policy);
    for (int k = 0; k < slots.length; k++) {
      matrices[slots[k]].add(columns.exercice(i), columns.row(i), parts[k]);
    }
  }

  /** The label of an element in roll-ups: its code and title. */
  static String label(PlanElement element) {
    return element.code() + " - " + element.title();
  }
}
