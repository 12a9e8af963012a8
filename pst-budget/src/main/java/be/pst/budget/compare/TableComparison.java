package be.pst.budget.compare;

import be.pst.budget.BudgetTable.RowKind;
import be.pst.budget.BudgetTable;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.internal.AnnexSections;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.money.EuroAmount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Two consolidated budgets cell by cell (tableau comparatif): for every exercice and row of the
 * annex layout — economic groups, unclassified lines, total receipts, total expenses, net cost — the
 * reference amount, the compared amount and their {@link Variance}. Each side is a {@link
 * BudgetTable} of one figure: the tables are never added together.
 *
 * <p>Columns are the exercices of both tables (a table has nothing in an exercice it does not
 * cover), or those given to {@link #within}; rows are those of either table, in the annex order.
 * Instances are immutable and thread-safe.
 */
public final class TableComparison {

  private final String title;
  private final BudgetTable reference;
  private final BudgetTable compared;
  private final String referenceLabel;
  private final String comparedLabel;
  private final List<Integer> exercices;
  private final List<Row> rows;

  private TableComparison(String title, BudgetTable reference, BudgetTable compared,
      String referenceLabel, String comparedLabel, List<Integer> exercices) {
    this.title = title;
    this.reference = reference;
    this.compared = compared;
    this.referenceLabel = referenceLabel;
    this.comparedLabel = comparedLabel;
    this.exercices = List.copyOf(exercices);
    this.rows = buildRows();
  }

  /**
   * Compares two tables, over the exercices of both.
   *
   * @param title what is compared, printed first
   * @param reference the reference table: planned, or older
   * @param compared the compared table: realised, or newer
   * @return the comparison; the labels of its sides are the tables' figures
   */
  public static TableComparison of(String title, BudgetTable reference, BudgetTable compared) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(compared, "compared");
    return of(title, reference, compared, reference.figure().label(), compared.figure().label());
  }

  /**
   * Compares two tables, over the exercices of both, with labels of one's own for the sides
   * ("version adoptée", "version mise à jour").
   *
   * @param title what is compared, printed first
   * @param reference the reference table
   * @param compared the compared table
   * @param referenceLabel the label of the reference side
   * @param comparedLabel the label of the compared side
   * @return the comparison
   */
  public static TableComparison of(String title, BudgetTable reference, BudgetTable compared,
      String referenceLabel, String comparedLabel) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(compared, "compared");
    Objects.requireNonNull(referenceLabel, "referenceLabel");
    Objects.requireNonNull(comparedLabel, "comparedLabel");
    TreeSet<Integer> years = new TreeSet<>(reference.exercices());
    years.addAll(compared.exercices());
    return new TableComparison(title, reference, compared, referenceLabel, comparedLabel,
        new ArrayList<>(years));
  }

  /**
   * The same comparison over some exercices only, such as the years whose accounts are closed.
   *
   * @param firstExercice the first exercice kept
   * @param lastExercice the last exercice kept
   * @return the comparison over the exercices of this one within that range (maybe none)
   */
  public TableComparison within(int firstExercice, int lastExercice) {
    List<Integer> kept = new ArrayList<>();
    for (int year : exercices) {
      if (year >= firstExercice && year <= lastExercice) {
        kept.add(year);
      }
    }
    return new TableComparison(title, reference, compared, referenceLabel, comparedLabel, kept);
  }

  /**
   * A copy with another title.
   *
   * @param title the title
   * @return the copy
   */
  public TableComparison withTitle(String title) {
    return new TableComparison(Objects.requireNonNull(title, "title"), reference, compared,
        referenceLabel, comparedLabel, exercices);
  }

  // ------------------------------------------------------------------ what it holds

  /**
   * What is compared.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The reference table (planned, or older), whole.
   *
   * @return the table
   */
  public BudgetTable reference() {
    return reference;
  }

  /**
   * The compared table (realised, or newer), whole.
   *
   * @return the table
   */
  public BudgetTable compared() {
    return compared;
  }

  /**
   * The label of the reference side.
   *
   * @return e.g. {@code "Projection"}
   */
  public String referenceLabel() {
    return referenceLabel;
  }

  /**
   * The label of the compared side.
   *
   * @return e.g. {@code "Imputé"}
   */
  public String comparedLabel() {
    return comparedLabel;
  }

  /**
   * The figure of the reference table.
   *
   * @return e.g. {@link BudgetFigure#PROJECTION}
   */
  public BudgetFigure referenceFigure() {
    return reference.figure();
  }

  /**
   * The figure of the compared table.
   *
   * @return e.g. {@link BudgetFigure#CHARGED}
   */
  public BudgetFigure comparedFigure() {
    return compared.figure();
  }

  /**
   * The compared exercices, in order.
   *
   * @return the columns
   */
  public List<Integer> exercices() {
    return exercices;
  }

  /**
   * The rows in the annex order: per section (extraordinary expenses, extraordinary receipts,
   * ordinary expenses, ordinary receipts) a heading, its groups and its unclassified row, each
   * present in either table; then total receipts, total expenses and net cost.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * One cell.
   *
   * @param exercice an exercice
   * @param group an economic group
   * @return both amounts of the group in that exercice (zero where a table has nothing)
   */
  public Variance cell(int exercice, EconomicGroup group) {
    Objects.requireNonNull(group, "group");
    return new Variance(amount(reference, exercice, group), amount(compared, exercice, group));
  }

  /**
   * The net cost (expenses − receipts) of an exercice on both sides.
   *
   * @param exercice an exercice
   * @return the variance of the net cost
   */
  public Variance netCost(int exercice) {
    return new Variance(netCost(reference, exercice), netCost(compared, exercice));
  }

  /**
   * The net cost over the compared exercices on both sides.
   *
   * @return the variance of the total net cost
   */
  public Variance totalNetCost() {
    return rows.get(rows.size() - 1).total();
  }

  /**
   * The expenses (ordinary and extraordinary) over the compared exercices on both sides.
   *
   * @return the variance of the total expenses
   */
  public Variance totalExpenses() {
    return rows.get(rows.size() - 2).total();
  }

  /**
   * The receipts (ordinary and extraordinary) over the compared exercices on both sides.
   *
   * @return the variance of the total receipts
   */
  public Variance totalReceipts() {
    return rows.get(rows.size() - 3).total();
  }

  /**
   * Whether every cell of every compared exercice is equal on both sides.
   *
   * @return {@code true} if there is no variance
   */
  public boolean isZero() {
    for (Row row : rows) {
      for (Variance cell : row.cells()) {
        if (!cell.isZero()) {
          return false;
        }
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ rows

  private List<Row> buildRows() {
    List<Row> result = new ArrayList<>();
    for (int s = 0; s < AnnexSections.SERVICES.size(); s++) {
      Service service = AnnexSections.SERVICES.get(s);
      Side side = AnnexSections.SIDES.get(s);
      List<Row> section = new ArrayList<>();
      for (EconomicGroup g : EconomicGroup.of(service, side)) {
        if (reference.groups().contains(g) || compared.groups().contains(g)) {
          List<Variance> cells = new ArrayList<>();
          for (int year : exercices) {
            cells.add(cell(year, g));
          }
          section.add(new Row(RowKind.GROUP, g.displayName(), Optional.of(g),
              Optional.of(service), Optional.of(side), cells));
        }
      }
      if (hasUnclassified(reference, service, side) || hasUnclassified(compared, service, side)) {
        List<Variance> cells = new ArrayList<>();
        for (int year : exercices) {
          cells.add(new Variance(unclassified(reference, year, service, side),
              unclassified(compared, year, service, side)));
        }
        section.add(new Row(RowKind.UNCLASSIFIED, "Non classé", Optional.empty(),
            Optional.of(service), Optional.of(side), cells));
      }
      if (!section.isEmpty()) {
        result.add(new Row(RowKind.SECTION, (side == Side.RECEIPTS ? "Recettes " : "Dépenses ")
            + (service == Service.ORDINARY ? "Ordinaires" : "Extraordinaires"), Optional.empty(),
            Optional.of(service), Optional.of(side), List.of()));
        result.addAll(section);
      }
    }
    List<Variance> receipts = new ArrayList<>();
    List<Variance> expenses = new ArrayList<>();
    List<Variance> net = new ArrayList<>();
    for (int year : exercices) {
      receipts.add(new Variance(receipts(reference, year), receipts(compared, year)));
      expenses.add(new Variance(expenses(reference, year), expenses(compared, year)));
      net.add(netCost(year));
    }
    result.add(new Row(RowKind.TOTAL_RECEIPTS, "Total des Recettes (Ord. + Extra.)",
        Optional.empty(), Optional.empty(), Optional.of(Side.RECEIPTS), receipts));
    result.add(new Row(RowKind.TOTAL_EXPENSES, "Total des Dépenses (Ord. + Extra.)",
        Optional.empty(), Optional.empty(), Optional.of(Side.EXPENSES), expenses));
    result.add(new Row(RowKind.NET_COST, "Coût net (dépenses − recettes)", Optional.empty(),
        Optional.empty(), Optional.empty(), net));
    return Collections.unmodifiableList(result);
  }

  private static boolean hasUnclassified(BudgetTable table, Service service, Side side) {
    for (BudgetTable.Row row : table.rows()) {
      if (row.kind() == RowKind.UNCLASSIFIED && row.service().equals(Optional.of(service))
          && row.side().equals(Optional.of(side))) {
        return true;
      }
    }
    return false;
  }

  private static EuroAmount amount(BudgetTable table, int year, EconomicGroup group) {
    return table.covers(year) ? table.amount(year, group) : EuroAmount.zero();
  }

  private static EuroAmount unclassified(BudgetTable table, int year, Service service,
      Side side) {
    return table.covers(year) ? table.unclassified(year, service, side) : EuroAmount.zero();
  }

  private static EuroAmount receipts(BudgetTable table, int year) {
    return table.covers(year) ? table.totalReceipts(year) : EuroAmount.zero();
  }

  private static EuroAmount expenses(BudgetTable table, int year) {
    return table.covers(year) ? table.totalExpenses(year) : EuroAmount.zero();
  }

  private static EuroAmount netCost(BudgetTable table, int year) {
    return table.covers(year) ? table.netCost(year) : EuroAmount.zero();
  }

  /**
   * One row of a {@link TableComparison}: its kind and label as in {@link BudgetTable.Row}, and
   * one {@link Variance} per compared exercice. Instances are immutable and thread-safe.
   *
   * @param kind what the row holds
   * @param label the French label, e.g. {@code "70 Personnel"}
   * @param group the economic group of a {@link RowKind#GROUP} row
   * @param service the service of a section, group or unclassified row
   * @param side the side of a row, if it has one
   * @param cells one variance per exercice of the comparison; empty for a section heading
   */
  public record Row(RowKind kind, String label, Optional<EconomicGroup> group,
      Optional<Service> service, Optional<Side> side, List<Variance> cells) {

    /**
     * Checks and copies the components.
     *
     * @param kind what the row holds
     * @param label the French label
     * @param group the group, if any
     * @param service the service, if any
     * @param side the side, if any
     * @param cells the variances per exercice
     */
    public Row {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(side, "side");
      cells = List.copyOf(cells);
    }

    /**
     * The row over all its exercices.
     *
     * @return the sums of both sides
     */
    public Variance total() {
      List<EuroAmount> references = new ArrayList<>();
      List<EuroAmount> compareds = new ArrayList<>();
      for (Variance cell : cells) {
        references.add(cell.reference());
        compareds.add(cell.compared());
      }
      return new Variance(EuroAmount.sum(references), EuroAmount.sum(compareds));
    }
  }

  /**
   * The comparison laid out as the annex, Belgian style: the title and the two figures, a header
   * with one column per exercice and a total, then for each row four lines — the reference, the
   * compared amount, the variance in euros and in percent (two decimals, half-even; {@value
   * Variance#UNDEFINED} when the reference is zero) — and a legend.
   *
   * @return the text table
   */
  @Override
  public String toString() {
    List<String[]> lines = new ArrayList<>();
    List<Boolean> headings = new ArrayList<>();
    String[] header = new String[exercices.size() + 3];
    header[0] = "";
    header[1] = "";
    for (int i = 0; i < exercices.size(); i++) {
      header[i + 2] = Integer.toString(exercices.get(i));
    }
    header[header.length - 1] = "Total";
    lines.add(header);
    headings.add(false);
    for (Row row : rows) {
      if (row.kind() == RowKind.SECTION) {
        lines.add(new String[] {row.label()});
        headings.add(true);
        continue;
      }
      List<Variance> cells = new ArrayList<>(row.cells());
      cells.add(row.total());
      String[][] block = new String[4][cells.size() + 2];
      block[0][0] = row.label();
      block[1][0] = "";
      block[2][0] = "";
      block[3][0] = "";
      block[0][1] = referenceLabel;
      block[1][1] = comparedLabel;
      block[2][1] = "écart";
      block[3][1] = "écart %";
      for (int c = 0; c < cells.size(); c++) {
        Variance v = cells.get(c);
        block[0][c + 2] = v.reference().formatPlain();
        block[1][c + 2] = v.compared().formatPlain();
        block[2][c + 2] = v.difference().formatPlain();
        block[3][c + 2] = v.formatPercent();
      }
      for (String[] line : block) {
        lines.add(line);
        headings.add(false);
      }
    }
    int[] widths = new int[header.length];
    for (int r = 0; r < lines.size(); r++) {
      if (!headings.get(r)) {
        String[] line = lines.get(r);
        for (int c = 0; c < line.length; c++) {
          widths[c] = Math.max(widths[c], line[c].length());
        }
      }
    }
    StringBuilder out = new StringBuilder(title).append(" — ").append(referenceLabel)
        .append(" et ").append(comparedLabel).append('\n');
    for (int r = 0; r < lines.size(); r++) {
      String[] line = lines.get(r);
      StringBuilder text = new StringBuilder(line[0]);
      if (!headings.get(r)) {
        text.append(" ".repeat(widths[0] - line[0].length()));
        text.append("  ").append(line[1]).append(" ".repeat(widths[1] - line[1].length()));
        for (int c = 2; c < line.length; c++) {
          text.append("  ").append(" ".repeat(widths[c] - line[c].length())).append(line[c]);
        }
      }
      out.append(text.toString().stripTrailing()).append('\n');
    }
    out.append("écart = ").append(comparedLabel).append(" − ").append(referenceLabel)
        .append(" ; écart % relatif à « ").append(referenceLabel).append(" » ; ")
        .append(Variance.UNDEFINED).append(" : montant de référence nul\n");
    return out.toString();
  }
}
