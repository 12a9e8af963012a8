package be.pst.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.core.funding.Funder;
import be.pst.core.funding.FundingSource;
import java.nio.charset.Charset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetSheetCsvTest {

  static SheetFormatException failure(ThrowingCallable call) {
    SheetFormatException e = catchThrowableOfType(SheetFormatException.class, call);
    assertThat(e).as("a SheetFormatException").isNotNull();
    return e;
  }

  private static final ColumnMapping OFFICER = BudgetSheet.mapping().elementCode("Action")
      .exercice("Exercice").group("Groupe").amount("Montant");

  private static final ColumnMapping LABELLED = OFFICER.label("Libellé");

  @Test
  void readsABelgianFileWithThousandsSeparatorsAndEuroSigns() throws Exception {
    String csv = "Action;Exercice;Groupe;Montant;Libellé\r\n"
        + "OS1-OP1-A1;2020;70;133.000,00 €;Puéricultrices\r\n"
        + "OS1-OP1-A1;2021;Personnel;171000;\r\n"
        + ";2020;91;287.500,00;\"Travaux; phase 1\"\r\n";

    List<BudgetLine> lines = BudgetSheet.parseCsv(csv, LABELLED);

    assertThat(lines).containsExactly(
        BudgetLine.builder().elementCode("OS1-OP1-A1").exercice(2020)
            .group(EconomicGroup.ofCode("70")).amount("133000.00").label("Puéricultrices")
            .build(),
        BudgetLine.of("OS1-OP1-A1", 2021, EconomicGroup.ofCode("70"),
            be.pst.budget.money.EuroAmount.of("171000")),
        BudgetLine.builder().exercice(2020).group(EconomicGroup.ofCode("91"))
            .amount("287500.00").label("Travaux; phase 1").build());
  }

  @Test
  void readsAPlainFileAndDetectsItsDialectFromTheHeader() throws Exception {
    String csv = "Action,Exercice,Groupe,Montant,Libellé\n"
        + "A1,2020,7X,\"1,234.50\",\"Charges d'emprunt, \"\"annuité\"\"\"\n"
        + "A2,2022,60,-12.5,\n";

    List<BudgetLine> lines = BudgetSheet.parseCsv(csv, LABELLED);

    assertThat(lines).extracting(l -> l.amount().cents()).containsExactly(123_450L, -1_250L);
    assertThat(lines.get(0).label()).contains("Charges d'emprunt, \"annuité\"");
    assertThat(lines.get(0).group()).contains(EconomicGroup.ofCode("7X"));
  }

  @Test
  void aDeclaredDialectWithSemicolonsAndDecimalPointsReadsThePointAsDecimals() throws Exception {
    String csv = "Action;Exercice;Groupe;Montant\nA1;2020;70;37000.00\n";

    assertThat(BudgetSheet.parseCsv(csv, OFFICER, CsvOptions.of(CsvDialect.of(';', '.'))))
        .extracting(l -> l.amount().cents()).containsExactly(3_700_000L);
  }

  @Test
  void aDecimalPointInABelgianFileIsAnErrorThatSuggestsTheDialect() {
    String csv = "Action;Exercice;Groupe;Montant\nA1;2020;70;37000.00\n";

    SheetFormatException e = failure(() -> BudgetSheet.parseCsv(csv, OFFICER));

    assertThat(e.cell()).contains("D2");
    assertThat(e.header()).contains("Montant");
    assertThat(e.found()).contains("37000.00");
    assertThat(e.expected()).contains("287.500,00").contains("CsvDialect.of(';', '.')");
  }

  @Test
  void everyBadCellIsReportedWithItsRowColumnTextAndWhatWasExpected() {
    String csv = "Titre : budget PST\n"
        + "Action;Exercice;Groupe;Montant;Libellé\n"
        + "A1;2020;70;100,00;ok\n"
        + "A2;20x0;70;100,00;\n"
        + "A3;2021;75;12,345;\n"
        + "A4;2021;Transferts;;\n";

    SheetFormatException e = failure(() -> BudgetSheet.parseCsv(csv, LABELLED));

    assertThat(e.problems()).extracting(p -> p.cell().orElseThrow(), p -> p.header().orElseThrow(),
            p -> p.found().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("B4", "Exercice", "20x0"),
            org.assertj.core.groups.Tuple.tuple("C5", "Groupe", "75"),
            org.assertj.core.groups.Tuple.tuple("D5", "Montant", "12,345"),
            org.assertj.core.groups.Tuple.tuple("C6", "Groupe", "Transferts"),
            org.assertj.core.groups.Tuple.tuple("D6", "Montant", ""));
    assertThat(e.problems().get(0).expected()).isEqualTo("an exercice: a four-digit year such as 2020");
    assertThat(e.problems().get(2).expected()).contains("12.345 has a fraction of a cent");
    assertThat(e.problems().get(3).expected()).contains("61, 72, 80, 90")
        .contains("map the Service and Type columns");
    assertThat(e.problems().get(4).expected()).contains("an empty cell is not zero");
    assertThat(e.getMessage()).startsWith("5 problems:")
        .contains("<string> B4 (Exercice): found \"20x0\": an exercice: a four-digit year");
  }

  @Test
  void aLabelAloneIsAGroupWhenTheServiceAndSideMakeItUnambiguous() throws Exception {
    ColumnMapping mapping = OFFICER.service("Service").side("Type");
    String csv = "Action;Exercice;Service;Type;Groupe;Montant\n"
        + "A1;2020;O;D;Transferts;10\n"
        + "A1;2020;extraordinaire;recettes;transferts;20\n"
        + "A1;2020;E;D;70;30\n";

    SheetFormatException e = failure(() -> BudgetSheet.parseCsv(csv, mapping));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.cell()).contains("E4");
    assertThat(e.expected()).contains("70 Personnel is ordinaire dépenses")
        .contains("extraordinaire dépenses");

    List<BudgetLine> lines = BudgetSheet.parseCsv(csv.substring(0, csv.lastIndexOf("A1;2020;E")),
        mapping);
    assertThat(lines).extracting(l -> l.group().orElseThrow().code()).containsExactly("72", "80");
  }

  @Test
  void anErrorAnywhereMeansNoLineAtAll() {
    StringBuilder csv = new StringBuilder("Action;Exercice;Groupe;Montant\n");
    for (int i = 0; i < 500; i++) {
      csv.append("A1;2020;70;1,00\n");
    }
    csv.append("A1;2020;70;un euro\n");

    assertThatThrownBy(() -> BudgetSheet.parseCsv(csv.toString(), OFFICER))
        .isInstanceOf(SheetFormatException.class)
        .hasMessage("<string> D502 (Montant): found \"un euro\": an amount in euros to the"
            + " cent, such as 287.500,00 or 287500,00");
  }

  @Test
  void aMissingHeaderNamesWhatTheClosestRowLacksAndHolds() {
    String csv = "Action;Exercice;Group;Amount\nA1;2020;70;1,00\n";

    SheetFormatException e = failure(() -> BudgetSheet.parseCsv(csv, OFFICER));

    assertThat(e.row()).isEqualTo(1);
    assertThat(e.expected()).contains("lacks [Groupe, Montant]")
        .contains("holds [Action, Exercice, Group, Amount]");
  }

  @Test
  void headersAreMatchedIgnoringCaseAccentsAndSpaces() throws Exception {
    String csv = "  ACTION ;exercice;groupe;MONTANT;libelle\nA1;2020;70;1;x\n";
    assertThat(BudgetSheet.parseCsv(csv, LABELLED)).hasSize(1);
  }

  @Test
  void blankRowsAreSkippedAndColumnsTheMappingDoesNotNameAreNotRead() throws Exception {
    String csv = "Action;Commentaire;Exercice;Groupe;Montant\n"
        + "A1;n'importe quoi;2020;70;1\n"
        + ";;;;\n"
        + "\n"
        + "A2;;2021;71;2\n";
    ColumnMapping noLabel = BudgetSheet.mapping().elementCode("Action").exercice("Exercice")
        .group("Groupe").amount("Montant");
    assertThat(BudgetSheet.parseCsv(csv, noLabel))
        .extracting(BudgetLine::exercice).containsExactly(2020, 2021);
  }

  @Test
  void everyColumnOfTheDefaultMappingIsRead() throws Exception {
    String csv = "Élément;Exercice;Service;Type;Groupe;Article;Montant;Nature;Financement;"
        + "Libellé;Estimation\n"
        + "A1;2020;ordinaire;dépenses;70;104/123-48;1.500,00;Projection;Wallonie (APE);APE;"
        + "oui\n"
        + ";2021;E;R;82;;-;;Europe (FSE);;non\n"
        + "A2;2022;;;61;;3;Imputé;SPP-IS;;\n";

    List<BudgetLine> lines = BudgetSheet.parseCsv(csv, ColumnMapping.defaults());

    assertThat(lines.get(0)).isEqualTo(BudgetLine.builder().elementCode("A1").exercice(2020)
        .group(EconomicGroup.ofCode("70")).article(BudgetArticle.parse("104/123-48"))
        .amount("1500.00").funding(FundingSource.of(Funder.WALLONIA, "APE")).label("APE")
        .estimate(true).build());
    assertThat(lines.get(1).amount().cents()).isZero();
    assertThat(lines.get(1).isPlanLevel()).isTrue();
    assertThat(lines.get(1).funding()).contains(FundingSource.of(Funder.EUROPE, "FSE"));
    assertThat(lines.get(2).funding()).contains(FundingSource.of(Funder.FEDERAL, "SPP-IS"));
    assertThat(lines.get(2).figure()).isEqualTo(BudgetFigure.CHARGED);
  }

  @Test
  void everyColumnIssue13NamesIsDeclaredInOneCallAndRead() throws Exception {
    ColumnMapping mapping = BudgetSheet.mapping().elementCode("Code").exercice("Année")
        .service("Serv.").side("R/D").group("Grp").article("Art.").amount("Montant €")
        .figure("Nature du montant").funding("Subside").label("Description");
    String csv = "Code;Année;Serv.;R/D;Grp;Art.;Montant €;Nature du montant;Subside;"
        + "Description\n"
        + "A1;2020;O;D;70;104/111-01;1.500,00;Budget initial;Wallonie (APE);Puéricultrice\n";

    assertThat(BudgetSheet.parseCsv(csv, mapping)).containsExactly(BudgetLine.builder()
        .elementCode("A1").exercice(2020).group(EconomicGroup.ofCode("70"))
        .article(BudgetArticle.parse("104/111-01")).amount("1500.00")
        .figure(BudgetFigure.INITIAL_BUDGET).funding(FundingSource.of(Funder.WALLONIA, "APE"))
        .label("Puéricultrice").build());
  }

  @Test
  void theFigureColumnReadsTheFrenchWordsOfTheBudgetCycleAndAnEmptyCellIsAProjection()
      throws Exception {
    ColumnMapping mapping = OFFICER.figure("Nature");
    String csv = "Action;Exercice;Groupe;Montant;Nature\n"
        + "A1;2020;70;1;Projection\n"
        + "A1;2020;70;2;\n"
        + "A1;2020;70;3;budget\n"
        + "A1;2020;70;4;BI\n"
        + "A1;2020;70;5;MB\n"
        + "A1;2020;70;6;Engagé\n"
        + "A1;2020;70;7;engagements\n"
        + "A1;2020;70;8;Imputé\n"
        + "A1;2020;70;9;droits constatés\n"
        + "A1;2020;70;10;AMENDED_BUDGET\n";

    assertThat(BudgetSheet.parseCsv(csv, mapping)).extracting(BudgetLine::figure)
        .containsExactly(BudgetFigure.PROJECTION, BudgetFigure.PROJECTION, BudgetFigure.BUDGET,
            BudgetFigure.INITIAL_BUDGET, BudgetFigure.AMENDED_BUDGET, BudgetFigure.COMMITTED,
            BudgetFigure.COMMITTED, BudgetFigure.CHARGED, BudgetFigure.CHARGED,
            BudgetFigure.AMENDED_BUDGET);
    assertThat(failure(() -> BudgetSheet.parseCsv("Action;Exercice;Groupe;Montant;Nature\n"
        + "A1;2020;70;1;Prévu\n", mapping)).problems()).singleElement()
        .hasToString("<string> E2 (Nature): found \"Prévu\": a figure: Projection, Budget,"
            + " Budget initial (BI), Budget après modification (MB), Engagé or Imputé (empty"
            + " for a projection)");
  }

  @Test
  void aLineWithoutAGroupIsPlacedByItsServiceAndSideAndNoGroupIsGuessed() throws Exception {
    ColumnMapping mapping = OFFICER.service("Service").side("Type").article("Article");
    String csv = "Action;Exercice;Service;Type;Groupe;Article;Montant\n"
        + "A1;2020;ordinaire;dépenses;;000/999-99;12,50\n"
        + "A1;2020;O;D;70;;1,00\n";

    List<BudgetLine> lines = BudgetSheet.parseCsv(csv, mapping);

    assertThat(lines.get(0).group()).isEmpty();
    assertThat(lines.get(0).service()).isEqualTo(Service.ORDINARY);
    assertThat(lines.get(0).side()).isEqualTo(Side.EXPENSES);
    assertThat(lines.get(1).group()).contains(EconomicGroup.ofCode("70"));
    assertThat(BudgetSheet.parseCsv(BudgetSheet.toCsv(lines), ColumnMapping.defaults()))
        .isEqualTo(lines);
  }

  @Test
  void aMappingOfServiceAndSideWithoutGroupReadsLinesWithoutAGroup() throws Exception {
    ColumnMapping mapping = BudgetSheet.mapping().exercice("Exercice").service("Service")
        .side("Type").amount("Montant");

    List<BudgetLine> lines = BudgetSheet.parseCsv("Exercice;Service;Type;Montant\n"
        + "2021;E;R;100\n", mapping);

    assertThat(lines).containsExactly(BudgetLine.builder().exercice(2021)
        .service(Service.EXTRAORDINARY).side(Side.RECEIPTS).amount("100.00").build());
    assertThat(failure(() -> BudgetSheet.parseCsv("Exercice;Service;Type;Montant\n"
        + "2021;E;;100\n", mapping)).problems()).singleElement()
        .hasToString("<string> C2 (Type): found \"\": an economic group, or, for a"
            + " line without a group, a service and a side; this row has no group and lacks"
            + " the side");
  }

  @Test
  void aRowWithNeitherGroupNorServiceAndSideIsAnErrorNamingRowAndColumn() {
    ColumnMapping mapping = OFFICER.service("Service").side("Type");
    String csv = "Action;Exercice;Service;Type;Groupe;Montant\n"
        + "A1;2020;O;D;70;1,00\n"
        + "A1;2020;;;;2,00\n"
        + "A1;2020;E;;;3,00\n";

    SheetFormatException e = failure(() -> BudgetSheet.parseCsv(csv, mapping));

    assertThat(e.problems()).extracting(SheetProblem::toString).containsExactly(
        "<string> E3 (Groupe): found \"\": an economic group, or, for a line without"
            + " a group, a service and a side; this row has no group and lacks the service and"
            + " the side",
        "<string> E4 (Groupe): found \"\": an economic group, or, for a line without"
            + " a group, a service and a side; this row has no group and lacks the side");
    assertThat(failure(() -> BudgetSheet.parseCsv("Action;Exercice;Groupe;Montant\n"
        + "A1;2020;;2,00\n", OFFICER)).problems()).singleElement()
        .hasToString("<string> C2 (Groupe): found \"\": an economic group, or, for a"
            + " line without a group, a service and a side; this row has no group and lacks"
            + " the service and the side");
  }

  @Test
  void linesWithoutAGroupOrOfAnotherFigureCannotBeWrittenWithAMappingThatWouldLoseIt() {
    List<BudgetLine> ungrouped = List.of(BudgetLine.builder().exercice(2021)
        .service(Service.EXTRAORDINARY).side(Side.RECEIPTS).amount("100.00").build());
    List<BudgetLine> committed = List.of(BudgetLine.builder().exercice(2021)
        .group(EconomicGroup.ofCode("70")).amount("100.00").figure(BudgetFigure.COMMITTED)
        .build());
    ColumnMapping minimal = BudgetSheet.mapping().exercice("Exercice").group("Groupe")
        .amount("Montant");

    assertThatThrownBy(() -> BudgetSheet.toCsv(ungrouped, minimal, CsvDialect.BELGIAN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[SERVICE, SIDE]");
    assertThatThrownBy(() -> BudgetSheet.toCsv(committed, minimal, CsvDialect.BELGIAN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[FIGURE]");
  }

  @Test
  void utf8WithAByteOrderMarkIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("budget.csv");
    Files.write(file, ("\uFEFFAction;Exercice;Groupe;Montant;Libellé\r\nA1;2020;70;1;Été\r\n")
        .getBytes(StandardCharsets.UTF_8));

    assertThat(BudgetSheet.readCsv(file, LABELLED).get(0).label()).contains("Été");
  }

  @Test
  void windows1252IsRefusedWithTheRowAndByteUnlessDeclared(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("export-excel.csv");
    Charset windows1252 = Charset.forName("windows-1252");
    byte[] bytes = ("Action;Exercice;Groupe;Montant;Libelle\r\nA1;2020;70;1;ok\r\n"
        + "A2;2020;71;2;Crèche\r\n").getBytes(windows1252);
    Files.write(file, bytes);
    int offset = 0;
    while ((bytes[offset] & 0xff) != 0xE8) {
      offset++;
    }

    SheetFormatException e = failure(() -> BudgetSheet.readCsv(file, LABELLED));
    assertThat(e.source()).isEqualTo("export-excel.csv");
    assertThat(e.row()).isEqualTo(3);
    assertThat(e.expected()).startsWith("byte 0xE8 at offset " + offset + " is not UTF-8")
        .contains("CsvOptions.detect().windows1252()");

    List<BudgetLine> lines = BudgetSheet.readCsv(file, LABELLED, CsvOptions.detect().windows1252());
    assertThat(lines.get(1).label()).contains("Crèche");
  }

  @Test
  void quotedFieldsFollowRfc4180AndBadQuotingIsAnError() throws Exception {
    String good = "Action;Exercice;Groupe;Montant;Libellé\n"
        + "A1;2020;70;1;\"deux\r\nlignes; \"\"citées\"\"\"\n"
        + "A2;2020;70;2;fin\n";
    List<BudgetLine> lines = BudgetSheet.parseCsv(good, LABELLED);
    assertThat(lines.get(0).label()).contains("deux\r\nlignes; \"citées\"");

    assertThatThrownBy(() -> BudgetSheet.parseCsv(
            "Action;Exercice;Groupe;Montant\nA1;2020;70;1\nA\"2;2020;70;1\n", OFFICER))
        .isInstanceOf(SheetFormatException.class)
        .hasMessageContaining("<string> A3: a quote inside an unquoted field");
    assertThatThrownBy(() -> BudgetSheet.parseCsv(
            "Action;Exercice;Groupe;Montant\nA1;2020;70;\"1\n", OFFICER))
        .isInstanceOf(SheetFormatException.class)
        .hasMessageContaining("a quoted field that is never closed: it opens in row 2");
  }

  @Test
  void aMappingWithoutExerciceGroupOrAmountIsAProgrammingError() {
    assertThatThrownBy(() -> BudgetSheet.parseCsv("a;b\n", BudgetSheet.mapping()
            .elementCode("Action").amount("Montant")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[EXERCICE, SERVICE, SIDE]");
    assertThatThrownBy(() -> BudgetSheet.mapping().group("Montant").amount("montant"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already names column GROUP");
  }

  @Test
  void aUtf8ByteOrderMarkInAFileDeclaredWindows1252IsAnError(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("budget.csv");
    Files.write(file, "\uFEFFAction;Exercice;Groupe;Montant\r\nA1;2020;70;1\r\n"
        .getBytes(StandardCharsets.UTF_8));

    assertThat(failure(() -> BudgetSheet.readCsv(file, OFFICER,
            CsvOptions.of(CsvDialect.BELGIAN).windows1252())).expected())
        .isEqualTo("the file starts with a UTF-8 byte order mark but windows-1252 was declared:"
            + " read it as UTF-8, the default");
  }

  @Test
  void sheetNamesAreValidUniqueAndAtMost31Characters() {
    java.util.Set<String> used = new java.util.HashSet<>();
    assertThat(XlsxOut.sheetName("OS1 Etre un CPAS qui garantisse à chaque citoyen", used))
        .isEqualTo("OS1 Etre un CPAS qui garantisse");
    assertThat(XlsxOut.sheetName("OS1 Etre un CPAS qui garantisse autre chose", used))
        .isEqualTo("OS1 Etre un CPAS qui garant (2)");
    assertThat(XlsxOut.sheetName("Budget [2020/2021]: *?", used)).isEqualTo("Budget -2020-2021-- --");
    assertThat(XlsxOut.sheetName("   ", used)).isEqualTo("Feuille");
  }
}
