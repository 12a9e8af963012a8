package be.pst.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.action.Action;
import be.pst.core.action.ActionFilters;
import be.pst.core.fixtures.Frameries;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.element.Volet;
import be.pst.core.schedule.PartialDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FrameriesNavigationTest {

  private final Plan plan = Frameries.plan();

  @Test
  void oo31HoldsActions49To61() {
    assertThat(plan.actionsOf("O.O.3.1")).hasSize(13);
    assertThat(plan.pathOf("Action 52")).hasValueSatisfying(p -> assertThat(p).hasToString("O.S.3/O.O.3.1/Action 52"));
  }

  @Test
  void pilotInitialsFilterActions() {
    assertThat(plan.actions(ActionFilters.pilot("LM/AL"))).extracting(Action::code).containsExactly("Action 53");
    assertThat(plan.actions(ActionFilters.pilot("lm/al/mr"))).extracting(Action::code).containsExactly("Action 50", "Action 56");
  }

  @Test
  void actionsInheritTheInternalVoletOfOs3() {
    assertThat(plan.findAction("Action 52").orElseThrow().volet()).isEmpty();
    assertThat(plan.effectiveVolet("Action 52")).contains(Volet.INTERNAL);
    assertThat(plan.actionsInVolet(Volet.INTERNAL)).hasSize(13);
    assertThat(plan.actionsInVolet(Volet.EXTERNAL)).isEmpty();
    assertThat(plan.actions(ActionFilters.volet(Volet.INTERNAL))).isEmpty();
  }

  @Test
  void indicatorKindsFollowTheTableWordings() {
    Map<IndicatorKind, Long> kinds =
        plan.actions().stream()
            .flatMap(a -> a.indicators().stream())
            .collect(Collectors.groupingBy(Indicator::kind, Collectors.counting()));
    // "Fait/pas fait" x 9 (incl. 55 "Fait/ pas fait – Nombre…"), "Nombre de…" x 2 (49, 56),
    // 57 "Diminution/augmentation…" and 58 "Informatisation opérationnalisée…" are free text
    assertThat(kinds)
        .containsOnly(
            Map.entry(IndicatorKind.DONE, 9L),
            Map.entry(IndicatorKind.COUNT, 2L),
            Map.entry(IndicatorKind.TEXT, 2L));
    assertThat(plan.findAction("Action 49").orElseThrow().indicators().get(0).name())
        .startsWith("Nombre de dossiers en attente de récupération");
  }

  @Test
  void deadlineWordingsBecomeSchedules() {
    Action a52 = plan.findAction("Action 52").orElseThrow();
    assertThat(a52.schedule().orElseThrow().end()).contains(PartialDate.ofYear(2022));
    assertThat(a52.schedule().orElseThrow().note()).contains("2020 pour entrant - 2022 pour sortant");
    Action a56 = plan.findAction("Action 56").orElseThrow();
    assertThat(a56.schedule().orElseThrow().start()).contains(PartialDate.ofYear(2019));
  }
}
