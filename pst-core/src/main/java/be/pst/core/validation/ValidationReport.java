package be.pst.core.validation;

import be.pst.core.style.PstStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of validating a plan (rapport de validation): the issues found, errors first in
 * the order the validator found them, then warnings. A plan is valid when it has no error.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class ValidationReport implements WithValidationReport {

  ValidationReport() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of reports
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ValidationReport}; obtain one with {@link ValidationReport#builder()}. */
  public static final class Builder extends ImmutableValidationReport.Builder {
    Builder() {}
  }

  /**
   * A report of the given issues.
   *
   * @param issues the issues
   * @return the report
   */
  public static ValidationReport of(Iterable<? extends ValidationIssue> issues) {
    return builder().addAllIssues(issues).build();
  }

  /**
   * Every issue.
   *
   * @return the issues
   */
  public abstract List<ValidationIssue> issues();

  /**
   * The issues of severity {@link Severity#ERROR}.
   *
   * @return the errors
   */
  public List<ValidationIssue> errors() {
    return of(Severity.ERROR);
  }

  /**
   * The issues of severity {@link Severity#WARNING}.
   *
   * @return the warnings
   */
  public List<ValidationIssue> warnings() {
    return of(Severity.WARNING);
  }

  private List<ValidationIssue> of(Severity severity) {
    return issues().stream()
        .filter(i -> i.severity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The issues breaking a given rule.
   *
   * @param rule the rule id, e.g. "missing-pilot"
   * @return the issues of that rule
   */
  public List<ValidationIssue> issues(String rule) {
    return issues().stream()
        .filter(i -> i.rule().equals(rule))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether the plan has no error (warnings allowed).
   *
   * @return {@code true} if there is no error
   */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /**
   * The counts in French: "0 erreur, 3 avertissements".
   *
   * @return the summary
   */
  public String summary() {
    return count(errors().size(), "erreur") + ", " + count(warnings().size(), "avertissement");
  }

  private static String count(int n, String word) {
    return n + " " + word + (n > 1 ? "s" : "");
  }

  /**
   * The summary, then one line per issue (severity, path, rule, message).
   *
   * @return the readable report
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(summary());
    for (ValidationIssue issue : issues()) {
      s.append('\n').append(issue);
    }
    return s.toString();
  }
}
