package be.pst.io.sheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** The text of one part of a workbook, for tests that look inside. */
final class XlsxParts {

  private XlsxParts() {}

  static String read(Path workbook, String part) throws IOException {
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      return new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(),
          StandardCharsets.UTF_8);
    }
  }
}
