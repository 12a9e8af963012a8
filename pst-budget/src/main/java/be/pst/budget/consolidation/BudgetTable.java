package be.pst.budget.consolidation;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.money.CentSum;
import be.pst.budget.money.Euros;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * A consolidated budget (budget consolidé, "Total par groupe économique"): the amount of every
 * economic group in every exercice, with the totals of the PST annex — per service and side,
 * total receipts and expenses (ordinary + extraordinary), net cost per exercice (expenses minus
 * receipts) and total net cost over the exercices.
 *
 * <p>The columns are a contiguous range of exercices: the legislature of the consolidated plans,
 * widened to every exercice that has a line. An exercice outside the columns has zero everywhere.
 * {@link #groups()} are the groups that received at least one line, even of zero euros: the rows
 * the annex prints.
 *
 * <p>Amounts are kept as {@code long} cents, with an exact {@link BigInteger} carry for a cell
 * that would overflow, so every amount and total is exact whatever its size. Accessors return
 * euro {@link MonetaryAmount}s at cent scale.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BudgetTable {

  private static final int GROUPS = CellMatrix.GROUPS;
  private static final EconomicGroup[] ALL = EconomicGroup.values();

  /** The annex prints extraordinary expenses and receipts first, then ordinary ones. */
  private static final Service[] SECTION_SERVICES = {
    Service.EXTRAORDINARY, Service.EXTRAORDINARY, Service.ORDINARY, Service.ORDINARY
  };

  private static final Side[] SECTION_SIDES = {
    Side.EXPENSES, Side.RECEIPTS, Side.EXPENSES, Side.RECEIPTS
  };

  private final int first;
  private final int count;
  private final long[] cells;
  private final BigInteger[] carries;
  private final int groupMask;

  BudgetTable(int first, int count, long[] cells, BigInteger[] carries, int groupMask) {
    this.first = first;
    this.count = count;
    this.cells = cells;
    this.carries = carries;
    this.groupMask = groupMask;
  }

  /**
   * A table with no line, over the given exercices.
   *
   * @param firstExercice the first column
   * @param lastExercice the last column, not before {@code firstExercice}
   * @return a table of zeros with no group
   */
  public static BudgetTable empty(int firstExercice, int lastExercice) {
    return new CellMatrix(firstExercice, lastExercice).toTable();
  }

  /**
   * The exercices of the columns, in order.
   *
   * @return a contiguous range of years; empty for a table built from no line and no plan
   */
  public List<Integer> exercices() {
    List<Integer> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      result.add(first + i);
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * The groups that received at least one line.
   *
   * @return the rows of the table, in {@link EconomicGroup} order
   */
  public Set<EconomicGroup> groups() {
    Set<EconomicGroup> result = EnumSet.noneOf(EconomicGroup.class);
    for (EconomicGroup g : ALL) {
      if ((groupMask & (1 << g.ordinal())) != 0) {
        result.add(g);
      }
    }
    return Collections.unmodifiableSet(result);
  }

  /**
   * The amount of a group in an exercice.
   *
   * @param exercice the budget year
   * @param group the economic group
   * @return the sum of its lines; zero if there is none
   */
  public MonetaryAmount amount(int exercice, EconomicGroup group) {
    Objects.requireNonNull(group, "group");
    CentSum sum = new CentSum();
    addCell(sum, exercice, group.ordinal());
    return sum.toMoney();
  }

  /**
   * The amount of a group in an exercice, in cents.
   *
   * @param exercice the budget year
   * @param group the economic group
   * @return the sum of its lines in cents
   * @throws ArithmeticException if that sum does not fit in a {@code long}
   */
  public long amountCents(int exercice, EconomicGroup group) {
    Objects.requireNonNull(group, "group");
    CentSum sum = new CentSum();
    addCell(sum, exercice, group.ordinal());
    return sum.toLongExact();
  }

  /**
   * The total of a group over all exercices.
   *
   * @param group the economic group
   * @return the sum of its lines
   */
  public MonetaryAmount total(EconomicGroup group) {
    Objects.requireNonNull(group, "group");
    CentSum sum = new CentSum();
    for (int e = 0; e < count; e++) {
      addCell(sum, first + e, group.ordinal());
    }
    return sum.toMoney();
  }

  /**
   * The total of a service and side in an exercice, e.g. the ordinary expenses of 2020.
   *
   * @param exercice the budget year
   * @param service the service
   * @param side the side
   * @return the sum of the groups of that service and side
   */
  public MonetaryAmount total(int exercice, Service service, Side side) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(side, "side");
    return sum(exercice, service, side).toMoney();
  }

  /**
   * The total receipts of an exercice, ordinary and extraordinary ("Total des Recettes (Ord. +
   * Extra.)").
   *
   * @param exercice the budget year
   * @return the sum of every receipt group
   */
  public MonetaryAmount totalReceipts(int exercice) {
    return sum(exercice, null, Side.RECEIPTS).toMoney();
  }

  /**
   * The total expenses of an exercice, ordinary and extraordinary ("Total des Dépenses (Ord. +
   * Extra.)").
   *
   * @param exercice the budget year
   * @return the sum of every expense group
   */
  public MonetaryAmount totalExpenses(int exercice) {
    return sum(exercice, null, Side.EXPENSES).toMoney();
  }

  /**
   * The total receipts over all exercices.
   *
   * @return the sum of every receipt group of every exercice
   */
  public MonetaryAmount totalReceipts() {
    return sumAll(Side.RECEIPTS).toMoney();
  }

  /**
   * The total expenses over all exercices.
   *
   * @return the sum of every expense group of every exercice
   */
  public MonetaryAmount totalExpenses() {
    return sumAll(Side.EXPENSES).toMoney();
  }

  /**
   * The net cost of an exercice ("Coût net"): total expenses minus total receipts.
   *
   * @param exercice the budget year
   * @return positive when the plan costs more than it brings in
   */
  public MonetaryAmount netCost(int exercice) {
    return Euros.ofCents(netCostCents(exercice));
  }

  /**
   * The total net cost over all exercices: total expenses minus total receipts. The annex prints
   * it with the opposite sign, as "Coût total PST 2019-2024 -984.700,00" (see {@link
   * #toString()}).
   *
   * @return positive when the plan costs more than it brings in, e.g. 984.700,00 €
   */
  public MonetaryAmount totalNetCost() {
    return Euros.ofCents(sumAll(Side.EXPENSES).toBigInteger()
        .subtract(sumAll(Side.RECEIPTS).toBigInteger()));
  }

  private BigInteger netCostCents(int exercice) {
    return sum(exercice, null, Side.EXPENSES).toBigInteger()
        .subtract(sum(exercice, null, Side.RECEIPTS).toBigInteger());
  }

  /**
   * This table plus another: every cell added, columns and groups joined.
   *
   * @param other the table to add
   * @return the sum of both tables
   */
  public BudgetTable plus(BudgetTable other) {
    Objects.requireNonNull(other, "other");
    CellMatrix matrix = toMatrix();
    matrix.addAll(other.toMatrix());
    return matrix.toTable();
  }

  CellMatrix toMatrix() {
    return new CellMatrix(this);
  }

  /** Exposes the raw contents to {@link CellMatrix#CellMatrix(BudgetTable)}. */
  int first() {
    return first;
  }

  int count() {
    return count;
  }

  long[] cells() {
    return cells;
  }

  BigInteger[] carries() {
    return carries;
  }

  int groupMask() {
    return groupMask;
  }

  private void addCell(CentSum sum, int exercice, int g) {
    int offset = exercice - first;
    if (offset < 0 || offset >= count) {
      return;
    }
    int index = offset * GROUPS + g;
    sum.add(cells[index]);
    if (carries != null && carries[index] != null) {
      sum.add(carries[index]);
    }
  }

  private CentSum sum(int exercice, Service service, Side side) {
    CentSum sum = new CentSum();
    for (EconomicGroup g : ALL) {
      if (g.side() == side && (service == null || g.service() == service)) {
        addCell(sum, exercice, g.ordinal());
      }
    }
    return sum;
  }

  private CentSum sumAll(Side side) {
    CentSum sum = new CentSum();
    for (int e = 0; e < count; e++) {
      sum.add(sum(first + e, null, side));
    }
    return sum;
  }

  private BigInteger cellCents(int exercice, int g) {
    CentSum sum = new CentSum();
    addCell(sum, exercice, g);
    return sum.toBigInteger();
  }

  /**
   * Two tables are equal when they have the same columns, the same groups and the same amount in
   * every cell.
   *
   * @param o the object to compare with
   * @return whether {@code o} is an equal table
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof BudgetTable)) {
      return false;
    }
    BudgetTable other = (BudgetTable) o;
    if (first != other.first && count != 0 || count != other.count || groupMask != other.groupMask) {
      return false;
    }
    if (carries == null && other.carries == null) {
      return Arrays.equals(cells, other.cells);
    }
    for (int e = 0; e < count; e++) {
      for (int g = 0; g < GROUPS; g++) {
        if (!cellCents(first + e, g).equals(other.cellCents(first + e, g))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 31 * (count == 0 ? 0 : first) + count;
    h = 31 * h + groupMask;
    for (int e = 0; e < count; e++) {
      for (int g = 0; g < GROUPS; g++) {
        h = 31 * h + cellCents(first + e, g).hashCode();
      }
    }
    return h;
  }

  /**
   * The table laid out as the PST annex "Total par groupe économique" (seed 000): a title line,
   * a header line "Les Projections" with one column per exercice, then the sections "Dépenses
   * Extraordinaires", "Recettes Extraordinaires", "Dépenses Ordinaires" and "Recettes Ordinaires"
   * (each only if one of its groups has a line) with one row per group ({@code 91
   * Investissements}), then the rows "Total des Recettes (Ord. + Extra.)", "Total des Dépenses
   * (Ord. + Extra.)", "Coût net" and "Coût total PST 2019-2024". Amounts are printed Belgian
   * style without the euro sign ({@code 287.500,00}), right-aligned; columns are separated by
   * two spaces; lines end with {@code \n}. As in the annex, the "Coût total" row prints the
   * total net cost with a minus sign (it is what the plan takes from the result), two spaces
   * after its label.
   *
   * @return the text table
   */
  @Override
  public String toString() {
    List<String[]> rows = new ArrayList<>();
    List<Boolean> headings = new ArrayList<>();
    String[] header = new String[count + 1];
    header[0] = "Les Projections";
    for (int e = 0; e < count; e++) {
      header[e + 1] = Integer.toString(first + e);
    }
    rows.add(header);
    headings.add(false);
    for (int s = 0; s < SECTION_SERVICES.length; s++) {
      List<EconomicGroup> groups = new ArrayList<>();
      for (EconomicGroup g : EconomicGroup.of(SECTION_SERVICES[s], SECTION_SIDES[s])) {
        if ((groupMask & (1 << g.ordinal())) != 0) {
          groups.add(g);
        }
      }
      if (groups.isEmpty()) {
        continue;
      }
      rows.add(new String[] {sectionTitle(SECTION_SERVICES[s], SECTION_SIDES[s])});
      headings.add(true);
      for (EconomicGroup g : groups) {
        String[] row = new String[count + 1];
        row[0] = g.displayName();
        for (int e = 0; e < count; e++) {
          row[e + 1] = Euros.formatPlain(Euros.ofCents(cellCents(first + e, g.ordinal())));
        }
        rows.add(row);
        headings.add(false);
      }
    }
    String[] receipts = new String[count + 1];
    String[] expenses = new String[count + 1];
    String[] net = new String[count + 1];
    receipts[0] = "Total des Recettes (Ord. + Extra.)";
    expenses[0] = "Total des Dépenses (Ord. + Extra.)";
    net[0] = "Coût net";
    for (int e = 0; e < count; e++) {
      receipts[e + 1] = Euros.formatPlain(totalReceipts(first + e));
      expenses[e + 1] = Euros.formatPlain(totalExpenses(first + e));
      net[e + 1] = Euros.formatPlain(netCost(first + e));
    }
    rows.add(receipts);
    rows.add(expenses);
    rows.add(net);
    String totalLabel =
        "Coût total PST" + (count == 0 ? "" : " " + first + "-" + (first + count - 1));
    rows.add(new String[] {totalLabel + "  " + Euros.formatPlain(totalNetCost().negate())});
    headings.add(false);
    headings.add(false);
    headings.add(false);
    headings.add(true);

    int[] widths = new int[count + 1];
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      if (headings.get(r)) {
        continue;
      }
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder out = new StringBuilder("Total par groupe économique\n");
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      StringBuilder line = new StringBuilder(row[0]);
      if (!headings.get(r)) {
        line.append(" ".repeat(widths[0] - row[0].length()));
        for (int c = 1; c < row.length; c++) {
          line.append("  ").append(" ".repeat(widths[c] - row[c].length())).append(row[c]);
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private static String sectionTitle(Service service, Side side) {
    return (side == Side.RECEIPTS ? "Recettes " : "Dépenses ")
        + (service == Service.ORDINARY ? "Ordinaires" : "Extraordinaires");
  }

  /**
   * The table as CSV (valeurs séparées par des points-virgules), for spreadsheets and scripts.
   *
   * <p>Format: UTF-8 text, fields separated by {@code ;} (the separator Belgian spreadsheets
   * expect, since the comma is their decimal separator), lines ending with {@code \n}, a field
   * quoted with {@code "} (and inner quotes doubled) only if it holds {@code ;}, {@code "} or a
   * line end. Header: {@code code;service;type;libellé;<exercice>…;total}. One row per group of
   * {@link #groups()} in {@link EconomicGroup} order (code, service {@code ordinaire} or {@code
   * extraordinaire}, type {@code recettes} or {@code dépenses}, French label), then the rows
   * {@code Total des Recettes (Ord. + Extra.)}, {@code Total des Dépenses (Ord. + Extra.)} and
   * {@code Coût net} with empty code, service and type. Amounts are plain decimals with a dot and
   * two decimals, no grouping and a leading {@code -} when negative ({@code 287500.00}); the last
   * column is the total over the exercices (for "Coût net", expenses minus receipts, positive
   * when the plan costs money).
   *
   * @return the CSV text
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder("code;service;type;libellé");
    for (int e = 0; e < count; e++) {
      out.append(';').append(first + e);
    }
    out.append(";total\n");
    for (EconomicGroup g : groups()) {
      out.append(csv(g.code())).append(';').append(csv(g.service().label())).append(';')
          .append(csv(g.side().label())).append(';').append(csv(g.label()));
      for (int e = 0; e < count; e++) {
        out.append(';').append(plain(cellCents(first + e, g.ordinal())));
      }
      CentSum groupTotal = new CentSum();
      for (int e = 0; e < count; e++) {
        addCell(groupTotal, first + e, g.ordinal());
      }
      out.append(';').append(plain(groupTotal.toBigInteger())).append('\n');
    }
    out.append(";;;").append(csv("Total des Recettes (Ord. + Extra.)"));
    for (int e = 0; e < count; e++) {
      out.append(';').append(plain(sum(first + e, null, Side.RECEIPTS).toBigInteger()));
    }
    out.append(';').append(plain(sumAll(Side.RECEIPTS).toBigInteger())).append('\n');
    out.append(";;;").append(csv("Total des Dépenses (Ord. + Extra.)"));
    for (int e = 0; e < count; e++) {
      out.append(';').append(plain(sum(first + e, null, Side.EXPENSES).toBigInteger()));
    }
    out.append(';').append(plain(sumAll(Side.EXPENSES).toBigInteger())).append('\n');
    out.append(";;;").append(csv("Coût net"));
    for (int e = 0; e < count; e++) {
      out.append(';').append(plain(netCostCents(first + e)));
    }
    out.append(';').append(plain(sumAll(Side.EXPENSES).toBigInteger()
        .subtract(sumAll(Side.RECEIPTS).toBigInteger()))).append('\n');
    return out.toString();
  }

  private static String plain(BigInteger cents) {
    return new BigDecimal(cents, 2).toPlainString();
  }

  private static String csv(String field) {
    if (field.indexOf(';') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
