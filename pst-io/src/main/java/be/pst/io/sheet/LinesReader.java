package be.pst.io.sheet;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.core.funding.FundingSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Budget lines from rows: finds the header row, then turns every other non-blank row into a
 * line, column by column as the {@link ColumnMapping} says, collecting every bad cell. Any
 * problem means no line at all.
 */
final class LinesReader {

  private LinesReader() {}

  /** Where the mapped columns are: the header row and each column's 0-based index. */
  static final class Header {
    final int row;
    final Map<BudgetColumn, Integer> index;

    Header(int row, Map<BudgetColumn, Integer> index) {
      this.row = row;
      this.index = index;
    }
  }

  /** What the search for the header found when it found no header row. */
  static final class Missing {
    final int row;
    final List<String> cells;
    final List<String> missing;

    Missing(int row, List<String> cells, List<String> missing) {
      this.row = row;
      this.cells = cells;
      this.missing = missing;
    }
  }

  /**
   * The header row among the first {@link SheetLimits#HEADER_SEARCH_ROWS} rows: the first that
   * holds every mapped header. Returns {@code null} (and fills {@code missing[0]} with the row
   * that came closest) if there is none.
   */
  static Header findHeader(RowSource rows, ColumnMapping mapping, Missing[] missing)
      throws IOException, SheetFormatException {
    Missing closest = null;
    for (int n = 0; n < SheetLimits.HEADER_SEARCH_ROWS; n++) {
      SheetRow row = rows.next();
      if (row == null) {
        break;
      }
      Map<String, List<Integer>> columnsByKey = new HashMap<>();
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.width(); i++) {
        RawCell cell = row.cell(i);
        if (cell.kind == RawCell.Kind.TEXT) {
          columnsByKey.computeIfAbsent(ColumnMapping.key(cell.text), k -> new ArrayList<>())
              .add(i);
          cells.add(cell.text);
        }
      }
      Map<BudgetColumn, Integer> index = new EnumMap<>(BudgetColumn.class);
      List<String> absent = new ArrayList<>();
      for (BudgetColumn column : mapping.columns()) {
        String header = mapping.header(column).orElseThrow();
        List<Integer> at = columnsByKey.get(ColumnMapping.key(header));
        if (at == null) {
          absent.add(header);
        } else if (at.size() > 1) {
          throw new SheetFormatException(new SheetProblem(rows.source(), rows.sheet(),
              row.number(), at.get(1) + 1, header, null, "one column headed '" + header
                  + "', but columns " + SheetProblem.columnLetters(at.get(0) + 1) + " and "
                  + SheetProblem.columnLetters(at.get(1) + 1) + " both are"));
        } else {
          index.put(column, at.get(0));
        }
      }
      if (absent.isEmpty()) {
        return new Header(row.number(), index);
      }
      if (closest == null || absent.size() < closest.missing.size()) {
        closest = new Missing(row.number(), cells, absent);
      }
    }
    missing[0] = closest;
    return null;
  }

  static SheetFormatException noHeader(String source, String sheet, ColumnMapping mapping,
      Missing closest) {
    List<String> headers = new ArrayList<>();
    mapping.columns().forEach(c -> headers.add(mapping.header(c).orElseThrow()));
    if (closest == null) {
      return new SheetFormatException(SheetProblem.ofFile(source, sheet,
          "a header row with " + headers + ", but the sheet is empty"));
    }
    return new SheetFormatException(new SheetProblem(source, sheet, closest.row, 0, null, null,
        "a header row with the mapped headers " + headers + " among the first "
            + SheetLimits.HEADER_SEARCH_ROWS + " rows; the closest, row " + closest.row
            + ", lacks " + closest.missing + " and holds " + closest.cells));
  }

  /** The lines of the rows after the header; every bad cell is reported. */
  static List<BudgetLine> readLines(RowSource rows, ColumnMapping mapping, Header header,
      char decimalMark) throws IOException, SheetFormatException {
    List<BudgetLine> lines = new ArrayList<>();
    List<SheetProblem> problems = new ArrayList<>();
    for (SheetRow row = rows.next(); row != null; row = rows.next()) {
      if (row.isBlank()) {
        continue;
      }
      RowReader reader = new RowReader(rows, mapping, header, row, problems);
      BudgetLine line = reader.line(decimalMark);
      if (line != null && problems.isEmpty()) {
        lines.add(line);
      }
      if (problems.size() >= SheetLimits.MAX_PROBLEMS) {
        throw new SheetFormatException(problems.subList(0, SheetLimits.MAX_PROBLEMS), true);
      }
    }
    if (!problems.isEmpty()) {
      throw new SheetFormatException(problems, false);
    }
    return lines;
  }

  /** The cells of one row, each read as its column says. */
  private static final class RowReader {
    private final RowSource rows;
    private final ColumnMapping mapping;
    private final Header header;
    private final SheetRow row;
    private final List<SheetProblem> problems;
    private boolean bad;

    RowReader(RowSource rows, ColumnMapping mapping, Header header, SheetRow row,
        List<SheetProblem> problems) {
      this.rows = rows;
      this.mapping = mapping;
      this.header = header;
      this.row = row;
      this.problems = problems;
    }

    /** A reading of one cell, which may fail with what was expected. */
    interface Reading<T> {
      T read(RawCell cell) throws CellValues.Bad;
    }

    private <T> T read(BudgetColumn column, Reading<T> reading, T absent) {
      Integer index = header.index.get(column);
      if (index == null) {
        return absent;
      }
      RawCell cell = row.cell(index);
      try {
        return reading.read(cell);
      } catch (CellValues.Bad e) {
        bad = true;
        problems.add(new SheetProblem(rows.source(), rows.sheet(), row.number(), index + 1,
            mapping.header(column).orElseThrow(),
            cell.kind == RawCell.Kind.EMPTY ? "" : cell.text, e.getMessage()));
        return absent;
      }
    }

    /**
     * A row with no group and no service or side: reported at the group's column when the
     * mapping names it, otherwise at the first empty one of the service and the side. No group
     * is ever guessed.
     */
    private void noPlace(boolean noService, boolean noSide) {
      String lacks = noService && noSide ? "the service and the side"
          : noService ? "the service" : "the side";
      String expected = "an economic group, or, for a line without a group, a service and a"
          + " side; this row has no group and lacks " + lacks;
      BudgetColumn column = header.index.containsKey(BudgetColumn.GROUP) ? BudgetColumn.GROUP
          : noService ? BudgetColumn.SERVICE : BudgetColumn.SIDE;
      int index = header.index.get(column);
      RawCell cell = row.cell(index);
      bad = true;
      problems.add(new SheetProblem(rows.source(), rows.sheet(), row.number(), index + 1,
          mapping.header(column).orElseThrow(),
          cell.kind == RawCell.Kind.EMPTY ? "" : cell.text, expected));
    }

    BudgetLine line(char decimalMark) {
      Optional<String> element = read(BudgetColumn.ELEMENT_CODE, CellValues::elementCode,
          Optional.empty());
      Integer exercice = read(BudgetColumn.EXERCICE, CellValues::exercice, null);
      int problemsBefore = problems.size();
      Optional<Service> service = read(BudgetColumn.SERVICE, CellValues::service,
          Optional.empty());
      Optional<Side> side = read(BudgetColumn.SIDE, CellValues::side, Optional.empty());
      Optional<EconomicGroup> group = read(BudgetColumn.GROUP,
          cell -> CellValues.group(cell, service, side), Optional.empty());
      boolean placeRead = problems.size() == problemsBefore;
      if (placeRead && group.isEmpty() && (service.isEmpty() || side.isEmpty())) {
        noPlace(service.isEmpty(), side.isEmpty());
      }
      Optional<BudgetArticle> article =
          read(BudgetColumn.ARTICLE, CellValues::article, Optional.empty());
      Long cents = read(BudgetColumn.AMOUNT, cell -> CellValues.amountCents(cell, decimalMark),
          null);
      BudgetFigure figure = read(BudgetColumn.FIGURE, CellValues::figure,
          BudgetFigure.PROJECTION);
      Optional<FundingSource> funding =
          read(BudgetColumn.FUNDING, CellValues::funding, Optional.empty());
      Optional<String> label = read(BudgetColumn.LABEL, CellValues::label, Optional.empty());
      boolean estimate = read(BudgetColumn.ESTIMATE, CellValues::estimate, false);
      if (bad) {
        return null;
      }
      BudgetLine.Builder line = BudgetLine.builder();
      // One call a statement: the builder's methods return a type private to pst-budget.
      line.exercice(exercice);
      if (group.isPresent()) {
        line.group(group.get());
      } else {
        line.service(service.orElseThrow());
        line.side(side.orElseThrow());
      }
      line.amount(EuroAmount.ofCents(cents));
      line.figure(figure);
      line.elementCode(element);
      line.article(article);
      line.funding(funding);
      line.label(label);
      line.estimate(estimate);
      return line.build();
    }
  }
}
