package be.pst.io.sheet;

import be.pst.budget.BudgetTable;
import be.pst.budget.RollUp;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.money.EuroAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Budget tables and roll-ups as grids. A table is laid out as the PST annex "Total par groupe
 * économique" — the {@linkplain BudgetTable#rows() rows the table gives}, in their order — with
 * a "Total" column over the exercices; a roll-up as a summary of the net cost of each bucket.
 * Every amount is one the table or the roll-up gives: nothing is summed here.
 */
final class AnnexLayout {

  private AnnexLayout() {}

  /**
   * The table under its title: a header row (the figure, the exercices, "Total"), the rows of
   * {@link BudgetTable#rows()} (section headings bold, no amounts), the line "Coût total
   * 2019-2024 (dépenses − recettes)" with the total net cost, and the table's note if any.
   */
  static Grid grid(String sheetName, BudgetTable table) {
    Grid grid = new Grid(sheetName);
    grid.row(OutCell.heading(table.title() + (table.figure() == BudgetFigure.PROJECTION ? ""
        : " — " + table.figure().label())));
    List<Integer> exercices = table.exercices();
    grid.row(header(table.figure() == BudgetFigure.PROJECTION ? "Les Projections"
        : table.figure().label(), exercices));
    grid.frozenRows = 2;
    for (BudgetTable.Row row : table.rows()) {
      if (row.kind() == BudgetTable.RowKind.SECTION) {
        grid.row(OutCell.heading(row.label()));
        continue;
      }
      boolean total = row.kind() != BudgetTable.RowKind.GROUP
          && row.kind() != BudgetTable.RowKind.UNCLASSIFIED;
      boolean net = row.kind() == BudgetTable.RowKind.NET_COST;
      List<OutCell> cells = new ArrayList<>();
      cells.add(total ? OutCell.heading(row.label()) : OutCell.text(row.label()));
      for (EuroAmount amount : row.amounts()) {
        cells.add(net ? OutCell.amount(amount).bold() : OutCell.amount(amount));
      }
      cells.add(OutCell.amount(row.total()).bold());
      grid.row(cells);
    }
    String span = exercices.isEmpty() ? ""
        : " " + exercices.get(0) + "-" + exercices.get(exercices.size() - 1);
    grid.row(OutCell.heading("Coût total" + span + " (dépenses − recettes)"),
        OutCell.amount(table.totalNetCost()).bold());
    table.note().ifPresent(note -> grid.row(OutCell.text(note)));
    return grid;
  }

  /**
   * The summary of a roll-up: its title, a header row, one row per bucket with its label and
   * its net cost per exercice and in total, then the unallocated bucket and the total, as
   * {@link RollUp#toString()} prints them.
   */
  static <K> Grid summary(String sheetName, RollUp<K> rollUp) {
    List<Integer> exercices = rollUp.total().exercices();
    Grid grid = new Grid(sheetName);
    grid.row(OutCell.heading(rollUp.title()));
    grid.row(header("Coût net (dépenses − recettes)", exercices));
    grid.frozenRows = 2;
    for (Map.Entry<K, BudgetTable> bucket : rollUp.buckets().entrySet()) {
      grid.row(netCosts(OutCell.text(rollUp.label(bucket.getKey())), bucket.getValue(),
          exercices, false));
    }
    grid.row(netCosts(OutCell.text(RollUp.UNALLOCATED), rollUp.unallocated(), exercices,
        false));
    grid.row(netCosts(OutCell.heading("Total"), rollUp.total(), exercices, true));
    return grid;
  }

  private static List<OutCell> header(String first, List<Integer> exercices) {
    List<OutCell> header = new ArrayList<>();
    header.add(OutCell.heading(first));
    for (int exercice : exercices) {
      header.add(OutCell.integer(exercice).bold());
    }
    header.add(OutCell.heading("Total"));
    return header;
  }

  private static List<OutCell> netCosts(OutCell label, BudgetTable table,
      List<Integer> exercices, boolean bold) {
    List<OutCell> row = new ArrayList<>();
    row.add(label);
    for (int exercice : exercices) {
      OutCell amount = OutCell.amount(table.netCost(exercice));
      row.add(bold ? amount.bold() : amount);
    }
    row.add(OutCell.amount(table.totalNetCost()).bold());
    return row;
  }
}
