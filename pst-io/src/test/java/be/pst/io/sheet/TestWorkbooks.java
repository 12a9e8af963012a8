package be.pst.io.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hand-made {@code .xlsx} files, part by part, as Excel lays them out: for workbooks with
 * shared strings, formulas and cached values, and for hostile ones.
 */
final class TestWorkbooks {

  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final Map<String, byte[]> parts = new LinkedHashMap<>();

  private TestWorkbooks() {}

  /** A workbook of one sheet "Feuil1" with the given {@code <sheetData>} content. */
  static TestWorkbooks withSheet(String sheetData) {
    return new TestWorkbooks().standard("Feuil1").part("xl/worksheets/sheet1.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\">"
            + "<sheetData>" + sheetData + "</sheetData></worksheet>");
  }

  private TestWorkbooks standard(String sheetName) {
    part("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
    part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
        + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
        + " Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>");
    part("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
        + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets><sheet name=\"" + sheetName
        + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    part("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\""
        + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + REL
        + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
    return this;
  }

  /** Adds the shared strings table. */
  TestWorkbooks sharedStrings(String... strings) {
    StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
        + MAIN + "\">");
    for (String s : strings) {
      sst.append("<si><t xml:space=\"preserve\">").append(s).append("</t></si>");
    }
    return part("xl/sharedStrings.xml", sst.append("</sst>").toString());
  }

  TestWorkbooks part(String name, String xml) {
    parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  TestWorkbooks part(String name, byte[] bytes) {
    parts.put(name, bytes);
    return this;
  }

  Path write(Path path) throws IOException {
    try (OutputStream file = Files.newOutputStream(path);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return path;
  }

  /** An inline-string cell. */
  static String text(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  /** A number cell holding {@code raw} as the file stores it. */
  static String number(String ref, String raw) {
    return "<c r=\"" + ref + "\"><v>" + raw + "</v></c>";
  }

  /** A row of cells. */
  static String row(int number, String... cells) {
    return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
  }
}
