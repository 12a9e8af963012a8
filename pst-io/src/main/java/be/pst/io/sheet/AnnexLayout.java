package be.pst.io.sheet;

import be.pst.budget.consolidation.BudgetTable;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * A budget table laid out as the PST annex "Total par groupe économique" — the rows and order
 * of {@link BudgetTable#toString()} — with a "Total" column over the exercices. Every amount is
 * one the table gives ({@code amount}, {@code total}, {@code totalReceipts}, {@code netCost}…):
 * nothing is summed here.
 */
final class AnnexLayout {

  /** The annex prints extraordinary expenses and receipts first, then ordinary ones. */
  private static final Service[] SERVICES = {
    Service.EXTRAORDINARY, Service.EXTRAORDINARY, Service.ORDINARY, Service.ORDINARY
  };

  private static final Side[] SIDES = {Side.EXPENSES, Side.RECEIPTS, Side.EXPENSES,
    Side.RECEIPTS};

  private AnnexLayout() {}

  /** The annex under the heading {@code title}. */
  static Grid grid(String sheetName, String title, BudgetTable table) {
    Grid grid = new Grid(sheetName);
    grid.row(OutCell.heading(title));
    List<Integer> exercices = table.exercices();
    List<OutCell> header = new ArrayList<>();
    header.add(OutCell.heading("Les Projections"));
    for (int exercice : exercices) {
      header.add(OutCell.integer(exercice).bold());
    }
    header.add(OutCell.heading("Total"));
    grid.row(header);
    grid.frozenRows = 2;
    for (int s = 0; s < SERVICES.length; s++) {
      List<EconomicGroup> groups = new ArrayList<>();
      for (EconomicGroup group : EconomicGroup.of(SERVICES[s], SIDES[s])) {
        if (table.groups().contains(group)) {
          groups.add(group);
        }
      }
      if (groups.isEmpty()) {
        continue;
      }
      grid.row(OutCell.heading((SIDES[s] == Side.RECEIPTS ? "Recettes " : "Dépenses ")
          + (SERVICES[s] == Service.ORDINARY ? "Ordinaires" : "Extraordinaires")));
      for (EconomicGroup group : groups) {
        List<OutCell> row = new ArrayList<>();
        row.add(OutCell.text(group.displayName()));
        for (int exercice : exercices) {
          row.add(OutCell.amount(table.amount(exercice, group)));
        }
        row.add(OutCell.amount(table.total(group)));
        grid.row(row);
      }
    }
    List<OutCell> receipts = new ArrayList<>(List.of(
        OutCell.heading("Total des Recettes (Ord. + Extra.)")));
    List<OutCell> expenses = new ArrayList<>(List.of(
        OutCell.heading("Total des Dépenses (Ord. + Extra.)")));
    List<OutCell> net = new ArrayList<>(List.of(OutCell.heading("Coût net")));
    for (int exercice : exercices) {
      receipts.add(OutCell.amount(table.totalReceipts(exercice)));
      expenses.add(OutCell.amount(table.totalExpenses(exercice)));
      net.add(OutCell.amount(table.netCost(exercice)).bold());
    }
    receipts.add(OutCell.amount(table.totalReceipts()));
    expenses.add(OutCell.amount(table.totalExpenses()));
    net.add(OutCell.amount(table.totalNetCost()).bold());
    grid.row(receipts).row(expenses).row(net);
    String total = "Coût total PST" + (exercices.isEmpty() ? ""
        : " " + exercices.get(0) + "-" + exercices.get(exercices.size() - 1));
    // As the annex prints it: with a minus sign, what the plan takes from the result.
    grid.row(OutCell.heading(total), OutCell.amount(table.totalNetCost().negate()).bold());
    return grid;
  }

  /** One row per table: its label and its net cost per exercice and in total. */
  static Grid summary(List<NamedTable> tables) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (NamedTable named : tables) {
      List<Integer> exercices = named.table().exercices();
      if (!exercices.isEmpty()) {
        first = Math.min(first, exercices.get(0));
        last = Math.max(last, exercices.get(exercices.size() - 1));
      }
    }
    Grid grid = new Grid("Synthèse");
    grid.row(OutCell.heading("Coût net par tableau"));
    List<OutCell> header = new ArrayList<>();
    header.add(OutCell.heading("Tableau"));
    for (int exercice = first; exercice <= last; exercice++) {
      header.add(OutCell.integer(exercice).bold());
    }
    header.add(OutCell.heading("Total"));
    grid.row(header);
    grid.frozenRows = 2;
    for (NamedTable named : tables) {
      List<OutCell> row = new ArrayList<>();
      row.add(OutCell.text(named.label()));
      for (int exercice = first; exercice <= last; exercice++) {
        row.add(OutCell.amount(named.table().netCost(exercice)));
      }
      row.add(OutCell.amount(named.table().totalNetCost()).bold());
      grid.row(row);
    }
    return grid;
  }
}
