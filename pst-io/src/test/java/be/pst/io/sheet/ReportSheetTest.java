package be.pst.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.validation.ElementPath;
import be.pst.core.validation.Severity;
import be.pst.core.validation.ValidationIssue;
import be.pst.core.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSheetTest {

  private static final ValidationReport REPORT = ValidationReport.of(List.of(
      ValidationIssue.of(Severity.ERROR, ElementPath.parse("OS1/OS1-OP1"), "duplicate-code",
          "le code OS1-OP1 est utilisé deux fois; \"corrigez\""),
      ValidationIssue.of(Severity.WARNING, ElementPath.parse("OS1/OS1-OP1/A7"), "missing-pilot",
          "aucun pilote")));

  @Test
  void theReportAsCsvHasItsSummaryAHeaderAndOneRowPerIssue() {
    assertThat(ReportSheet.toCsv(REPORT)).isEqualTo("\uFEFF"
        + "Validation : " + REPORT.summary() + "\r\n"
        + "Gravité;Chemin;Règle;Message\r\n"
        + Severity.ERROR.label() + ";OS1/OS1-OP1;duplicate-code;\"le code OS1-OP1 est utilisé"
        + " deux fois; \"\"corrigez\"\"\"\r\n"
        + Severity.WARNING.label() + ";OS1/OS1-OP1/A7;missing-pilot;aucun pilote\r\n");
  }

  @Test
  void theReportAsXlsxHasTheSameCells(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("validation.xlsx");
    ReportSheet.writeXlsx(REPORT, file);

    List<List<String>> rows = OttigniesSheetsTest.cells(file, "Validation");

    assertThat(rows).containsExactly(
        List.of("TEXT Validation : " + REPORT.summary()),
        List.of("TEXT Gravité", "TEXT Chemin", "TEXT Règle", "TEXT Message"),
        List.of("TEXT " + Severity.ERROR.label(), "TEXT OS1/OS1-OP1", "TEXT duplicate-code",
            "TEXT le code OS1-OP1 est utilisé deux fois; \"corrigez\""),
        List.of("TEXT " + Severity.WARNING.label(), "TEXT OS1/OS1-OP1/A7",
            "TEXT missing-pilot", "TEXT aucun pilote"));
  }
}
