package be.pst.core.validation;

import be.pst.core.element.ElementPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the issues of one validation run. */
final class Issues {

  private final List<ValidationIssue> found = new ArrayList<>();

  void error(ElementPath path, String rule, String message) {
    found.add(ValidationIssue.of(Severity.ERROR, path, rule, message));
  }

  void warning(ElementPath path, String rule, String message) {
    found.add(ValidationIssue.of(Severity.WARNING, path, rule, message));
  }

  /** The report, errors first, each group in the order found. */
  ValidationReport report() {
    List<ValidationIssue> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(ValidationIssue::severity));
    return ValidationReport.of(sorted);
  }
}
