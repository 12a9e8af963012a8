package be.pst.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetTable;
import be.pst.budget.Budgets;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any consolidated table, and its roll-up by funding source, written to Belgian CSV and to
 * {@code .xlsx} reads back with this package's readers to the cent, row for row as
 * {@link BudgetTable#rows()} gives them: lines of every group and without a group, of every
 * figure, amounts negative and up to the 15 significant digits a spreadsheet cell keeps (summed
 * per cell within them).
 */
class TableSheetReadBackProperties {

  private static Path dir;

  @BeforeContainer
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("pst-tables");
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

  @Property(tries = 100)
  void anyTableReadsBackToTheCent(@ForAll("lines") List<BudgetLine> lines,
      @ForAll BudgetFigure figure) throws Exception {
    BudgetTable table = Budgets.consolidate(lines, figure);
    List<List<Object>> expected = TableSheetReadBackTest.annex(table);
    Path file = Files.createTempFile(dir, "table", ".xlsx");
    TableSheet.writeXlsx(table, file);

    assertThat(TableSheetReadBackTest.readCsv(TableSheet.toCsv(table), expected))
        .isEqualTo(expected);
    assertThat(TableSheetReadBackTest.readXlsx(file, "Annexe", expected)).isEqualTo(expected);
  }

  @Property(tries = 50)
  void anyRollUpByFundingSourceReadsBackToTheCent(@ForAll("lines") List<BudgetLine> lines,
      @ForAll BudgetFigure figure) throws Exception {
    // A roll-up is of one figure.
    List<BudgetLine> ofOneFigure = lines.stream().map(l -> l.withFigure(figure)).toList();
    TableSheetReadBackTest.assertRollUpReadsBack(Budgets.byFundingSource(ofOneFigure),
        Files.createTempFile(dir, "rollup", ".xlsx"));
  }

  @Provide
  Arbitrary<List<BudgetLine>> lines() {
    Arbitrary<EconomicGroup> groups = Arbitraries.of(EconomicGroup.class);
    Arbitrary<long[]> place = Arbitraries.integers().between(0, 9).flatMap(kind -> kind == 0
        ? Combinators.combine(Arbitraries.of(Service.class), Arbitraries.of(Side.class))
            .as((service, side) -> new long[] {-1, service.ordinal(), side.ordinal()})
        : groups.map(g -> new long[] {g.ordinal(), 0, 0}));
    // At most 30 lines of at most 10^11 euros: every sum stays within 15 digits.
    Arbitrary<Long> cents = Arbitraries.longs().between(-10_000_000_000_000L,
        10_000_000_000_000L);
    Arbitrary<BudgetLine> line = Combinators.combine(Arbitraries.integers().between(2019, 2024),
        place, cents, Arbitraries.of(BudgetFigure.class),
        Arbitraries.of("Wallonie", "FSE", "APE", "Fonds propres").optional(0.5))
        .as((exercice, where, amount, figure, funding) -> {
          BudgetLine.Builder b = BudgetLine.builder();
          b.exercice(exercice);
          if (where[0] >= 0) {
            b.group(EconomicGroup.values()[(int) where[0]]);
          } else {
            b.service(Service.values()[(int) where[1]]);
            b.side(Side.values()[(int) where[2]]);
          }
          b.amount(EuroAmount.ofCents(amount));
          b.figure(figure);
          b.funding(funding.map(be.pst.core.funding.FundingSource::parse));
          return b.build();
        });
    return line.list().ofMaxSize(30);
  }
}
