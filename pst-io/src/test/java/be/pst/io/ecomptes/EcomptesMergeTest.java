package be.pst.io.ecomptes;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.line.BudgetLine;
import be.pst.core.action.Action;
import be.pst.core.element.ExternalId;
import be.pst.io.PstFormatException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link EcomptesXml#merge}: the budget of the file eComptes sends back lands on the elements of
 * an existing plan by {@code ElementId}, as iA.PST applies it; what matches nothing is listed.
 * The article added to the file is INVENTED FOR THE TEST.
 */
class EcomptesMergeTest {

  private static final String A5 = "OS1-OP1-A5";

  /** The invented article eComptes adds for A5 in 2021. */
  private static final BudgetLine ARTICLE = OttigniesPlans.line(A5, 2021, "70", "1234.56",
      "831/111-01.2021", "Article inventé pour le test");

  /** The file eComptes sends back: the export of {@code plan}, read. */
  private static EcomptesImport file(BudgetedPlan plan) throws PstFormatException {
    return EcomptesXml.parse(EcomptesXml.toXml(plan), EcomptesOptions.defaults());
  }

  private static List<BudgetLine> linesOf(BudgetedPlan plan, String code) {
    return plan.lines().stream().filter(l -> l.elementCode().equals(Optional.of(code))).toList();
  }

  private static List<BudgetLine> planLevel(BudgetedPlan plan) {
    return plan.lines().stream().filter(l -> l.elementCode().isEmpty()).toList();
  }

  private static Action action(BudgetedPlan plan, String code) {
    return plan.plan().actions().stream().filter(a -> a.code().equals(code)).findFirst()
        .orElseThrow();
  }

  @Test
  void theFilesArticlesAndProjectionsReplaceThoseOfTheElementsTheyName() throws Exception {
    BudgetedPlan plan = OttigniesPlans.budgeted();
    EcomptesImport file = file(plan.plusLines(List.of(ARTICLE)));

    EcomptesMerge merged = EcomptesXml.merge(plan, file);

    assertThat(merged.notFound()).isEmpty();
    assertThat(merged.matched()).isEqualTo(plan.plan().elements().size());
    assertThat(linesOf(merged.budgetedPlan(), A5))
        .containsExactlyInAnyOrderElementsOf(linesOf(file.budgetedPlan(), A5))
        .contains(ARTICLE);
    for (Action a : plan.plan().actions()) {
      assertThat(linesOf(merged.budgetedPlan(), a.code())).as(a.code())
          .containsExactlyInAnyOrderElementsOf(linesOf(file.budgetedPlan(), a.code()));
    }
    // The plan's own plan-level line stays; the file's belongs to no element and is not applied.
    assertThat(planLevel(merged.budgetedPlan())).isEqualTo(planLevel(plan));
    assertThat(merged.planLevelLinesIgnored()).isEqualTo(planLevel(file.budgetedPlan()).size());
  }

  @Test
  void anElementIsFoundByItsExternalIdentifierWhateverItsCode() throws Exception {
    ExternalId uid = ExternalId.of("754bb88a1f6a4c0c9a3e0d5c2b7f9e11");
    BudgetedPlan exported = OttigniesPlans.budgeted();
    exported = BudgetedPlan.of(exported.plan().replace(action(exported, A5).withExternalId(uid)),
        exported.lines());
    EcomptesImport file = file(exported.plusLines(List.of(ARTICLE)));
    BudgetedPlan local = exported.recode(A5, "A5-local");

    EcomptesMerge merged = EcomptesXml.merge(local, file);

    assertThat(merged.notFound()).isEmpty();
    assertThat(linesOf(merged.budgetedPlan(), "A5-local"))
        .containsExactlyInAnyOrderElementsOf(linesOf(file.budgetedPlan(), A5).stream()
            .map(l -> l.withElementCode("A5-local")).toList())
        .contains(ARTICLE.withElementCode("A5-local"));
    assertThat(linesOf(merged.budgetedPlan(), A5)).isEmpty();
  }

  @Test
  void elementsTheFileNamesButThePlanLacksAreListedAndTheirLinesNotApplied() throws Exception {
    BudgetedPlan plan = OttigniesPlans.budgeted();
    EcomptesImport file = file(plan);
    BudgetedPlan without = plan.remove("OS1-OP3-A9");

    EcomptesMerge merged = EcomptesXml.merge(without, file);

    assertThat(merged.notFound()).containsExactly("OS1-OP3-A9");
    assertThat(merged.matched()).isEqualTo(without.plan().elements().size());
    assertThat(linesOf(merged.budgetedPlan(), "OS1-OP3-A9")).isEmpty();
    assertThat(merged.budgetedPlan().plan()).isEqualTo(without.plan());
  }
}
