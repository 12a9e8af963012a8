package be.pst.budget;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.internal.AnnexSections;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.money.EuroAmount;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A consolidated budget (budget consolidé, "Total par groupe économique"): the amount of every
 * economic group in every exercice, for one {@linkplain #figure() figure} (the PST's projection
 * unless said otherwise), with the totals of the PST annex — per service and side, total receipts
 * and expenses (ordinary + extraordinary), net cost per exercice and total net cost.
 *
 * <p><b>Sign.</b> One convention throughout: the net cost (coût net) is expenses minus receipts,
 * positive when the plan costs more than it brings in. (The annex of seed 000 prints its "Coût
 * total PST" with the opposite sign; this table states its convention on that row instead.)
 *
 * <p><b>Columns</b> are a contiguous range of exercices: the legislature of the consolidated
 * plans, widened to every exercice that has a line. Asking for an exercice outside them is an
 * {@link IllegalArgumentException} naming the range, never a silent zero. <b>Rows</b> are the
 * economic groups that received at least one line, even of zero euros, and — only when lines
 * without a known group were consolidated — a row "non classé" per service and side, so that the
 * totals always hold every line.
 *
 * <p>Amounts are kept as {@code long} cents, with an exact carry for a cell that would overflow,
 * so every amount and total is exact whatever its size. Instances are immutable and thread-safe.
 */
public final class BudgetTable {

  private static final int GROUPS = CellMatrix.GROUPS;
  private static final int ROWS = CellMatrix.ROWS;
  private static final EconomicGroup[] ALL = EconomicGroup.values();

  /** The default title, that of the annex of seed 000. */
  static final String ANNEX_TITLE = "Total par groupe économique";

  private final BudgetFigure figure;
  private final String title;
  private final int first;
  private final int count;
  private final long[] cells;
  private final BigInteger[] carries;
  private final int rowMask;
  private final String note;

  BudgetTable(BudgetFigure figure, String title, int first, int count, long[] cells,
      BigInteger[] carries, int rowMask) {
    this(figure, title, first, count, cells, carries, rowMask, null);
  }

  private BudgetTable(BudgetFigure figure, String title, int first, int count, long[] cells,
      BigInteger[] carries, int rowMask, String note) {
    this.figure = figure;
    this.title = title;
    this.note = note;
    this.first = first;
    this.count = count;
    this.cells = cells;
    this.carries = carries;
    this.rowMask = rowMask;
  }

  /**
   * A table with no line, over the given exercices.
   *
   * @param figure the figure of the table
   * @param firstExercice the first column
   * @param lastExercice the last column, not before {@code firstExercice}, at most 9999
   * @return a table of zeros with no row
   * @throws IllegalArgumentException if the exercices are not four-digit years in order
   */
  public static BudgetTable empty(BudgetFigure figure, int firstExercice, int lastExercice) {
    Objects.requireNonNull(figure, "figure");
    if (firstExercice < 1000 || lastExercice > 9999 || lastExercice < firstExercice) {
      throw new IllegalArgumentException("exercices must be four-digit years in order: "
          + firstExercice + "–" + lastExercice);
    }
    return new CellMatrix(firstExercice, lastExercice).toTable(figure, ANNEX_TITLE);
  }

  // ------------------------------------------------------------------ what the table is

  /**
   * Which figure the table consolidates.
   *
   * @return the figure of every line it holds
   */
  public BudgetFigure figure() {
    return figure;
  }

  /**
   * The title the table prints on its first line.
   *
   * @return e.g. {@code "Total par groupe économique"} or {@code "OS1 - Etre un CPAS…"}
   */
  public String title() {
    return title;
  }

  /**
   * A copy with another title, e.g. for a table of one action.
   *
   * @param title the title
   * @return the copy
   */
  public BudgetTable withTitle(String title) {
    Objects.requireNonNull(title, "title");
    return new BudgetTable(figure, title, first, count, cells, carries, rowMask, note);
  }

  /**
   * A note printed under the table: what it leaves out, such as lines of other figures.
   *
   * @return the note, if any
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /** A copy with a note. */
  BudgetTable withNote(String note) {
    return new BudgetTable(figure, title, first, count, cells, carries, rowMask, note);
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
   * Whether an exercice is one of the columns.
   *
   * @param exercice a year
   * @return {@code true} if the table has a column for it
   */
  public boolean covers(int exercice) {
    return count > 0 && exercice >= first && exercice < first + count;
  }

  /**
   * The groups that received at least one line.
   *
   * @return the group rows of the table, in {@link EconomicGroup} order
   */
  public Set<EconomicGroup> groups() {
    Set<EconomicGroup> result = EnumSet.noneOf(EconomicGroup.class);
    for (EconomicGroup g : ALL) {
      if ((rowMask & (1 << g.ordinal())) != 0) {
        result.add(g);
      }
    }
    return Collections.unmodifiableSet(result);
  }

  /**
   * Whether lines without a known economic group were consolidated (rows "non classé").
   *
   * @return {@code true} if the table has an unclassified row
   */
  public boolean hasUnclassified() {
    return (rowMask >>> GROUPS) != 0;
  }

  // ------------------------------------------------------------------ amounts

  /**
   * The amount of a group in an exercice.
   *
   * @param exercice the budget year, one of {@link #exercices()}
   * @param group the economic group
   * @return the sum of its lines; zero if there is none
   * @throws IllegalArgumentException if the exercice is not a column of the table
   */
  public EuroAmount amount(int exercice, EconomicGroup group) {
    Objects.requireNonNull(group, "group");
    return cell(column(exercice), group.ordinal()).toAmount();
  }

  /**
   * The amount of the lines of a service and side whose economic group is not known.
   *
   * @param exercice the budget year, one of {@link #exercices()}
   * @param service the service
   * @param side the side
   * @return the sum of those lines; zero if there is none
   * @throws IllegalArgumentException if the exercice is not a column of the table
   */
  public EuroAmount unclassified(int exercice, Service service, Side side) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(side, "side");
    return cell(column(exercice), LineColumns.unclassifiedRow(service, side)).toAmount();
  }

  /**
   * The total of a group over all exercices.
   *
   * @param group the economic group
   * @return the sum of its lines
   */
  public EuroAmount total(EconomicGroup group) {
    Objects.requireNonNull(group, "group");
    CentSum sum = new CentSum();
    for (int e = 0; e < count; e++) {
      sum.add(cell(e, group.ordinal()));
    }
    return sum.toAmount();
  }

  /**
   * The total of a service and side in an exercice, e.g. the ordinary expenses of 2020, its
   * unclassified lines included.
   *
   * @param exercice the budget year, one of {@link #exercices()}
   * @param service the service
   * @param side the side
   * @return the sum of the groups of that service and side
   * @throws IllegalArgumentException if the exercice is not a column of the table
   */
  public EuroAmount total(int exercice, Service service, Side side) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(side, "side");
    return sum(column(exercice), service, side).toAmount();
  }

  /**
   * The total receipts of an exercice, ordinary and extraordinary ("Total des Recettes (Ord. +
   * Extra.)").
   *
   * @param exercice the budget year, one of {@link #exercices()}
   * @return the sum of every receipt
   * @throws IllegalArgumentException if the exercice is not a column of the table
   */
  public EuroAmount totalReceipts(int exercice) {
    return sum(column(exercice), null, Side.RECEIPTS).toAmount();
  }

  /**
   * The total expenses of an exercice, ordinary and extraordinary ("Total des Dépenses (Ord. +
   * Extra.)").
   *
   * @param exercice the budget year, one of {@link #exercices()}
   * @return the sum of every expense
   * @throws IllegalArgumentException if the exercice is not a column of the table
   */
  public EuroAmount totalExpenses(int exercice) {
    return sum(column(exercice), null, Side.EXPENSES).toAmount();
  }

  /**
   * The total receipts over all exercices.
   *
   * @return the sum of every receipt of every exercice
   */
  public EuroAmount totalReceipts() {
    return sumAll(Side.RECEIPTS).toAmount();
  }

  /**
   * The total expenses over all exercices.
   *
   * @return the sum of every expense of every exercice
   */
  public EuroAmount totalExpenses() {
    return sumAll(Side.EXPENSES).toAmount();
  }

  /**
   * The net cost of an exercice ("Coût net"): total expenses minus total receipts.
   *
   * @param exercice the budget year, one of {@link #exercices()}
   * @return positive when the plan costs more than it brings in
   * @throws IllegalArgumentException if the exercice is not a column of the table
   */
  public EuroAmount netCost(int exercice) {
    int e = column(exercice);
    return sum(e, null, Side.EXPENSES).subtract(sum(e, null, Side.RECEIPTS)).toAmount();
  }

  /**
   * The total net cost over all exercices ("Coût total"): total expenses minus total receipts.
   *
   * @return positive when the plan costs more than it brings in, e.g. 984.700,00 €
   */
  public EuroAmount totalNetCost() {
    return sumAll(Side.EXPENSES).subtract(sumAll(Side.RECEIPTS)).toAmount();
  }

  /**
   * This table plus another of the same figure: every cell added, columns and rows joined.
   *
   * @param other the table to add
   * @return the sum of both tables, with this table's title
   * @throws IllegalArgumentException if the tables are of different figures
   */
  public BudgetTable plus(BudgetTable other) {
    Objects.requireNonNull(other, "other");
    if (other.figure != figure) {
      throw new IllegalArgumentException("cannot add a table of " + other.figure.label()
          + " to a table of " + figure.label());
    }
    CellMatrix matrix = new CellMatrix(this);
    matrix.addAll(new CellMatrix(other));
    return matrix.toTable(figure, title);
  }

  // ------------------------------------------------------------------ rows

  /**
   * The rows of the table as the annex lays them out, for writers (text, CSV, spreadsheets,
   * reports): a heading per section that has lines ("Dépenses Extraordinaires", "Recettes
   * Extraordinaires", "Dépenses Ordinaires", "Recettes Ordinaires"), its group rows and its
   * unclassified row if any, then the total receipts, total expenses and net cost rows.
   *
   * @return the rows, in print order
   */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (int s = 0; s < AnnexSections.SERVICES.size(); s++) {
      Service service = AnnexSections.SERVICES.get(s);
      Side side = AnnexSections.SIDES.get(s);
      List<Row> section = new ArrayList<>();
      for (EconomicGroup g : EconomicGroup.of(service, side)) {
        if ((rowMask & (1 << g.ordinal())) != 0) {
          section.add(row(RowKind.GROUP, g.displayName(), Optional.of(g), service, side,
              g.ordinal()));
        }
      }
      int unclassified = LineColumns.unclassifiedRow(service, side);
      if ((rowMask & (1 << unclassified)) != 0) {
        section.add(row(RowKind.UNCLASSIFIED, "Non classé", Optional.empty(), service, side,
            unclassified));
      }
      if (!section.isEmpty()) {
        rows.add(new Row(RowKind.SECTION, sectionTitle(service, side), Optional.empty(),
            Optional.of(service), Optional.of(side), List.of(), EuroAmount.zero()));
        rows.addAll(section);
      }
    }
    rows.add(totalRow(RowKind.TOTAL_RECEIPTS, "Total des Recettes (Ord. + Extra.)", Side.RECEIPTS));
    rows.add(totalRow(RowKind.TOTAL_EXPENSES, "Total des Dépenses (Ord. + Extra.)", Side.EXPENSES));
    List<EuroAmount> net = new ArrayList<>(count);
    for (int e = 0; e < count; e++) {
      net.add(sum(e, null, Side.EXPENSES).subtract(sum(e, null, Side.RECEIPTS)).toAmount());
    }
    rows.add(new Row(RowKind.NET_COST, "Coût net (dépenses − recettes)", Optional.empty(),
        Optional.empty(), Optional.empty(), net, totalNetCost()));
    return Collections.unmodifiableList(rows);
  }

  private Row row(RowKind kind, String label, Optional<EconomicGroup> group, Service service,
      Side side, int index) {
    List<EuroAmount> amounts = new ArrayList<>(count);
    CentSum total = new CentSum();
    for (int e = 0; e < count; e++) {
      CentSum c = cell(e, index);
      amounts.add(c.toAmount());
      total.add(c);
    }
    return new Row(kind, label, group, Optional.of(service), Optional.of(side), amounts,
        total.toAmount());
  }

  private Row totalRow(RowKind kind, String label, Side side) {
    List<EuroAmount> amounts = new ArrayList<>(count);
    for (int e = 0; e < count; e++) {
      amounts.add(sum(e, null, side).toAmount());
    }
    return new Row(kind, label, Optional.empty(), Optional.empty(), Optional.of(side), amounts,
        sumAll(side).toAmount());
  }

  /** What a row of a {@link BudgetTable} holds. Instances are immutable and thread-safe. */
  public enum RowKind {
    /** A section heading: a service and a side, no amounts. */
    SECTION,
    /** An economic group. */
    GROUP,
    /** The lines of a service and side whose economic group is not known (non classé). */
    UNCLASSIFIED,
    /** The total receipts, ordinary and extraordinary. */
    TOTAL_RECEIPTS,
    /** The total expenses, ordinary and extraordinary. */
    TOTAL_EXPENSES,
    /** The net cost: expenses minus receipts. */
    NET_COST
  }

  /**
   * One row of a {@link BudgetTable}: its kind, its French label, its group, service and side
   * where they apply, one amount per exercice of the table and the total over the exercices.
   *
   * @param kind what the row holds
   * @param label the French label, e.g. {@code "91 Investissements"}
   * @param group the economic group of a {@link RowKind#GROUP} row
   * @param service the service of a section, group or unclassified row
   * @param side the side of a section, group, unclassified or total row
   * @param amounts one amount per exercice of the table, in order; empty for a section heading
   * @param total the sum of {@code amounts}
   */
  public record Row(RowKind kind, String label, Optional<EconomicGroup> group,
      Optional<Service> service, Optional<Side> side, List<EuroAmount> amounts,
      EuroAmount total) {

    /**
     * Checks and copies the components.
     *
     * @param kind what the row holds
     * @param label the French label
     * @param group the economic group, if any
     * @param service the service, if any
     * @param side the side, if any
     * @param amounts the amounts per exercice
     * @param total their sum
     */
    public Row {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(side, "side");
      amounts = List.copyOf(amounts);
      Objects.requireNonNull(total, "total");
    }
  }

  // ------------------------------------------------------------------ internals

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

  int rowMask() {
    return rowMask;
  }

  /** The column of an exercice, or an exception naming the columns. */
  private int column(int exercice) {
    if (!covers(exercice)) {
      throw new IllegalArgumentException("exercice " + exercice + " is not in this table ("
          + (count == 0 ? "no exercice" : first + "–" + (first + count - 1)) + ")");
    }
    return exercice - first;
  }

  private CentSum cell(int column, int row) {
    CentSum sum = new CentSum();
    int index = column * ROWS + row;
    sum.add(cells[index]);
    if (carries != null && carries[index] != null) {
      sum.add(carries[index]);
    }
    return sum;
  }

  private CentSum sum(int column, Service service, Side side) {
    CentSum sum = new CentSum();
    for (EconomicGroup g : ALL) {
      if (g.side() == side && (service == null || g.service() == service)) {
        sum.add(cell(column, g.ordinal()));
      }
    }
    for (Service s : Service.values()) {
      if (service == null || s == service) {
        sum.add(cell(column, LineColumns.unclassifiedRow(s, side)));
      }
    }
    return sum;
  }

  private CentSum sumAll(Side side) {
    CentSum sum = new CentSum();
    for (int e = 0; e < count; e++) {
      sum.add(sum(e, null, side));
    }
    return sum;
  }

  /**
   * Two tables are equal when they have the same figure, columns, rows and amount in every cell;
   * the title is not compared.
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
    if (figure != other.figure || (first != other.first && count != 0) || count != other.count
        || rowMask != other.rowMask) {
      return false;
    }
    if (carries == null && other.carries == null) {
      return Arrays.equals(cells, other.cells);
    }
    for (int e = 0; e < count; e++) {
      for (int r = 0; r < ROWS; r++) {
        if (!cell(e, r).toBigInteger().equals(other.cell(e, r).toBigInteger())) {
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
    int h = 31 * figure.hashCode() + (count == 0 ? 0 : first);
    h = 31 * h + count;
    h = 31 * h + rowMask;
    for (int e = 0; e < count; e++) {
      for (int r = 0; r < ROWS; r++) {
        h = 31 * h + cell(e, r).toBigInteger().hashCode();
      }
    }
    return h;
  }

  /**
   * The table laid out as the PST annex "Total par groupe économique" (seed 000): the title (and
   * the figure, when it is not the projection), a header line with one column per exercice, the
   * rows of {@link #rows()}, and a last line "Coût total 2019-2024 (dépenses − recettes)" with the
   * total net cost. Amounts are printed Belgian style without the euro sign ({@code
   * 287.500,00}), right-aligned; columns are separated by two spaces; lines end with {@code \n}.
   *
   * @return the text table
   */
  @Override
  public String toString() {
    List<String[]> lines = new ArrayList<>();
    List<Boolean> headings = new ArrayList<>();
    String[] header = new String[count + 1];
    header[0] = figure == BudgetFigure.PROJECTION ? "Les Projections" : figure.label();
    for (int e = 0; e < count; e++) {
      header[e + 1] = Integer.toString(first + e);
    }
    lines.add(header);
    headings.add(false);
    for (Row row : rows()) {
      if (row.kind() == RowKind.SECTION) {
        lines.add(new String[] {row.label()});
        headings.add(true);
        continue;
      }
      String[] cellsText = new String[count + 1];
      cellsText[0] = row.label();
      for (int e = 0; e < count; e++) {
        cellsText[e + 1] = row.amounts().get(e).formatPlain();
      }
      lines.add(cellsText);
      headings.add(false);
    }
    String totalLabel = "Coût total" + (count == 0 ? "" : " " + first + "-" + (first + count - 1))
        + " (dépenses − recettes)";
    lines.add(new String[] {totalLabel + "  " + totalNetCost().formatPlain()});
    headings.add(true);

    int[] widths = new int[count + 1];
    for (int r = 0; r < lines.size(); r++) {
      if (headings.get(r)) {
        continue;
      }
      String[] line = lines.get(r);
      for (int c = 0; c < line.length; c++) {
        widths[c] = Math.max(widths[c], line[c].length());
      }
    }
    StringBuilder out = new StringBuilder(title);
    if (figure != BudgetFigure.PROJECTION) {
      out.append(" — ").append(figure.label());
    }
    out.append('\n');
    for (int r = 0; r < lines.size(); r++) {
      String[] line = lines.get(r);
      StringBuilder text = new StringBuilder(line[0]);
      if (!headings.get(r)) {
        text.append(" ".repeat(widths[0] - line[0].length()));
        for (int c = 1; c < line.length; c++) {
          text.append("  ").append(" ".repeat(widths[c] - line[c].length())).append(line[c]);
        }
      }
      out.append(text.toString().stripTrailing()).append('\n');
    }
    if (note != null) {
      out.append(note).append('\n');
    }
    return out.toString();
  }

  private static String sectionTitle(Service service, Side side) {
    return (side == Side.RECEIPTS ? "Recettes " : "Dépenses ")
        + (service == Service.ORDINARY ? "Ordinaires" : "Extraordinaires");
  }
}
