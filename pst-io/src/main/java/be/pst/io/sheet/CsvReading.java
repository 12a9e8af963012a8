package be.pst.io.sheet;

import be.pst.budget.line.BudgetLine;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/** Reading CSV lines: the declared dialect, or the separator under which the header is found. */
final class CsvReading {

  /** Opens the text afresh, split on a separator. */
  interface Opener {
    CsvSource open(char separator) throws IOException;
  }

  private CsvReading() {}

  static List<BudgetLine> read(Opener opener, String source, ColumnMapping mapping,
      CsvOptions options) throws IOException, SheetFormatException {
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(options, "options");
    mapping.requireComplete();
    List<CsvDialect> candidates = options.dialect().map(List::of)
        .orElse(List.of(CsvDialect.BELGIAN, CsvDialect.PLAIN));
    LinesReader.Missing closest = null;
    SheetFormatException failure = null;
    for (CsvDialect dialect : candidates) {
      try (CsvSource rows = opener.open(dialect.separator())) {
        LinesReader.Missing[] missing = new LinesReader.Missing[1];
        LinesReader.Header header;
        try {
          header = LinesReader.findHeader(rows, mapping, missing);
        } catch (SheetFormatException e) {
          // Split on the wrong separator, the first rows may not even be valid CSV.
          if (failure == null) {
            failure = e;
          }
          continue;
        }
        if (header != null) {
          return LinesReader.readLines(rows, mapping, header, dialect.decimalMark());
        }
        if (closest == null
            || missing[0] != null && missing[0].missing.size() < closest.missing.size()) {
          closest = missing[0];
        }
      }
    }
    if (closest == null && failure != null) {
      throw failure;
    }
    throw LinesReader.noHeader(source, null, mapping, closest);
  }
}
