package be.pst.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackageGraphTest {

  private static Jdeps.Dependence edge(String from, String to) {
    return new Jdeps.Dependence(from, to, "m");
  }

  @Test
  void aLayeredGraphHasNoCycle() {
    PackageGraph graph = PackageGraph.of(List.of(
        edge("plan", "objective"), edge("objective", "action"), edge("plan", "action"),
        edge("action", "element"), edge("element", "element")));

    assertThat(graph.cycles()).isEmpty();
  }

  @Test
  void packagesThatReachEachOtherFormOneCycle() {
    PackageGraph graph = PackageGraph.of(List.of(
        edge("plan", "validation"), edge("validation", "action"), edge("action", "plan"),
        edge("action", "element"), edge("io", "io.json"), edge("io.json", "io"),
        edge("budget", "plan")));

    assertThat(graph.cycles())
        .containsExactlyInAnyOrder(Set.of("action", "plan", "validation"), Set.of("io", "io.json"));
  }

  @Test
  void jdepsPackageLinesAreReadAndModuleLinesSkipped() {
    String output = String.join("\n",
        "be.pst.budget",
        " [file:///pst-budget.jar]",
        "   requires transitive be.pst.core",
        "be.pst.budget -> be.pst.core",
        "   be.pst.budget          -> be.pst.core.plan       be.pst.core",
        "   be.pst.budget.group    -> be.pst.core.label      be.pst.core (qualified)",
        "");

    assertThat(Jdeps.parse(output)).containsExactly(
        new Jdeps.Dependence("be.pst.budget", "be.pst.core.plan", "be.pst.core"),
        new Jdeps.Dependence("be.pst.budget.group", "be.pst.core.label", "be.pst.core"));
  }
}
