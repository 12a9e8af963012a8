package be.pst.core.validation;

import be.pst.core.element.ElementPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the issues of one validation run. */
final class Issues {

  private final List<ValidationIssue> found = new ArrayList<>();

  /** An issue of the rule's default severity at a path. */
  void add(ElementPath path, Rule rule, String message) {
    found.add(ValidationIssue.of(path, rule, message));
  }

  /** An issue of the rule's default severity on an element. */
  void add(Located l, Rule rule, String message) {
    found.add(ValidationIssue.of(l.path(), rule, l.subject() + message));
  }

  /** An issue of a given severity on an element. */
  void add(Located l, Severity severity, Rule rule, String message) {
    found.add(ValidationIssue.of(severity, l.path(), rule, l.subject() + message));
  }

  /** The report, errors first, each group in the order found. */
  ValidationReport report() {
    List<ValidationIssue> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(ValidationIssue::severity));
    return ValidationReport.of(sorted);
  }
}
