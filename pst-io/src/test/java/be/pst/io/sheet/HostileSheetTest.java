package be.pst.io.sheet;

import static be.pst.io.sheet.BudgetSheetCsvTest.failure;
import static be.pst.io.sheet.TestWorkbooks.number;
import static be.pst.io.sheet.TestWorkbooks.row;
import static be.pst.io.sheet.TestWorkbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files fail fast, with a {@link SheetFormatException} and nothing else, before they
 * cost memory or time out of proportion to their size.
 */
class HostileSheetTest {

  private static final ColumnMapping MAPPING = BudgetSheet.mapping().exercice("Exercice")
      .group("Groupe").amount("Montant");

  private static final String HEADER = row(1, text("A1", "Exercice"), text("B1", "Groupe"),
      text("C1", "Montant"));

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * The failure of {@code call}, which must cost less than {@code limit} of CPU time of this
   * thread (what the reader costs, which other builds on the machine do not inflate).
   */
  private static SheetFormatException fastFailure(Duration limit,
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    long start = THREADS.getCurrentThreadCpuTime();
    SheetFormatException e = failure(call);
    assertThat(Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start)).isLessThan(limit);
    return e;
  }

  @Test
  void aZipBombStopsAtItsCompressionRatio(@TempDir Path dir) throws Exception {
    byte[] spaces = new byte[64 << 20];
    Arrays.fill(spaces, (byte) ' ');
    Path bomb = TestWorkbooks.withSheet(HEADER).part("xl/worksheets/sheet1.xml", spaces)
        .write(dir.resolve("bomb.xlsx"));
    spaces = null;
    assertThat(Files.size(bomb)).isLessThan(1 << 20);

    SheetFormatException e = fastFailure(Duration.ofSeconds(5),
        () -> BudgetSheet.readXlsx(bomb, MAPPING));

    assertThat(e.expected()).contains("inflates more than 100 times its compressed size")
        .contains("zip bomb");
  }

  @Test
  void aPartLargerThanTheLimitStopsThere(@TempDir Path dir) throws Exception {
    StringBuilder rows = new StringBuilder(HEADER);
    for (int r = 2; r < 2000; r++) {
      rows.append(row(r, number("A" + r, "2020"), text("B" + r, "70"),
          number("C" + r, Integer.toString(r * 7919 % 100_000))));
    }
    Path file = TestWorkbooks.withSheet(rows.toString()).write(dir.resolve("big.xlsx"));
    Limits small = new Limits(1000, 100, 1000, 10_000, 1 << 20, 20_000);

    SheetFormatException e = failure(() -> BudgetSheet.readXlsx(file, MAPPING, null, small));

    assertThat(e.expected()).isEqualTo("part xl/worksheets/sheet1.xml inflates to more than"
        + " 20000 bytes (SheetLimits.MAX_PART_BYTES)");
  }

  @Test
  void aMillionColumnRowFailsAtTheColumnLimit(@TempDir Path dir) throws Exception {
    String csv = "Exercice;Groupe;Montant\n" + ";".repeat(1_000_000) + "\n";
    SheetFormatException e = fastFailure(Duration.ofSeconds(2),
        () -> BudgetSheet.parseCsv(csv, MAPPING));
    assertThat(e.row()).isEqualTo(2);
    assertThat(e.expected()).isEqualTo("more than 16384 columns in one row"
        + " (SheetLimits.MAX_COLUMNS)");

    StringBuilder cells = new StringBuilder();
    for (int c = 1; c <= 16_385; c++) {
      cells.append("<c><v>1</v></c>");
    }
    Path wide = TestWorkbooks.withSheet(HEADER + "<row r=\"2\">" + cells + "</row>")
        .write(dir.resolve("wide.xlsx"));
    assertThat(fastFailure(Duration.ofSeconds(2), () -> BudgetSheet.readXlsx(wide, MAPPING))
        .expected()).isEqualTo("a cell beyond column XFD (SheetLimits.MAX_COLUMNS)");
  }

  @Test
  void aCellReferenceFarBeyondTheLastColumnAllocatesNothing(@TempDir Path dir)
      throws Exception {
    // 1.5 KB that makes a streaming reader which sizes rows by the last cell's column allocate
    // a row of 12 million cells.
    Path file = TestWorkbooks.withSheet(HEADER + row(2, number("ZZZZZ2", "1")))
        .write(dir.resolve("far.xlsx"));

    SheetFormatException e = fastFailure(Duration.ofSeconds(1),
        () -> BudgetSheet.readXlsx(file, MAPPING));

    assertThat(e.expected()).contains("a cell reference '\"ZZZZZ2\"' that is not a column and"
        + " a row");
  }

  @Test
  void aTenMegabyteCellFailsAtTheCellLimit(@TempDir Path dir) throws Exception {
    String huge = "x".repeat(10 << 20);
    SheetFormatException csv = fastFailure(Duration.ofSeconds(2),
        () -> BudgetSheet.parseCsv("Exercice;Groupe;Montant\n2020;70;" + huge + "\n", MAPPING));
    assertThat(csv.cell()).contains("C2");
    assertThat(csv.expected()).isEqualTo("a cell longer than 32767 characters"
        + " (SheetLimits.MAX_CELL_CHARS)");

    // Below the compression-ratio grace, so that the cell limit is what stops it.
    Path long1 = TestWorkbooks.withSheet(HEADER + row(2, text("A2", "y".repeat(40_000))))
        .write(dir.resolve("long.xlsx"));
    SheetFormatException xlsx = fastFailure(Duration.ofSeconds(2),
        () -> BudgetSheet.readXlsx(long1, MAPPING));
    assertThat(xlsx.cell()).contains("A2");
    assertThat(xlsx.expected()).isEqualTo("a cell longer than 32767 characters"
        + " (SheetLimits.MAX_CELL_CHARS)");

    Path long2 = TestWorkbooks.withSheet(HEADER + row(2, text("A2", huge)))
        .write(dir.resolve("huge.xlsx"));
    fastFailure(Duration.ofSeconds(2), () -> BudgetSheet.readXlsx(long2, MAPPING));
  }

  @Test
  void deeplyNestedXmlFailsAtTheDepthLimit(@TempDir Path dir) throws Exception {
    String deep = "<a>".repeat(100_000) + "</a>".repeat(100_000);
    Path file = TestWorkbooks.withSheet(HEADER + "<row r=\"2\"><c r=\"A2\"><v>" + deep
        + "</v></c></row>").write(dir.resolve("deep.xlsx"));

    SheetFormatException e = fastFailure(Duration.ofSeconds(2),
        () -> BudgetSheet.readXlsx(file, MAPPING));

    assertThat(e.expected()).contains("XML elements nested deeper than 32 levels");
  }

  @Test
  void aDoctypeIsRefusedBeforeAnyEntityIsResolved(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "2020");
    String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">]><worksheet xmlns=\"" + TestWorkbooks.MAIN + "\"><sheetData>"
        + HEADER + row(2, "<c r=\"A2\"><v>&xxe;</v></c>") + "</sheetData></worksheet>";
    Path file = TestWorkbooks.withSheet(HEADER).part("xl/worksheets/sheet1.xml", sheet)
        .write(dir.resolve("xxe.xlsx"));

    SheetFormatException e = failure(() -> BudgetSheet.readXlsx(file, MAPPING));

    assertThat(e.expected()).contains("DOCTYPE").doesNotContain("2020");
  }

  @Test
  void filesThatAreNoXlsxSaySoAndWhatToDo(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("budget.xlsx"), "Exercice;Groupe;Montant\n");
    assertThat(failure(() -> BudgetSheet.readXlsx(csv, MAPPING)).expected())
        .startsWith("not an .xlsx workbook");

    Path xls = Files.write(dir.resolve("old.xls"),
        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1});
    assertThat(failure(() -> BudgetSheet.readXlsx(xls, MAPPING)).expected())
        .contains("Excel 97-2003 (.xls)");

    Path truncated = dir.resolve("truncated.xlsx");
    byte[] whole = Files.readAllBytes(TestWorkbooks.withSheet(HEADER)
        .write(dir.resolve("whole.xlsx")));
    Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
    assertThat(failure(() -> BudgetSheet.readXlsx(truncated, MAPPING)).expected())
        .startsWith("damaged .xlsx");

    // The end record's comment length (its last two bytes) points past the end of the file:
    // java.util.zip.ZipFile throws an EOFException, not a ZipException.
    Path endPastTheEnd = dir.resolve("end-past-the-end.xlsx");
    byte[] damaged = whole.clone();
    damaged[damaged.length - 1] = (byte) 0xF8;
    Files.write(endPastTheEnd, damaged);
    assertThat(failure(() -> BudgetSheet.readXlsx(endPastTheEnd, MAPPING)).expected())
        .startsWith("damaged .xlsx");
  }

  @Test
  void rowsOutOfOrderOrTooManyRowsFail(@TempDir Path dir) throws Exception {
    Path unordered = TestWorkbooks.withSheet(HEADER + row(3, number("A3", "2020"))
        + row(2, number("A2", "2020"))).write(dir.resolve("unordered.xlsx"));
    assertThat(failure(() -> BudgetSheet.readXlsx(unordered, MAPPING)).expected())
        .contains("row 2 after row 3");

    Limits fewRows = new Limits(3, 100, 1000, 10_000, 1 << 20, 1 << 20);
    String csv = "Exercice;Groupe;Montant\n2020;70;1\n2020;70;1\n2020;70;1\n";
    SheetFormatException e = failure(() -> BudgetSheet.parseCsv(csv, MAPPING,
        CsvOptions.of(CsvDialect.BELGIAN), fewRows));
    assertThat(e.row()).isEqualTo(4);
    assertThat(e.expected()).isEqualTo("more than 3 rows (SheetLimits.MAX_ROWS)");
  }

  @Test
  void aRowLongerThanTheRowLimitFails() {
    String csv = "Exercice;Groupe;Montant\n" + ("x".repeat(30_000) + ";").repeat(40) + "\n";
    assertThat(failure(() -> BudgetSheet.parseCsv(csv, MAPPING)).expected())
        .isEqualTo("a row longer than 1048576 characters (SheetLimits.MAX_ROW_CHARS)");
  }

  @Test
  void aHugeExponentIsNoAmount(@TempDir Path dir) throws Exception {
    Path file = TestWorkbooks.withSheet(HEADER + row(2, number("A2", "2020"), text("B2", "70"),
        number("C2", "1E999999999"))).write(dir.resolve("exp.xlsx"));
    SheetFormatException e = failure(() -> BudgetSheet.readXlsx(file, MAPPING));
    assertThat(e.cell()).contains("C2");
    assertThat(e.expected()).startsWith("an amount in euros to the cent");
  }
}
