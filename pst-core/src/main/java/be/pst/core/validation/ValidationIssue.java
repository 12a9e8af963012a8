package be.pst.core.validation;

import be.pst.core.element.ElementPath;
import be.pst.core.style.PstStyle;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One problem found in a plan (anomalie): its severity, where it is, the {@link Rule} broken
 * ({@link Rule#DUPLICATE_CODE}, {@link Rule#SHARES_NOT_100}…) and a message in French that says
 * what is wrong.
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
   * An issue of the rule's {@linkplain Rule#severity() default severity}.
   *
   * @param path where it is
   * @param rule the rule broken
   * @param message what is wrong, in French
   * @return the issue
   */
  public static ValidationIssue of(ElementPath path, Rule rule, String message) {
    return of(Objects.requireNonNull(rule, "rule").severity(), path, rule, message);
  }

  /**
   * An issue of a given severity.
   *
   * @param severity error or warning
   * @param path where it is
   * @param rule the rule broken
   * @param message what is wrong, in French
   * @return the issue
   */
  public static ValidationIssue of(
      Severity severity, ElementPath path, Rule rule, String message) {
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
   * The rule broken; its {@link Rule#id() id} is the stable kebab-case name for machines
   * ("ends-after-deadline"), its {@link Rule#label() label} the French words of reports.
   *
   * @return the rule
   */
  public abstract Rule rule();

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
   * Where the issue is, for a reader: the path, or "(plan)" for the plan itself.
   *
   * @return the path text
   */
  public String place() {
    return path().isRoot() ? "(plan)" : path().toString();
  }

  /**
   * One line in French: "ERREUR        OS1/OP2/A7 [Fin après l'échéance de l'objectif]
   * message"; the plan itself shows as "(plan)".
   *
   * @return the readable issue
   */
  @Override
  public String toString() {
    return String.format(
        "%-13s %s [%s] %s",
        severity().label().toUpperCase(Locale.ROOT), place(), rule().label(), message());
  }
}
