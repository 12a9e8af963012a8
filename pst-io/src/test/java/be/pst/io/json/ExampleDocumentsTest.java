package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.pst.budget.BudgetedPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example PSTs of the repository ({@code examples/<name>/pst.json}) are valid documents. */
class ExampleDocumentsTest {

  private static final Path EXAMPLES = Path.of("../examples");

  static List<Path> examples() throws IOException {
    if (!Files.isDirectory(EXAMPLES)) {
      return List.of();
    }
    try (Stream<Path> directories = Files.list(EXAMPLES)) {
      return directories
          .map(d -> d.resolve("pst.json"))
          .filter(Files::isRegularFile)
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void everyExampleReadsStrictlyAndRoundTrips() throws Exception {
    List<Path> examples = examples();
    assumeTrue(!examples.isEmpty(), "no examples in this checkout");
    for (Path example : examples) {
      PstJsonResult result = PstJson.reader().parse(Files.readString(example));
      BudgetedPlan plan = result.plan();
      assertThat(plan.plan().strategicObjectives()).as("%s", example).isNotEmpty();
      assertThat(PstJson.parse(PstJson.toJson(plan))).as("%s", example).isEqualTo(plan);
    }
  }
}
