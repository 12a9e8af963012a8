package be.pst.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.fixtures.Frameries;
import be.pst.core.fixtures.Ottignies;
import be.pst.core.fixtures.SaintGhislain;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedValidationTest {

  private static Plan withDeadline(Plan plan, String ooCode, PartialDate deadline) {
    List<StrategicObjective> os =
        plan.strategicObjectives().stream()
            .map(
                s ->
                    s.withOperationalObjectives(
                        s.operationalObjectives().stream()
                            .map(oo -> oo.code().equals(ooCode) ? oo.withSchedule(Schedule.until(deadline)) : oo)
                            .toList()))
            .toList();
    return plan.withStrategicObjectives(os);
  }

  private static List<String> paths(List<ValidationIssue> issues) {
    return issues.stream().map(i -> i.path().toString()).toList();
  }

  @Test
  void ottigniesIsValidButNamesNoPilotAndMisplacesSomeDates() {
    ValidationReport report = PlanValidator.validate(Ottignies.plan());
    assertThat(report.isValid()).isTrue();
    assertThat(report.issues(Rule.MISSING_PILOT)).hasSize(12);
    // A9 "01/04/2018 - 30/09/2020"
    assertThat(paths(report.issues(Rule.STARTS_BEFORE_LEGISLATURE)))
        .containsExactly("OS1/OP3/OS1-OP3-A9");
    // A2 "28 places ... pour 2025" (ends 2024); A9 "Ouverture de l'espace citoyen (01/10/2020)"
    assertThat(paths(report.issues(Rule.INDICATOR_TARGET_AFTER_END)))
        .containsExactly("OS1/OP1/OS1-OP1-A2", "OS1/OP3/OS1-OP3-A9");
    // A7 starts 01/04/2022, its indicator is due 30/06/2020
    assertThat(paths(report.issues(Rule.INDICATOR_TARGET_BEFORE_START)))
        .containsExactly("OS1/OP2/OS1-OP2-A7");
    assertThat(report.summary()).isEqualTo("0 erreur, 16 avertissements");
  }

  @Test
  void ottigniesActionsEndingAfterAnOp1DeadlineOf2023AreErrors() {
    Plan plan = withDeadline(Ottignies.plan(), "OP1", PartialDate.ofYear(2023));
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(paths(report.issues(Rule.ENDS_AFTER_DEADLINE)))
        .containsExactly(
            "OS1/OP1/OS1-OP1-A1", "OS1/OP1/OS1-OP1-A2", "OS1/OP1/OS1-OP1-A3", "OS1/OP1/OS1-OP1-A5");
    assertThat(report.issues(Rule.ENDS_AFTER_DEADLINE)).allMatch(i -> i.severity() == Severity.ERROR);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void ottigniesActionsMeetALegislatureDeadline() {
    Plan plan = Ottignies.plan();
    for (OperationalObjective oo : plan.operationalObjectives()) {
      plan = withDeadline(plan, oo.code(), PartialDate.parse("2024-12-31"));
    }
    assertThat(PlanValidator.validate(plan).issues(Rule.ENDS_AFTER_DEADLINE)).isEmpty();
  }

  @Test
  void frameriesPilotsAreNamedByInitials() {
    ValidationReport report = PlanValidator.validate(Frameries.plan());
    assertThat(report.issues()).isEmpty();
    assertThat(report).hasToString("0 erreur, 0 avertissement");
  }

  @Test
  void frameriesYearDeadlinesAgainstAMidYearDeadlineArePossiblyLate() {
    Plan plan = withDeadline(Frameries.plan(), "O.O.3.1", PartialDate.parse("2024-06-30"));
    ValidationReport report = PlanValidator.validate(plan);
    // 56, 57, 58 and 61 end "2024": maybe in December, after 30 June
    assertThat(report.errors()).isEmpty();
    assertThat(paths(report.warnings()))
        .containsExactly(
            "O.S.3/O.O.3.1/Action 56",
            "O.S.3/O.O.3.1/Action 57",
            "O.S.3/O.O.3.1/Action 58",
            "O.S.3/O.O.3.1/Action 61");
  }

  @Test
  void frameriesActionsAfterA2021DeadlineAreDefinitelyLate() {
    Plan plan = withDeadline(Frameries.plan(), "O.O.3.1", PartialDate.ofYear(2021));
    ValidationReport report = PlanValidator.validate(plan);
    assertThat(paths(report.errors()))
        .containsExactly(
            "O.S.3/O.O.3.1/Action 52",
            "O.S.3/O.O.3.1/Action 56",
            "O.S.3/O.O.3.1/Action 57",
            "O.S.3/O.O.3.1/Action 58",
            "O.S.3/O.O.3.1/Action 60",
            "O.S.3/O.O.3.1/Action 61");
    assertThat(report.errors().get(0).message()).contains("2021", "O.O.3.1");
  }

  @Test
  void saintGhislainPartnersAreDeclared() {
    ValidationReport report = PlanValidator.validate(SaintGhislain.plan());
    assertThat(report.issues(Rule.UNDECLARED_PARTNER)).isEmpty();
    assertThat(report.issues(Rule.DANGLING_REFERENCE)).isEmpty();
    assertThat(report.isValid()).isTrue();
    assertThat(paths(report.issues(Rule.MISSING_PILOT))).containsExactly("1/1.1/1.1.1", "1/1.1/1.1.2", "1/1.1/1.1.3");
  }
}
