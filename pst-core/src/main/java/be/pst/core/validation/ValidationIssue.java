package be.pst.core.validation;

import be.pst.core.element.ElementPath;
import be.pst.core.style.PstStyle;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One problem found in a plan (anomalie): its severity, where it is, the stable id of the rule
 * broken ({@code duplicate-code}, {@code shares-not-100}…) and a message that says what is
 * wrong.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class ValidationIssue implements WithValidationIssue {

  ValidationIssue() {}

  /**
   * Returns a new builder.
   *
   * @return a builder of issues
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ValidationIssue}; obtain one with {@link ValidationIssue#builder()}. */
  public static final class Builder extends ImmutableValidationIssue.Builder {
    Builder() {}
  }

  /**
   * An issue.
   *
   * @param severity error or warning
   * @param path where it is
   * @param rule the rule id, kebab-case
   * @param message what is wrong
   * @return the issue
   */
  public static ValidationIssue of(
      Severity severity, ElementPath path, String rule, String message) {
    return builder()
        .severity(Objects.requireNonNull(severity, "severity"))
        .path(Objects.requireNonNull(path, "path"))
        .rule(Objects.requireNonNull(rule, "rule"))
        .message(Objects.requireNonNull(message, "message"))
        .build();
  }

  /**
   * Error or warning.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Where the issue is; the root path for the plan itself.
   *
   * @return the path
   */
  public abstract ElementPath path();

  /**
   * The stable id of the rule, in kebab-case ("ends-after-deadline").
   *
   * @return the rule id
   */
  public abstract String rule();

  /**
   * What is wrong, in words.
   *
   * @return the message
   */
  public abstract String message();

  @Value.Check
  void check() {
    Objects.requireNonNull(severity(), "severity");
    Objects.requireNonNull(path(), "path");
    Objects.requireNonNull(rule(), "rule");
    Objects.requireNonNull(message(), "message");
  }

  /**
   * One line: "ERROR   OS1/OP2/A7  [ends-after-deadline] message"; the plan itself shows as
   * "(plan)".
   *
   * @return the readable issue
   */
  @Override
  public String toString() {
    return String.format(
        "%-7s %s [%s] %s",
        severity(), path().isRoot() ? "(plan)" : path().toString(), rule(), message());
  }
}
