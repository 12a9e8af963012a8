package be.pst.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.action.Action;
import be.pst.core.action.ActionLink;
import be.pst.core.action.LinkKind;
import be.pst.core.element.ExternalId;
import be.pst.core.element.Status;
import be.pst.core.fixtures.Ottignies;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Version diffs on OS1 of Ottignies and on small plans. */
class PlanDiffTest {

  private final Plan plan = Ottignies.plan();

  @Test
  void aPlanComparedWithItselfHasNoDifference() {
    PlanDiff diff = PlanDiff.between(plan, plan);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.codeMapping()).hasSize(plan.elements().size());
    assertThat(diff.summary()).isEqualTo("0 élément changé (0 ajouté, 0 supprimé, 0 recodé,"
        + " 0 déplacé, 0 modifié) ; " + plan.elements().size() + " éléments appariés");
  }

  @Test
  void postponedDroppedRecodedAndAddedActionsAreExactlyFourChanges() {
    Plan newer = plan.postpone("OS1-OP1-A2", 1, 0)
        .remove("OS1-OP2-A6")
        .recode("OS1-OP3-A9", "OS1-OP3-A9bis");
    OperationalObjective op4 = (OperationalObjective) newer.find("OP4").orElseThrow();
    List<Action> actions = new ArrayList<>(op4.actions());
    actions.add(Action.of("OS1-OP4-A99", "Installer une borne de recharge pour vélos"));
    newer = newer.replace(op4.withActions(actions));

    PlanDiff diff = PlanDiff.between(plan, newer);

    assertThat(diff.changes()).hasSize(4);
    ElementChange postponed = diff.changes(ChangeKind.MODIFIED).get(0);
    assertThat(postponed.code()).isEqualTo("OS1-OP1-A2");
    assertThat(postponed.kinds()).containsExactly(ChangeKind.MODIFIED);
    assertThat(postponed.attributes()).extracting(AttributeChange::attribute)
        .containsExactly("schedule");
    assertThat(diff.changes(ChangeKind.REMOVED)).extracting(ElementChange::code)
        .containsExactly("OS1-OP2-A6");
    ElementChange recoded = diff.changes(ChangeKind.RECODED).get(0);
    assertThat(recoded.kinds()).containsExactly(ChangeKind.RECODED);
    assertThat(recoded.oldCode()).hasValue("OS1-OP3-A9");
    assertThat(recoded.newCode()).hasValue("OS1-OP3-A9bis");
    assertThat(recoded.matchedBy()).hasValue(MatchedBy.TITLE);
    assertThat(diff.changes(ChangeKind.ADDED)).extracting(ElementChange::code)
        .containsExactly("OS1-OP4-A99");
    assertThat(diff.changes(ChangeKind.MOVED)).isEmpty();
    assertThat(diff.codeMapping()).containsEntry("OS1-OP3-A9", "OS1-OP3-A9bis")
        .doesNotContainKey("OS1-OP2-A6");
    assertThat(diff.toString())
        .contains("action OS1-OP3-A9bis recodé (OS1-OP3-A9 → OS1-OP3-A9bis, apparié par intitulé)")
        .contains("action OS1-OP2-A6 supprimé")
        .contains("action OS1-OP4-A99 ajouté : Installer une borne de recharge pour vélos")
        .contains("action OS1-OP1-A2 modifié : Augmenter le nombre de places d'accueil")
        .contains("\n      Planning : 2019-10-01/2024-12-31 → 2020-10-01/2025-12-31\n");
  }

  @Test
  void theExternalIdentifierMatchesBeforeTheTitle() {
    Action a1 = plan.findAction("OS1-OP1-A1").orElseThrow();
    Plan older = plan.replace(a1.withExternalId(ExternalId.of("uid-1")));
    Plan newer = older.recode("OS1-OP1-A1", "X1")
        .replace(a1.withCode("X1").withTitle("Tout autre chose").withExternalId(ExternalId.of("uid-1")));

    PlanDiff diff = PlanDiff.between(older, newer);

    assertThat(diff.changes()).hasSize(1);
    ElementChange change = diff.changes().get(0);
    assertThat(change.matchedBy()).hasValue(MatchedBy.EXTERNAL_ID);
    assertThat(change.kinds()).containsExactly(ChangeKind.RECODED, ChangeKind.MODIFIED);
    assertThat(change.attributes()).extracting(AttributeChange::toString)
        .containsExactly("Intitulé : " + a1.title() + " → Tout autre chose");
  }

  @Test
  void aTitleTooDifferentIsARemovalAndAnAddition() {
    Plan newer = plan.recode("OS1-OP1-A1", "X1");
    newer = newer.replace(newer.findAction("X1").orElseThrow().withTitle("Rénover la toiture"));

    PlanDiff diff = PlanDiff.between(plan, newer);

    assertThat(diff.countByKind()).containsEntry(ChangeKind.ADDED, 1)
        .containsEntry(ChangeKind.REMOVED, 1).containsEntry(ChangeKind.RECODED, 0);
  }

  @Test
  void aMovedActionNamesBothParentsAndARecodedParentMovesNothing() {
    Plan moved = plan.moveAction("OS1-OP1-A2", "OP3");
    ElementChange change = PlanDiff.between(plan, moved).changes().get(0);
    assertThat(change.kinds()).containsExactly(ChangeKind.MOVED);
    assertThat(change.oldParent()).hasValue("OP1");
    assertThat(change.newParent()).hasValue("OP3");
    assertThat(change.toString()).contains("(de OP1 vers OP3)");

    PlanDiff recodedParent = PlanDiff.between(plan, plan.recode("OP1", "OP1bis"));
    assertThat(recodedParent.changes()).extracting(ElementChange::code).containsExactly("OP1bis");
    assertThat(recodedParent.changes(ChangeKind.MOVED)).isEmpty();
  }

  @Test
  void statusTransitionsAreListedWithBothStatuses() {
    Action a1 = plan.findAction("OS1-OP1-A1").orElseThrow();
    Plan newer = plan.replace(a1.withStatus(Status.COMPLETED));

    PlanDiff diff = PlanDiff.between(plan, newer);

    assertThat(diff.statusTransitions()).hasSize(1);
    StatusTransition transition = diff.statusTransitions().get(0);
    assertThat(transition.before()).isEqualTo(a1.status());
    assertThat(transition.after()).hasValue(Status.COMPLETED);
    assertThat(transition.toString()).isEqualTo("OS1-OP1-A1 : En cours → Terminé");
  }

  @Test
  void recodingAnActionDoesNotModifyTheActionsThatLinkToIt() {
    Action a2 = plan.findAction("OS1-OP1-A2").orElseThrow();
    Plan linked = plan.replace(a2.withLinks(ActionLink.of(LinkKind.FOLLOW_UP, "OS1-OP1-A1")));

    PlanDiff diff = PlanDiff.between(linked, linked.recode("OS1-OP1-A1", "A1"));

    assertThat(diff.changes()).extracting(ElementChange::code).containsExactly("A1");
  }

  @Test
  void manyRecodedActionsWithSimilarTitlesEachFindTheirOwn() {
    int n = 3000;
    Plan older = numbered(n, "A");
    Plan newer = numbered(n, "B");

    PlanDiff diff = PlanDiff.between(older, newer);

    assertThat(diff.changes()).hasSize(n);
    assertThat(diff.changes()).allSatisfy(change -> {
      assertThat(change.kinds()).containsExactly(ChangeKind.RECODED);
      assertThat(change.newCode().orElseThrow().substring(1))
          .isEqualTo(change.oldCode().orElseThrow().substring(1));
    });
  }

  private static Plan numbered(int n, String prefix) {
    List<Action> actions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      actions.add(Action.of(prefix + i, "Accompagner la famille numéro " + i + " du quartier"));
    }
    return Plan.builder()
        .authority(Authority.of(AuthorityKind.CPAS, "CPAS de Test", "99999"))
        .title("PST")
        .legislature(Legislature.of(2019, 2024))
        .addStrategicObjectives(StrategicObjective.builder().code("OS1").title("Être")
            .addOperationalObjectives(OperationalObjective.builder().code("OO1").title("Faire")
                .actions(actions).build())
            .build())
        .build();
  }
}
