package be.pst.core.validation;

import static be.pst.core.validation.SmallPlans.action;
import static be.pst.core.validation.SmallPlans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The base of the rule tests reports nothing, so each test's issue is its own. */
class CleanSmallPlanTest {

  @Test
  void theSmallPlanOfTheRuleTestsHasNoIssue() {
    ValidationReport report = PlanValidator.validate(plan(action("A1"), action("A2")));
    assertThat(report.issues()).isEmpty();
    assertThat(report).hasToString("0 erreur, 0 avertissement");
  }
}
