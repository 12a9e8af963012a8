package be.pst.io.sheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text (RFC 4180): fields separated by one character, a field quoted with
 * {@code "} when it holds the separator, a quote or a line end (a quote inside doubled), records
 * ending with CRLF, LF or CR. It reads one character at a time, keeps one record, and checks the
 * {@link Limits} as it goes: never more than a record of at most {@code maxRowChars} is held.
 */
final class CsvSource implements RowSource {

  private final CharInput in;
  private final char separator;
  private final String source;
  private final Limits limits;
  private final String charsetName;
  private int row;
  private int pushedBack = -2;
  private boolean ended;

  CsvSource(CharInput in, char separator, String source, Limits limits, String charsetName) {
    this.in = in;
    this.separator = separator;
    this.source = source;
    this.limits = limits;
    this.charsetName = charsetName;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public String sheet() {
    return null;
  }

  @Override
  public SheetRow next() throws IOException, SheetFormatException {
    if (ended) {
      return null;
    }
    int c = read();
    if (c < 0) {
      ended = true;
      return null;
    }
    row++;
    if (row > limits.maxRows) {
      throw fail(0, "more than " + limits.maxRows + " rows (SheetLimits.MAX_ROWS)");
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int rowChars = 0;
    int startRow = row;
    while (true) {
      // At the start of a field.
      if (fields.size() >= limits.maxColumns) {
        throw fail(0, "more than " + limits.maxColumns + " columns in one row"
            + " (SheetLimits.MAX_COLUMNS)");
      }
      field.setLength(0);
      if (c == '"') {
        while (true) {
          c = read();
          if (c < 0) {
            throw fail(fields.size() + 1, "a quoted field that is never closed: it opens in row "
                + startRow + " and the file ends before its closing quote");
          }
          if (c == '"') {
            c = read();
            if (c != '"') {
              break;
            }
          }
          rowChars = append(field, (char) c, rowChars, fields.size());
        }
        if (c >= 0 && c != separator && c != '\r' && c != '\n') {
          throw fail(fields.size() + 1, "text after the closing quote of a quoted field (found '"
              + (char) c + "'): a quoted field ends at its closing quote");
        }
      } else {
        while (c >= 0 && c != separator && c != '\r' && c != '\n') {
          if (c == '"') {
            throw fail(fields.size() + 1, "a quote inside an unquoted field (after "
                + SheetProblem.quoted(field.toString()) + "): quote the whole field and double"
                + " the quotes inside, as RFC 4180 says");
          }
          rowChars = append(field, (char) c, rowChars, fields.size());
          c = read();
        }
      }
      fields.add(field.toString());
      if (c == separator) {
        rowChars++;
        c = read();
        continue;
      }
      if (c == '\r') {
        int next = read();
        if (next != '\n') {
          pushedBack = next;
        }
      }
      if (c < 0) {
        ended = true;
      }
      return new DenseRow(startRow, fields);
    }
  }

  private int append(StringBuilder field, char c, int rowChars, int column) throws SheetFormatException {
    if (field.length() >= limits.maxCellChars) {
      throw fail(column + 1, "a cell longer than " + limits.maxCellChars
          + " characters (SheetLimits.MAX_CELL_CHARS)");
    }
    if (rowChars >= limits.maxRowChars) {
      throw fail(0, "a row longer than " + limits.maxRowChars
          + " characters (SheetLimits.MAX_ROW_CHARS)");
    }
    field.append(c);
    return rowChars + 1;
  }

  private int read() throws IOException, SheetFormatException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    try {
      return in.read();
    } catch (CharInput.BadEncoding e) {
      if (e.utf8Bom) {
        throw new SheetFormatException(SheetProblem.ofFile(source, null,
            "the file starts with a UTF-8 byte order mark but " + charsetName + " was declared:"
                + " read it as UTF-8, the default"));
      }
      throw new SheetFormatException(new SheetProblem(source, null, Math.max(row, 1), 0, null,
          null, String.format("byte 0x%02X at offset %d is not %s%s", e.value, e.offset,
              charsetName, charsetName.equals("UTF-8")
                  ? ": the file may be in Windows-1252, as Excel's \"CSV (séparateur :"
                      + " point-virgule)\" is; save it as \"CSV UTF-8\", or read it with"
                      + " CsvOptions.detect().windows1252()"
                  : "")));
    }
  }

  private SheetFormatException fail(int column, String expected) {
    return new SheetFormatException(
        new SheetProblem(source, null, row, column, null, null, expected));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
