package be.pst.io.sheet;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;

/**
 * An {@code .xlsx} workbook opened for reading with the JDK alone ({@code java.util.zip} and
 * StAX): its sheets by name, their parts, and the shared strings. Every part is read through a
 * {@link BoundedPartStream} and a hardened {@link XmlPart}; the file size and entry count are
 * checked before anything is inflated.
 */
final class XlsxWorkbook implements AutoCloseable {

  private static final String RELATIONSHIPS = "_rels/.rels";
  private static final String DEFAULT_WORKBOOK = "xl/workbook.xml";

  private final ZipFile zip;
  private final String source;
  private final Limits limits;
  private final List<String> sheetNames = new ArrayList<>();
  private final Map<String, String> sheetParts = new HashMap<>();
  private String sharedStringsPart;

  private XlsxWorkbook(ZipFile zip, String source, Limits limits) {
    this.zip = zip;
    this.source = source;
    this.limits = limits;
  }

  static XlsxWorkbook open(Path path, String source, Limits limits)
      throws IOException, SheetFormatException {
    long size = Files.size(path);
    if (size > limits.maxXlsxBytes) {
      throw fail(source, "a file of " + size + " bytes, more than the " + limits.maxXlsxBytes
          + " an .xlsx may have here (SheetLimits.MAX_XLSX_BYTES)");
    }
    byte[] magic;
    try (InputStream in = Files.newInputStream(path)) {
      magic = in.readNBytes(4);
    }
    if (magic.length == 4 && (magic[0] & 0xff) == 0xD0 && (magic[1] & 0xff) == 0xCF
        && (magic[2] & 0xff) == 0x11 && (magic[3] & 0xff) == 0xE0) {
      throw fail(source, "an Excel 97-2003 (.xls) or password-protected workbook, which is not"
          + " read here: save it as \"Excel Workbook (.xlsx)\" without a password, or as CSV");
    }
    if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3
        || magic[3] != 4) {
      throw fail(source, "not an .xlsx workbook: an .xlsx is a zip archive, and this file is"
          + " not one (for a CSV file, use readCsv)");
    }
    ZipFile zip;
    try {
      zip = new ZipFile(path.toFile());
    } catch (ZipException | EOFException e) {
      // EOFException: a central directory whose sizes or offsets point past the end of the file.
      throw new SheetFormatException(SheetProblem.ofFile(source, null,
          "damaged .xlsx: not a readable zip archive (" + e.getMessage() + ")"), e);
    }
    XlsxWorkbook workbook = new XlsxWorkbook(zip, source, limits);
    try {
      workbook.readStructure();
      return workbook;
    } catch (IOException | SheetFormatException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  private static SheetFormatException fail(String source, String what) {
    return new SheetFormatException(SheetProblem.ofFile(source, null, what));
  }

  private void readStructure() throws IOException, SheetFormatException {
    if (zip.size() > SheetLimits.MAX_XLSX_ENTRIES) {
      throw fail(source, "an archive of " + zip.size() + " entries, more than "
          + SheetLimits.MAX_XLSX_ENTRIES + " (SheetLimits.MAX_XLSX_ENTRIES)");
    }
    if (zip.getEntry("content.xml") != null && zip.getEntry(RELATIONSHIPS) == null) {
      throw fail(source, "an OpenDocument spreadsheet (.ods), not an .xlsx: save it as"
          + " \"Excel 2007-365 (.xlsx)\" or as CSV");
    }
    String workbookPart = DEFAULT_WORKBOOK;
    if (zip.getEntry(RELATIONSHIPS) != null) {
      for (String[] rel : relationships(RELATIONSHIPS)) {
        if (rel[2].endsWith("/officeDocument")) {
          workbookPart = resolve("", rel[1]);
        }
      }
    }
    Map<String, String> targets = new HashMap<>();
    String folder = workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1);
    String relsPart = folder + "_rels/" + workbookPart.substring(folder.length()) + ".rels";
    for (String[] rel : relationships(relsPart)) {
      targets.put(rel[0], resolve(folder, rel[1]));
      if (rel[2].endsWith("/sharedStrings")) {
        sharedStringsPart = resolve(folder, rel[1]);
      }
    }
    try (XmlPart xml = part(workbookPart, null)) {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && "sheet".equals(xml.reader().getLocalName())) {
          String name = xml.attribute("name");
          String id = xml.namespacedAttribute("id");
          if (name == null || id == null || !targets.containsKey(id)) {
            throw xml.fail("a <sheet> without a name or with no part (r:id " + id + ")");
          }
          sheetNames.add(name);
          sheetParts.put(name, targets.get(id));
        }
      }
    }
    if (sheetNames.isEmpty()) {
      throw fail(source, "damaged .xlsx: the workbook has no sheet");
    }
  }

  /** The relationships of a part: {Id, Target, Type} each, external ones left out. */
  private List<String[]> relationships(String part) throws IOException, SheetFormatException {
    List<String[]> result = new ArrayList<>();
    try (XmlPart xml = part(part, null)) {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && "Relationship".equals(xml.reader().getLocalName())
            && !"External".equals(xml.attribute("TargetMode"))) {
          String id = xml.attribute("Id");
          String target = xml.attribute("Target");
          String type = xml.attribute("Type");
          if (id != null && target != null) {
            result.add(new String[] {id, target, type == null ? "" : type});
          }
        }
      }
    }
    return result;
  }

  /** The entry name of a relationship target: relative to {@code folder}, or absolute. */
  private String resolve(String folder, String target) throws SheetFormatException {
    String path = target.startsWith("/") ? target.substring(1) : folder + target;
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          throw fail(source, "damaged .xlsx: a relationship target outside the archive: "
              + target);
        }
        segments.removeLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    return String.join("/", segments);
  }

  /** Opens a part for reading, bounded. */
  XmlPart part(String name, String sheet) throws IOException, SheetFormatException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null || entry.isDirectory()) {
      throw new SheetFormatException(SheetProblem.ofFile(source, sheet,
          "damaged .xlsx: the part " + name + " is missing"));
    }
    InputStream raw;
    try {
      raw = zip.getInputStream(entry);
    } catch (ZipException e) {
      throw new SheetFormatException(SheetProblem.ofFile(source, sheet,
          "damaged .xlsx: part " + name + " cannot be read (" + e.getMessage() + ")"), e);
    }
    return XmlPart.open(new BoundedPartStream(raw, name, limits.maxPartBytes,
        entry.getCompressedSize()), name, source, sheet);
  }

  List<String> sheetNames() {
    return List.copyOf(sheetNames);
  }

  /** The rows of a sheet; the first sheet if {@code name} is {@code null}. */
  RowSource sheet(String name) throws IOException, SheetFormatException {
    String sheet = name == null ? sheetNames.get(0) : find(name);
    List<String> strings = sharedStringsPart == null || zip.getEntry(sharedStringsPart) == null
        ? List.of() : sharedStrings(sheet);
    return new XlsxSheetSource(this, part(sheetParts.get(sheet), sheet), source, sheet, strings,
        limits);
  }

  private String find(String name) throws SheetFormatException {
    for (String sheet : sheetNames) {
      if (sheet.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return sheet;
      }
    }
    throw fail(source, "no sheet named '" + name + "'; the workbook's sheets are "
        + sheetNames);
  }

  /** The shared strings table: the text of each {@code <si>}, phonetic runs left out. */
  private List<String> sharedStrings(String sheet) throws IOException, SheetFormatException {
    List<String> strings = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    boolean inItem = false;
    boolean capture = false;
    int phonetic = 0;
    try (XmlPart xml = part(sharedStringsPart, sheet)) {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String local = xml.reader().getLocalName();
          if (local.equals("si")) {
            inItem = true;
            text.setLength(0);
          } else if (local.equals("rPh")) {
            phonetic++;
          } else if (local.equals("t") && inItem && phonetic == 0) {
            capture = true;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String local = xml.reader().getLocalName();
          if (local.equals("si")) {
            if (strings.size() >= SheetLimits.MAX_SHARED_STRINGS) {
              throw xml.fail("more than " + SheetLimits.MAX_SHARED_STRINGS
                  + " shared strings (SheetLimits.MAX_SHARED_STRINGS)");
            }
            strings.add(text.toString());
            inItem = false;
          } else if (local.equals("rPh")) {
            phonetic--;
          } else if (local.equals("t")) {
            capture = false;
          }
        } else if (capture && (event == XMLStreamConstants.CHARACTERS
            || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
          if (text.length() + xml.reader().getTextLength() > limits.maxCellChars) {
            throw xml.fail("shared string " + strings.size() + " is longer than "
                + limits.maxCellChars + " characters (SheetLimits.MAX_CELL_CHARS)");
          }
          text.append(xml.reader().getTextCharacters(), xml.reader().getTextStart(),
              xml.reader().getTextLength());
        }
      }
    }
    return strings;
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
