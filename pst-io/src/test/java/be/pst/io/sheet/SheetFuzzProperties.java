package be.pst.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Damaged input fails with the documented exception and nothing else: a valid workbook with a
 * few bytes changed, and CSV text of separators, quotes, line ends and numbers, are either read
 * or refused with a {@link SheetFormatException}.
 */
class SheetFuzzProperties {

  private static Path dir;
  private static byte[] workbook;

  @BeforeContainer
  static void writeAWorkbook() throws IOException {
    dir = Files.createTempDirectory("pst-fuzz");
    Path file = dir.resolve("base.xlsx");
    BudgetSheet.writeXlsx(List.of(
        BudgetLine.of("OS1-OP1-A1", 2020, EconomicGroup.ofCode("70"), EuroAmount.of("133000.00")),
        BudgetLine.builder().exercice(2021).group(EconomicGroup.ofCode("91"))
            .amount("287500.00").label("Travaux").build()), file);
    workbook = Files.readAllBytes(file);
  }

  @AfterContainer
  static void deleteDirectory() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  @Property(tries = 300)
  void aWorkbookWithChangedBytesIsReadOrRefusedWithTheDocumentedException(
      @ForAll("changes") List<Tuple.Tuple2<Integer, Byte>> changes) throws IOException {
    byte[] damaged = workbook.clone();
    for (Tuple.Tuple2<Integer, Byte> change : changes) {
      damaged[change.get1() % damaged.length] = change.get2();
    }
    Path file = Files.write(Files.createTempFile(dir, "damaged", ".xlsx"), damaged);
    try {
      assertThat(BudgetSheet.readXlsx(file, ColumnMapping.defaults())).hasSizeLessThan(3);
    } catch (SheetFormatException expected) {
      assertThat(expected.problems()).isNotEmpty();
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 500)
  void csvTextIsReadOrRefusedWithTheDocumentedException(@ForAll("csv") String body) {
    try {
      BudgetSheet.parseCsv("Exercice;Groupe;Montant\n" + body, ColumnMapping.empty()
          .exercice("Exercice").group("Groupe").amount("Montant"));
    } catch (SheetFormatException expected) {
      assertThat(expected.problems()).isNotEmpty();
    }
  }

  @Provide
  Arbitrary<List<Tuple.Tuple2<Integer, Byte>>> changes() {
    return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
            Arbitraries.bytes())
        .as(Tuple::of).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> csv() {
    return Arbitraries.strings().withChars(";,\"\r\n 0123456789.-€ax7XO\u00e9\uFEFF")
        .ofMaxLength(200);
  }
}
