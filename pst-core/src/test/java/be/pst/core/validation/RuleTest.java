package be.pst.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RuleTest {

  @Test
  void idsAreKebabCaseAndUnique() {
    assertThat(Rule.values()).extracting(Rule::id)
        .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"))
        .doesNotHaveDuplicates();
  }

  @Test
  void publishedIdsKeepTheirSpelling() {
    assertThat(Rule.DUPLICATE_CODE.id()).isEqualTo("duplicate-code");
    assertThat(Rule.DANGLING_REFERENCE.id()).isEqualTo("dangling-reference");
    assertThat(Rule.SHARES_NOT_100.id()).isEqualTo("shares-not-100");
    assertThat(Rule.PROGRESS_OUT_OF_RANGE.id()).isEqualTo("progress-out-of-range");
    assertThat(Rule.ENDS_AFTER_DEADLINE.id()).isEqualTo("ends-after-deadline");
    assertThat(Rule.MISSING_PILOT.id()).isEqualTo("missing-pilot");
    assertThat(Rule.BUDGET_UNKNOWN_ELEMENT.id()).isEqualTo("budget-unknown-element");
    assertThat(Rule.BUDGET_OUTSIDE_LEGISLATURE.id()).isEqualTo("budget-outside-legislature");
  }

  @Test
  void constantNameIsTheIdInUpperSnakeCase() {
    assertThat(Rule.values())
        .allSatisfy(r -> assertThat(r.name()).isEqualTo(r.id().toUpperCase().replace('-', '_')));
  }

  @Test
  void labelsAreFrenchAndTellRulesApart() {
    assertThat(Rule.MISSING_PILOT.label()).isEqualTo("Pilote manquant");
    assertThat(Rule.DUPLICATE_CODE.label()).isEqualTo("Code en double");
    assertThat(Arrays.stream(Rule.values()).map(r -> r.label().toLowerCase()))
        .doesNotHaveDuplicates().allMatch(l -> !l.isBlank());
  }

  @Test
  void parseAcceptsIdNameAndLabelAndToStringIsTheId() {
    for (Rule r : Rule.values()) {
      assertThat(Rule.parse(r.id())).isSameAs(r);
      assertThat(Rule.parse(r.name())).isSameAs(r);
      assertThat(Rule.parse(r.label())).isSameAs(r);
      assertThat(r).hasToString(r.id());
    }
    assertThatThrownBy(() -> Rule.parse("no-such-rule"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-rule").hasMessageContaining("missing-pilot");
  }

  @Test
  void issueOfARuleHasItsDefaultSeverityUnlessGiven() {
    ValidationIssue issue = ValidationIssue.of(
        be.pst.core.element.ElementPath.parse("OS1/OO1/A1"), Rule.MISSING_PILOT, "m");
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.rule().id()).isEqualTo("missing-pilot");
    assertThat(issue).hasToString("AVERTISSEMENT OS1/OO1/A1 [Pilote manquant] m");
  }
}
