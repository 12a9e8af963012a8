package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents whose data is wrong but well-formed (a duplicate code, a dangling reference, an INS
 * code that is not five digits) are read as they are — the reader checks the format, not the
 * domain — written back byte for byte, and reported by validation with the rule of their
 * {@code .expect} file.
 */
class DirtyDocumentsTest {

  static List<Path> documents() throws IOException, URISyntaxException {
    Path directory = Path.of(DirtyDocumentsTest.class.getResource("/json/dirty").toURI());
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void dirtyDocumentIsReadWrittenBackIdenticallyAndReportedByValidation(Path document)
      throws Exception {
    Properties expected = new Properties();
    String name = document.getFileName().toString();
    try (var reader = Files.newBufferedReader(
        document.resolveSibling(name.substring(0, name.length() - 5) + ".expect"))) {
      expected.load(reader);
    }

    BudgetedPlan plan = PstJson.read(document);
    String written = PstJson.toJson(plan);

    assertThat(PstJson.parse(written)).isEqualTo(plan);
    assertThat(PstJson.toJson(PstJson.parse(written))).isEqualTo(written);
    boolean errors = !plan.validate().errors().isEmpty();
    be.pst.io.PstFormatException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
        be.pst.io.PstFormatException.class,
        () -> PstJson.reader().requireValid().read(document));
    if (errors) {
      assertThat(refused).as("requireValid() refuses %s", name).isNotNull();
      assertThat(refused.problem()).startsWith("invalid plan (" + expected.getProperty("rule"));
      assertThat(refused.pointer()).startsWith("/");
      assertThat(refused.line()).isPositive();
    } else {
      assertThat(refused).as("%s has only warnings", name).isNull();
    }
    assertThat(plan.validate().issues())
        .as("validation of %s", name)
        .anySatisfy(issue -> {
          assertThat(issue.rule().id()).isEqualTo(expected.getProperty("rule"));
          assertThat(issue.message()).contains(expected.getProperty("mentions"));
        });
  }
}
