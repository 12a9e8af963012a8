package be.pst.core.validation;

import be.pst.core.style.PstStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
   * @param rule the rule, e.g. {@link Rule#MISSING_PILOT}
   * @return the issues of that rule, in report order
   */
  public List<ValidationIssue> issues(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return issues().stream()
        .filter(i -> i.rule() == rule)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The issues grouped by rule: Perwez's 85 actions without pilot are one entry of 85 issues.
   *
   * @return the rules broken, in order of their first issue, each with its issues in report
   *     order; unmodifiable
   */
  public Map<Rule, List<ValidationIssue>> byRule() {
    Map<Rule, List<ValidationIssue>> groups = new LinkedHashMap<>();
    for (ValidationIssue issue : issues()) {
      groups.computeIfAbsent(issue.rule(), r -> new ArrayList<>()).add(issue);
    }
    Map<Rule, List<ValidationIssue>> result = new LinkedHashMap<>();
    groups.forEach((rule, list) -> result.put(rule, List.copyOf(list)));
    return Collections.unmodifiableMap(result);
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
   * The summary, then one line per issue, in French; a rule that a report breaks more than
   * {@value #GROUPED_ABOVE} times at one severity prints as one line where its first issue stands:
   * "AVERTISSEMENT 85 × Pilote manquant (missing-pilot) : A1, A2, A3, A4, A5… (et 80 autres)",
   * naming the elements concerned. {@link #details()} prints every issue; {@link #issues()} keeps
   * them all.
   *
   * @return the readable report
   */
  @Override
  public String toString() {
    Map<String, List<ValidationIssue>> groups = new LinkedHashMap<>();
    for (ValidationIssue issue : issues()) {
      groups.computeIfAbsent(groupKey(issue), k -> new ArrayList<>()).add(issue);
    }
    StringBuilder s = new StringBuilder(summary());
    Set<String> printed = new HashSet<>();
    for (ValidationIssue issue : issues()) {
      String key = groupKey(issue);
      List<ValidationIssue> group = groups.get(key);
      if (group.size() <= GROUPED_ABOVE) {
        s.append('\n').append(issue);
      } else if (printed.add(key)) {
        s.append('\n').append(grouped(group));
      }
    }
    return s.toString();
  }

  /**
   * The summary, then every issue on its own line, in French, whatever their number.
   *
   * @return the readable report, in full
   */
  public String details() {
    StringBuilder s = new StringBuilder(summary());
    for (ValidationIssue issue : issues()) {
      s.append('\n').append(issue);
    }
    return s.toString();
  }

  /** Above this number of issues of one rule and severity, {@link #toString()} groups them. */
  public static final int GROUPED_ABOVE = 5;

  /** The number of places a grouped line names before "(et N autres)". */
  private static final int PLACES_SHOWN = 5;

  private static String groupKey(ValidationIssue issue) {
    return issue.rule().name() + '/' + issue.severity().name();
  }

  private static String grouped(List<ValidationIssue> group) {
    ValidationIssue first = group.get(0);
    Set<String> places = new LinkedHashSet<>();
    for (ValidationIssue issue : group) {
      places.add(issue.path().code().orElse("(plan)"));
    }
    StringBuilder s = new StringBuilder(String.format("%-13s %d × %s (%s) : ",
        first.severity().label().toUpperCase(Locale.ROOT), group.size(), first.rule().label(),
        first.rule().id()));
    int shown = 0;
    for (String place : places) {
      if (shown == PLACES_SHOWN) {
        break;
      }
      s.append(shown == 0 ? "" : ", ").append(place);
      shown++;
    }
    if (places.size() > shown) {
      s.append("… (et ").append(places.size() - shown).append(" autre")
          .append(places.size() - shown > 1 ? "s" : "").append(')');
    }
    return s.toString();
  }
}
