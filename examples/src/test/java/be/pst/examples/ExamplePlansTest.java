package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Plan;
import be.pst.core.validation.Severity;
import be.pst.core.validation.ValidationIssue;
import be.pst.core.validation.ValidationReport;
import be.pst.io.json.PstJson;
import be.pst.io.ecomptes.EcomptesOptions;
import be.pst.io.ecomptes.EcomptesXml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five example PSTs of {@code examples/}: each reads strictly, validates as its README
 * documents, writes back byte for byte, exports to a schema-valid eComptes document and has the
 * size of its seed.
 */
class ExamplePlansTest {

  private static final Path ROOT = Path.of(System.getProperty("pst.repo.root", "..")).normalize();

  /** A row of the README table "Expected validation": | `rule` | severity | count |. */
  private static final Pattern EXPECTED_ROW =
      Pattern.compile("^\\|\\s*`([a-z0-9-]+)`\\s*\\|\\s*(error|warning)\\s*\\|\\s*(\\d+)\\s*\\|\\s*$");

  /** An example folder and the counts of its seed. */
  record Example(String folder, String authority, int strategic, int operational, int actions,
      int budgetLines) {
    Path json() {
      return ROOT.resolve("examples").resolve(folder).resolve("pst.json");
    }

    Path readme() {
      return ROOT.resolve("examples").resolve(folder).resolve("README.md");
    }

    @Override
    public String toString() {
      return folder;
    }
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        new Example("ottignies-2019-2024", "CPAS d'Ottignies-Louvain-la-Neuve", 5, 18, 43, 86),
        new Example("frameries-2019-2024", "CPAS de Frameries", 6, 25, 127, 0),
        new Example("perwez-2019-2024", "CPAS de Perwez", 9, 26, 85, 0),
        new Example("anderlues-2019-2024", "CPAS d'Anderlues", 5, 24, 67, 0),
        new Example("saint-ghislain-2019-2024", "CPAS de Saint-Ghislain", 3, 8, 34, 0))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void readsStrictlyWithTheSeedsCounts(Example example) throws Exception {
    BudgetedPlan pst = PstJson.read(example.json());
    Plan plan = pst.plan();

    assertThat(plan.authority().kind()).isEqualTo(AuthorityKind.CPAS);
    assertThat(plan.authority().name()).isEqualTo(example.authority());
    assertThat(plan.legislature().firstExercice()).isEqualTo(2019);
    assertThat(plan.legislature().lastExercice()).isEqualTo(2024);
    assertThat(plan.strategicObjectives()).hasSize(example.strategic());
    assertThat(plan.operationalObjectives()).hasSize(example.operational());
    assertThat(plan.actions()).hasSize(example.actions());
    assertThat(pst.lines()).hasSize(example.budgetLines());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void validatesWithExactlyTheIssuesItsReadmeDocuments(Example example) throws Exception {
    ValidationReport report = PstJson.read(example.json()).validate();

    Map<String, Long> found = new TreeMap<>();
    for (ValidationIssue issue : report.issues()) {
      found.merge(key(issue.rule().id(), issue.severity()), 1L, Long::sum);
    }
    assertThat(found).as("issues per rule, as %s documents them", example.readme())
        .isEqualTo(documentedIssues(example.readme()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void validatesWithNoError(Example example) throws Exception {
    ValidationReport report = PstJson.read(example.json()).validate();

    assertThat(report.errors()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void writesBackByteIdentical(Example example) throws Exception {
    BudgetedPlan pst = PstJson.read(example.json());

    assertThat(PstJson.toJson(pst)).isEqualTo(Files.readString(example.json()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exportsToEcomptesXmlValidAgainstTheSchema(Example example) throws Exception {
    BudgetedPlan pst = PstJson.read(example.json());

    String xml = EcomptesXml.toXml(pst);

    assertThat(EcomptesXml.validate(xml)).isEmpty();
    BudgetedPlan back = EcomptesXml.parse(xml, EcomptesOptions.defaults()).budgetedPlan();
    assertThat(back.plan().actions()).hasSize(example.actions());
    assertThat(back.plan().operationalObjectives()).hasSize(example.operational());
  }

  private static Map<String, Long> documentedIssues(Path readme) throws Exception {
    List<String> lines = Files.readAllLines(readme);
    int start = lines.indexOf("## Expected validation");
    assertThat(start).as("%s has a section '## Expected validation'", readme).isNotNegative();
    Map<String, Long> documented = new TreeMap<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      Matcher row = EXPECTED_ROW.matcher(line);
      if (row.matches()) {
        documented.put(key(row.group(1), Severity.valueOf(row.group(2).toUpperCase(Locale.ROOT))),
            Long.parseLong(row.group(3)));
      }
    }
    return documented;
  }

  private static String key(String rule, Severity severity) {
    return rule + " (" + severity.name().toLowerCase(Locale.ROOT) + ")";
  }
}
