package be.pst.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.element.ElementPath;
import be.pst.core.validation.Rule;
import be.pst.core.validation.Severity;
import be.pst.core.validation.ValidationIssue;
import be.pst.core.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSheetTest {

  private static final ValidationReport REPORT = ValidationReport.of(List.of(
      ValidationIssue.of(ElementPath.parse("OS1/OS1-OP1"), Rule.DUPLICATE_CODE,
          "le code OS1-OP1 est utilisé deux fois; \"corrigez\""),
      ValidationIssue.of(ElementPath.parse("OS1/OS1-OP1/A7"), Rule.MISSING_PILOT,
          "aucun pilote"),
      ValidationIssue.of(ElementPath.root(), Rule.BUDGET_OUTSIDE_LEGISLATURE, "2031")));

  @Test
  void theReportAsCsvHasItsSummaryAHeaderAndOneRowPerIssueWithTheRulesLabelAndId() {
    assertThat(ReportSheet.toCsv(REPORT)).isEqualTo("\uFEFF"
        + "Validation : " + REPORT.summary() + "\r\n"
        + "Gravité;Chemin;Règle;Id;Message\r\n"
        + Severity.ERROR.label() + ";OS1/OS1-OP1;Code en double;duplicate-code;\"le code"
        + " OS1-OP1 est utilisé deux fois; \"\"corrigez\"\"\"\r\n"
        + Severity.WARNING.label() + ";OS1/OS1-OP1/A7;Pilote manquant;missing-pilot;aucun"
        + " pilote\r\n"
        + Rule.BUDGET_OUTSIDE_LEGISLATURE.severity().label() + ";(plan);"
        + Rule.BUDGET_OUTSIDE_LEGISLATURE.label() + ";" + Rule.BUDGET_OUTSIDE_LEGISLATURE.id()
        + ";2031\r\n");
  }

  @Test
  void theReportAsXlsxHasTheSameCells(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("validation.xlsx");
    ReportSheet.writeXlsx(REPORT, file);

    List<List<String>> rows = OttigniesSheetsTest.cells(file, "Validation");

    assertThat(rows).containsExactly(
        List.of("TEXT Validation : " + REPORT.summary()),
        List.of("TEXT Gravité", "TEXT Chemin", "TEXT Règle", "TEXT Id", "TEXT Message"),
        List.of("TEXT " + Severity.ERROR.label(), "TEXT OS1/OS1-OP1", "TEXT Code en double",
            "TEXT duplicate-code", "TEXT le code OS1-OP1 est utilisé deux fois; \"corrigez\""),
        List.of("TEXT " + Severity.WARNING.label(), "TEXT OS1/OS1-OP1/A7",
            "TEXT Pilote manquant", "TEXT missing-pilot", "TEXT aucun pilote"),
        List.of("TEXT " + Rule.BUDGET_OUTSIDE_LEGISLATURE.severity().label(), "TEXT (plan)",
            "TEXT " + Rule.BUDGET_OUTSIDE_LEGISLATURE.label(),
            "TEXT " + Rule.BUDGET_OUTSIDE_LEGISLATURE.id(), "TEXT 2031"));
  }
}
