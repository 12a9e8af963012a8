package be.pst.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.compare.BudgetDiff;
import be.pst.core.action.Action;
import be.pst.core.diff.ChangeKind;
import be.pst.core.diff.ElementChange;
import be.pst.core.diff.PlanDiff;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.plan.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Saint-Ghislain as given against a copy with an action postponed, one dropped, one re-coded and
 * one added: exactly those four changes are reported, as data, as text and in the evaluation
 * report.
 */
class SaintGhislainDiffTest {

  private final BudgetedPlan adopted = Examples.read("saint-ghislain-2019-2024");
  private final BudgetedPlan updated = updated(adopted);

  private static BudgetedPlan updated(BudgetedPlan adopted) {
    BudgetedPlan plan = adopted.postpone("1.1.2", 1).remove("2.1.3").recode("3.1.2", "3.1.2-bis");
    OperationalObjective oo = (OperationalObjective) plan.plan().find("3.2").orElseThrow();
    List<Action> actions = new ArrayList<>(oo.actions());
    actions.add(Action.of("3.2.5", "Ouvrir une permanence juridique gratuite"));
    Plan added = plan.plan().replace(oo.withActions(actions));
    return plan.withPlan(added);
  }

  @Test
  void exactlyTheFourChangesAreReported() {
    PlanDiff diff = PlanDiff.between(adopted.plan(), updated.plan());

    assertThat(diff.changes()).hasSize(4);
    assertThat(diff.planChanges()).isEmpty();
    assertThat(diff.changes()).extracting(ElementChange::code)
        .containsExactlyInAnyOrder("1.1.2", "2.1.3", "3.1.2-bis", "3.2.5");
    assertThat(only(diff, "1.1.2").kinds()).containsExactly(ChangeKind.MODIFIED);
    assertThat(only(diff, "1.1.2").attributes()).singleElement()
        .hasToString("Planning : 2021/2022 → 2022/2023");
    assertThat(only(diff, "2.1.3").kinds()).containsExactly(ChangeKind.REMOVED);
    assertThat(only(diff, "3.1.2-bis").kinds()).containsExactly(ChangeKind.RECODED);
    assertThat(only(diff, "3.1.2-bis").oldCode()).hasValue("3.1.2");
    assertThat(only(diff, "3.2.5").kinds()).containsExactly(ChangeKind.ADDED);
    assertThat(diff.summary()).startsWith("4 éléments changés (1 ajouté, 1 supprimé, 1 recodé,"
        + " 0 déplacé, 1 modifié)");
    assertThat(BudgetDiff.between(adopted, updated).isEmpty()).isTrue();
  }

  @Test
  void theEvaluationReportListsTheChangesSinceTheAdoptedVersion() throws Exception {
    String html = EvaluationReport.of(updated, LocalDate.of(2022, 6, 30)).withPrevious(adopted)
        .toHtml();

    Examples.parse(html);
    assertThat(html)
        .contains("4 éléments changés (1 ajouté, 1 supprimé, 1 recodé, 0 déplacé, 1 modifié)")
        .contains("<td>ajouté</td><td>action <strong>3.2.5</strong> Ouvrir une permanence"
            + " juridique gratuite</td>")
        .contains("code : 3.1.2 → 3.1.2-bis")
        .contains("Planning : 2021/2022 → 2022/2023");
  }

  private static ElementChange only(PlanDiff diff, String code) {
    return diff.changes().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }
}
