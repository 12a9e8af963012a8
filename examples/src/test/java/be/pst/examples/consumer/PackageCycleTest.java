package be.pst.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packages of the published modules depend on each other without a cycle, so that each can be
 * read, tested and one day split on its own: jdeps on the published jars, then the graph's
 * strongly connected components.
 */
class PackageCycleTest {

  @Test
  void publishedPackagesDependOnEachOtherWithoutCycle() {
    ConsumerPath path = ConsumerPath.ofBuild();
    Set<String> ours = new TreeSet<>();
    path.published().values().forEach(m -> ours.addAll(m.descriptor().packages()));
    List<Jdeps.Dependence> dependences = Jdeps.packages(path, false).stream()
        .filter(d -> ours.contains(d.from()) && ours.contains(d.to()))
        .toList();
    PackageGraph graph = PackageGraph.of(dependences);

    // jdeps was read: the graph has the dependences we know of.
    assertThat(graph.edges().get("be.pst.budget")).contains("be.pst.core.plan");
    assertThat(graph.edges().get("be.pst.core.plan")).contains("be.pst.core.objective");
    assertThat(graph.cycles())
        .as("package cycles; edges:%n%s", graph.edges().entrySet().stream()
            .map(e -> e.getKey() + " -> " + e.getValue())
            .collect(Collectors.joining("\n")))
        .isEmpty();
  }
}
