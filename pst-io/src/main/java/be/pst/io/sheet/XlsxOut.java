package be.pst.io.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Grids as an {@code .xlsx} workbook, one sheet each, written with fastexcel: amounts are
 * numeric cells in the euro format {@code #,##0.00 "€"}, whole numbers numeric cells, texts
 * string cells; headings bold; columns as wide as their content. Only used after
 * {@link XlsxSupport#require()} found fastexcel on the class path.
 */
final class XlsxOut {

  /** Excel's number format for euros in Belgium: {@code 287.500,00 €}, {@code -984.700,00 €}. */
  static final String EURO_FORMAT = "#,##0.00\\ \"€\"";

  static void write(List<Grid> grids, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "pst", "1.0");
    Set<String> used = new HashSet<>();
    for (Grid grid : grids) {
      Worksheet sheet = workbook.newWorksheet(sheetName(grid.name, used));
      int[] widths = grid.columnWidths();
      for (int c = 0; c < widths.length; c++) {
        sheet.width(c, widths[c]);
      }
      for (int r = 0; r < grid.rows.size(); r++) {
        OutCell[] row = grid.rows.get(r);
        for (int c = 0; c < row.length; c++) {
          write(sheet, r, c, row[c]);
        }
      }
      if (grid.frozenRows > 0) {
        sheet.freezePane(0, grid.frozenRows);
      }
    }
    workbook.finish();
  }

  private static void write(Worksheet sheet, int r, int c, OutCell cell) {
    switch (cell.kind) {
      case AMOUNT:
        if (cell.euros.stripTrailingZeros().precision() > CellValues.EXCEL_PRECISION
            .getPrecision()) {
          throw new IllegalArgumentException("amount " + cell.euros.toPlainString()
              + " has more than 15 significant digits, which a spreadsheet cell cannot hold"
              + " exactly (it keeps 15): write it to CSV instead");
        }
        sheet.value(r, c, cell.euros);
        if (cell.bold) {
          sheet.style(r, c).format(EURO_FORMAT).bold().set();
        } else {
          sheet.style(r, c).format(EURO_FORMAT).set();
        }
        break;
      case INTEGER:
        sheet.value(r, c, Integer.valueOf(cell.text));
        break;
      case TEXT:
        requireXmlText(cell.text);
        sheet.value(r, c, cell.text);
        if (cell.bold) {
          sheet.style(r, c).bold().set();
        }
        break;
      default:
        break;
    }
  }

  /** A text an XML 1.0 file can hold: no control character but tab and line ends. */
  private static void requireXmlText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean surrogate = Character.isSurrogate(ch);
      if (surrogate) {
        if (Character.isHighSurrogate(ch) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
      }
      if (surrogate || ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r'
          || ch == '\uFFFE' || ch == '\uFFFF') {
        throw new IllegalArgumentException(String.format(
            "text %s holds the character U+%04X, which an .xlsx cannot hold: write CSV instead",
            SheetProblem.quoted(text), (int) ch));
      }
    }
  }

  /**
   * A valid, unused sheet name: at most 31 characters, none of {@code []:*?/\}, not blank,
   * unique ignoring case ({@code "Budget (2)"} for a second "Budget").
   */
  static String sheetName(String wanted, Set<String> used) {
    String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
    if (base.startsWith("'")) {
      base = base.substring(1);
    }
    if (base.isBlank()) {
      base = "Feuille";
    }
    String name = cut(base, 31);
    for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = cut(base, 31 - suffix.length()) + suffix;
    }
    return name;
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end).strip();
  }
}
