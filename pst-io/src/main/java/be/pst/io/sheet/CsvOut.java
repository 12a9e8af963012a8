package be.pst.io.sheet;

import java.util.List;

/**
 * Grids as CSV text: fields separated by the dialect's separator, quoted (RFC 4180) only when
 * they hold the separator, a quote or a line end, records ending with CRLF; amounts as plain
 * decimals with the dialect's decimal mark and no grouping ({@code -287500,00}), which every
 * spreadsheet of that locale reads as a number; several grids one after the other, an empty
 * record between two.
 */
final class CsvOut {

  /** The byte order mark: without it, Excel reads UTF-8 CSV as Windows-1252. */
  static final String BOM = "\uFEFF";

  private CsvOut() {}

  static String text(List<Grid> grids, CsvDialect dialect) {
    StringBuilder out = new StringBuilder(BOM);
    for (int g = 0; g < grids.size(); g++) {
      if (g > 0) {
        out.append("\r\n");
      }
      for (OutCell[] row : grids.get(g).rows) {
        for (int c = 0; c < row.length; c++) {
          if (c > 0) {
            out.append(dialect.separator());
          }
          out.append(field(row[c], dialect));
        }
        out.append("\r\n");
      }
    }
    return out.toString();
  }

  private static String field(OutCell cell, CsvDialect dialect) {
    switch (cell.kind) {
      case AMOUNT:
        return cell.euros.toPlainString().replace('.', dialect.decimalMark());
      case INTEGER:
        return cell.text;
      case EMPTY:
        return "";
      default:
        return quoted(cell.text, dialect.separator());
    }
  }

  static String quoted(String text, char separator) {
    if (text.indexOf(separator) < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
