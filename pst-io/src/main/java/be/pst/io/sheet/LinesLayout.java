package be.pst.io.sheet;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Budget lines as a grid: a header row with the mapping's headers, then one row a line, each
 * value written as {@link CellValues} reads it back. Writing never drops a value: a line with a
 * value in a column the mapping does not name is an error (a line without a group needs the
 * service and side columns, a line of another figure than the projection the figure column).
 */
final class LinesLayout {

  private LinesLayout() {}

  static Grid grid(List<? extends BudgetLine> lines, ColumnMapping mapping) {
    mapping.requireComplete();
    requireCovered(lines, mapping);
    Grid grid = new Grid("Budget");
    List<BudgetColumn> columns = mapping.columns();
    List<OutCell> header = new ArrayList<>();
    for (BudgetColumn column : columns) {
      header.add(OutCell.heading(mapping.header(column).orElseThrow()));
    }
    grid.row(header);
    grid.frozenRows = 1;
    for (BudgetLine line : lines) {
      OutCell[] row = new OutCell[columns.size()];
      for (int c = 0; c < row.length; c++) {
        row[c] = cell(line, columns.get(c));
      }
      grid.row(row);
    }
    return grid;
  }

  private static OutCell cell(BudgetLine line, BudgetColumn column) {
    switch (column) {
      case ELEMENT_CODE:
        return OutCell.text(line.elementCode().orElse(""));
      case EXERCICE:
        return OutCell.integer(line.exercice());
      case SERVICE:
        return OutCell.text(line.service().label());
      case SIDE:
        return OutCell.text(line.side().label());
      case GROUP:
        return OutCell.text(line.group().map(EconomicGroup::code).orElse(""));
      case ARTICLE:
        return OutCell.text(line.article().map(Object::toString).orElse(""));
      case AMOUNT:
        return OutCell.amount(line.amount());
      case FIGURE:
        return OutCell.text(line.figure().label());
      case FUNDING:
        return OutCell.text(line.funding().map(CellValues::fundingText).orElse(""));
      case LABEL:
        return OutCell.text(line.label().orElse(""));
      case ESTIMATE:
        return OutCell.text(CellValues.estimateText(line.estimate()));
      default:
        throw new AssertionError(column);
    }
  }

  private static void requireCovered(List<? extends BudgetLine> lines, ColumnMapping mapping) {
    Set<BudgetColumn> used = EnumSet.noneOf(BudgetColumn.class);
    for (BudgetLine line : lines) {
      if (line.elementCode().isPresent()) {
        used.add(BudgetColumn.ELEMENT_CODE);
      }
      if (line.article().isPresent()) {
        used.add(BudgetColumn.ARTICLE);
      }
      if (line.funding().isPresent()) {
        used.add(BudgetColumn.FUNDING);
      }
      if (line.label().isPresent()) {
        used.add(BudgetColumn.LABEL);
      }
      if (line.estimate()) {
        used.add(BudgetColumn.ESTIMATE);
      }
      if (line.figure() != BudgetFigure.PROJECTION) {
        used.add(BudgetColumn.FIGURE);
      }
      if (line.group().isPresent()) {
        used.add(BudgetColumn.GROUP);
      } else {
        // Without a group, the service and the side are all that place the line.
        used.add(BudgetColumn.SERVICE);
        used.add(BudgetColumn.SIDE);
      }
    }
    used.removeAll(mapping.columns());
    if (!used.isEmpty()) {
      throw new IllegalArgumentException("the lines have values in the columns " + used
          + ", which the mapping does not name: they would be lost; map them, or use"
          + " ColumnMapping.defaults()");
    }
  }
}
