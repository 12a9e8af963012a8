package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.Budgets;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.io.sheet.BudgetSheet;
import be.pst.io.sheet.ColumnMapping;
import be.pst.io.sheet.CsvDialect;
import be.pst.io.sheet.CsvOptions;
import be.pst.io.sheet.SheetFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Budget lines written to a spreadsheet — Belgian CSV, plain CSV, {@code .xlsx} — read back equal
 * with the same mapping, and so consolidate to the same table of every figure: whatever their
 * amounts (negative, up to the 15 significant digits a spreadsheet cell keeps), codes and labels
 * (separators, quotes, line ends, accents, the euro sign), with or without a group (service and
 * side only), of every figure, with and without article, funding source and estimate flag, as
 * the testkit draws them.
 */
class SheetRoundTripProperties {

  private static Path dir;

  @BeforeContainer
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("pst-sheets");
  }

  @AfterContainer
  static void deleteDirectory() throws IOException {
    try (var files = Files.list(dir)) {
      files.forEach(file -> {
        try {
          Files.delete(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    Files.delete(dir);
  }

  @Property(tries = 200)
  void belgianCsvReadsBackEqual(@ForAll("lines") List<BudgetLine> lines)
      throws SheetFormatException {
    String csv = BudgetSheet.toCsv(lines, ColumnMapping.defaults(), CsvDialect.BELGIAN);

    List<BudgetLine> read = BudgetSheet.parseCsv(csv, ColumnMapping.defaults());

    assertThat(read).isEqualTo(lines);
    for (BudgetFigure figure : BudgetFigure.values()) {
      assertThat(Budgets.consolidate(read, figure)).isEqualTo(Budgets.consolidate(lines, figure));
    }
  }

  @Property(tries = 200)
  void plainCsvReadsBackEqual(@ForAll("lines") List<BudgetLine> lines)
      throws SheetFormatException {
    String csv = BudgetSheet.toCsv(lines, ColumnMapping.defaults(), CsvDialect.PLAIN);

    assertThat(BudgetSheet.parseCsv(csv, ColumnMapping.defaults())).isEqualTo(lines);
    assertThat(BudgetSheet.parseCsv(csv, ColumnMapping.defaults(),
        CsvOptions.of(CsvDialect.PLAIN))).isEqualTo(lines);
  }

  @Property(tries = 100)
  void xlsxReadsBackEqual(@ForAll("lines") List<BudgetLine> lines)
      throws IOException, SheetFormatException {
    Path file = Files.createTempFile(dir, "budget", ".xlsx");
    BudgetSheet.writeXlsx(lines, file);

    List<BudgetLine> read = BudgetSheet.readXlsx(file, ColumnMapping.defaults());

    assertThat(read).isEqualTo(lines);
    for (BudgetFigure figure : BudgetFigure.values()) {
      assertThat(Budgets.consolidate(read, figure)).isEqualTo(Budgets.consolidate(lines, figure));
    }
  }

  @Provide
  Arbitrary<List<BudgetLine>> lines() {
    Arbitrary<String> labels = Arbitraries.strings()
        .withChars("aéÈç€ ;,\"'\n\r\t-=+.0123456789").ofMinLength(1).ofMaxLength(30)
        .filter(label -> !label.isBlank() || label.contains("\t"));
    return PstArbitraries.budgetLines()
        .forElements(List.of("OS1", "OS1-OP1", "OS1-OP1-A1", "2.2.1", "A 17", "17"))
        .orPlanLevel()
        .withAmounts(PstArbitraries.amounts().between("-9999999999999.99", "9999999999999.99"))
        .flatMap(line -> labels.optional(0.5)
            .map(label -> label.map(l -> withLabel(line, l)).orElse(line)))
        .list().ofMaxSize(30);
  }

  private static BudgetLine withLabel(BudgetLine line, String label) {
    return line.withLabel(label);
  }
}
