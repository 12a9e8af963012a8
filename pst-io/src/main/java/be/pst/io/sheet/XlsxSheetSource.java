package be.pst.io.sheet;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The rows of one sheet of an {@code .xlsx}, parsed as a stream: one row is held at a time,
 * rows and cells must come in increasing order (as every spreadsheet writes them), a row holds
 * at most {@link SheetLimits#MAX_COLUMNS} cells and a cell at most
 * {@link SheetLimits#MAX_CELL_CHARS} characters. Formulas are not evaluated: a formula cell is
 * read as the value the spreadsheet last computed and stored.
 */
final class XlsxSheetSource implements RowSource {

  /** Excel's last row. */
  private static final int LAST_ROW = 1_048_576;

  private final XlsxWorkbook workbook;
  private final XmlPart xml;
  private final XMLStreamReader reader;
  private final String source;
  private final String sheet;
  private final List<String> strings;
  private final Limits limits;

  private boolean inData;
  private boolean done;
  private int rows;
  private int lastRow;

  private int[] columns = new int[16];
  private RawCell[] cells = new RawCell[16];
  private int size;

  private final StringBuilder value = new StringBuilder();
  private boolean capture;
  private boolean inInline;
  private boolean hasValue;
  private boolean hasFormula;
  private int phonetic;
  private String type;
  private int column;

  XlsxSheetSource(XlsxWorkbook workbook, XmlPart xml, String source, String sheet,
      List<String> strings, Limits limits) {
    this.workbook = workbook;
    this.xml = xml;
    this.reader = xml.reader();
    this.source = source;
    this.sheet = sheet;
    this.strings = strings;
    this.limits = limits;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public String sheet() {
    return sheet;
  }

  @Override
  public SheetRow next() throws IOException, SheetFormatException {
    while (!done && xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
          start(reader.getLocalName());
          break;
        case XMLStreamConstants.END_ELEMENT: {
          String local = reader.getLocalName();
          if (local.equals("row") && inData) {
            return new SparseRow(lastRow, columns, cells, size);
          }
          end(local);
          break;
        }
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (capture) {
            if (value.length() + reader.getTextLength() > limits.maxCellChars) {
              throw cellProblem("a cell longer than " + limits.maxCellChars
                  + " characters (SheetLimits.MAX_CELL_CHARS)");
            }
            value.append(reader.getTextCharacters(), reader.getTextStart(),
                reader.getTextLength());
          }
          break;
        default:
          break;
      }
    }
    done = true;
    return null;
  }

  private void start(String local) throws SheetFormatException {
    switch (local) {
      case "sheetData":
        inData = true;
        break;
      case "row":
        if (inData) {
          startRow();
        }
        break;
      case "c":
        if (inData) {
          startCell();
        }
        break;
      case "v":
        hasValue = true;
        capture = !inInline;
        value.setLength(0);
        break;
      case "is":
        inInline = true;
        hasValue = true;
        value.setLength(0);
        break;
      case "rPh":
        phonetic++;
        capture = false;
        break;
      case "t":
        capture = inInline && phonetic == 0;
        break;
      case "f":
        hasFormula = true;
        capture = false;
        break;
      default:
        break;
    }
  }

  private void end(String local) throws SheetFormatException {
    switch (local) {
      case "sheetData":
        done = true;
        break;
      case "c":
        if (inData) {
          endCell();
        }
        break;
      case "v":
      case "t":
        capture = false;
        break;
      case "is":
        inInline = false;
        break;
      case "rPh":
        phonetic--;
        break;
      default:
        break;
    }
  }

  private void startRow() throws SheetFormatException {
    String r = xml.attribute("r");
    int number;
    if (r == null) {
      number = lastRow + 1;
    } else {
      number = parsePositive(r, 7);
      if (number < 1 || number > LAST_ROW) {
        throw xml.fail("a row numbered '" + r + "' (rows are 1 to " + LAST_ROW + ")");
      }
    }
    if (number <= lastRow) {
      throw xml.fail("row " + number + " after row " + lastRow
          + " (rows must come in increasing order)");
    }
    if (++rows > limits.maxRows) {
      throw new SheetFormatException(new SheetProblem(source, sheet, number, 0, null, null,
          "more than " + limits.maxRows + " rows (SheetLimits.MAX_ROWS)"));
    }
    lastRow = number;
    size = 0;
  }

  private void startCell() throws SheetFormatException {
    String ref = xml.attribute("r");
    int previous = size == 0 ? 0 : columns[size - 1] + 1;
    int col = ref == null ? previous + 1 : columnOf(ref);
    if (col <= previous) {
      throw xml.fail("cell " + ref + " comes after column "
          + SheetProblem.columnLetters(previous) + " (cells must come in increasing order)");
    }
    if (col > limits.maxColumns) {
      throw new SheetFormatException(new SheetProblem(source, sheet, lastRow, 0, null, null,
          "a cell beyond column " + SheetProblem.columnLetters(limits.maxColumns)
              + " (SheetLimits.MAX_COLUMNS)"));
    }
    column = col;
    type = xml.attribute("t");
    hasValue = false;
    hasFormula = false;
    inInline = false;
    capture = false;
    phonetic = 0;
    value.setLength(0);
  }

  /** The 1-based column of a reference such as {@code B7}, whose row must be the current one. */
  private int columnOf(String ref) throws SheetFormatException {
    int i = 0;
    int col = 0;
    while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z' && i < 4) {
      col = col * 26 + (ref.charAt(i) - 'A' + 1);
      i++;
    }
    if (i == 0 || i == 4 || i == ref.length()) {
      throw xml.fail("a cell reference '" + SheetProblem.quoted(ref) + "' that is not a column"
          + " and a row such as B7");
    }
    int row = parsePositive(ref.substring(i), 7);
    if (row != lastRow) {
      throw xml.fail("cell " + ref + " inside row " + lastRow);
    }
    return col;
  }

  /** A positive decimal of at most {@code digits} digits, or -1. */
  private static int parsePositive(String text, int digits) {
    if (text.isEmpty() || text.length() > digits) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private void endCell() throws SheetFormatException {
    RawCell cell = cell();
    if (cell.kind == RawCell.Kind.EMPTY) {
      return;
    }
    if (size == columns.length) {
      int grown = Math.min(columns.length * 2, limits.maxColumns);
      columns = Arrays.copyOf(columns, grown);
      cells = Arrays.copyOf(cells, grown);
    }
    columns[size] = column - 1;
    cells[size] = cell;
    size++;
  }

  private RawCell cell() throws SheetFormatException {
    String text = value.toString();
    if (!hasValue || (text.isEmpty() && !"inlineStr".equals(type) && !"str".equals(type))) {
      return hasFormula
          ? RawCell.of(RawCell.Kind.ERROR, "(a formula whose value was never computed: open and"
              + " save the workbook in a spreadsheet)")
          : RawCell.EMPTY;
    }
    if (type == null || type.equals("n")) {
      return RawCell.of(RawCell.Kind.NUMBER, text.strip());
    }
    switch (type) {
      case "s": {
        int index = parsePositive(text.strip(), 9);
        if (index < 0 || index >= strings.size()) {
          throw cellProblem("damaged .xlsx: a shared string index '" + text
              + "' out of the table of " + strings.size() + " strings");
        }
        return RawCell.text(strings.get(index));
      }
      case "inlineStr":
      case "str":
      case "d":
        return RawCell.text(text);
      case "b":
        return RawCell.of(RawCell.Kind.BOOLEAN, text.strip());
      case "e":
        return RawCell.of(RawCell.Kind.ERROR, text.strip());
      default:
        throw cellProblem("damaged .xlsx: a cell of unknown type t=\"" + type + "\"");
    }
  }

  private SheetFormatException cellProblem(String what) {
    return new SheetFormatException(
        new SheetProblem(source, sheet, lastRow, column, null, null, what));
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } finally {
      workbook.close();
    }
  }
}
