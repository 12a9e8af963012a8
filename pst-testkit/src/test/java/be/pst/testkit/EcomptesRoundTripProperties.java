package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.io.PstFormatException;
import be.pst.io.ecomptes.EcomptesImport;
import be.pst.io.ecomptes.EcomptesIssue;
import be.pst.io.ecomptes.EcomptesOptions;
import be.pst.io.ecomptes.EcomptesWarning;
import be.pst.io.ecomptes.EcomptesXml;
import be.pst.io.json.PstJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The eComptes exchange is stable and keeps what it carries, for every generated plan and every
 * example plan: {@code export(import(export(p)))} is {@code export(p)} byte for byte (the header
 * kept by the import), the export is valid against the XSD and reads the same strictly and
 * leniently, and {@code import(export(p))} is exactly {@code EcomptesXml.carried(p)}, the
 * projection of {@code p} onto what the format carries (documented in {@code docs/ecomptes.md}).
 */
class EcomptesRoundTripProperties {

  private static final EcomptesOptions STRICT = EcomptesOptions.builder().lenient(false).build();

  @Property(tries = 100)
  void exportOfTheImportOfAnExportIsTheSameBytes(@ForAll BudgetedPlan plan)
      throws PstFormatException {
    checkStable(plan);
  }

  @Property(tries = 100)
  void importOfAnExportKeepsEveryAttributeTheFormatCarries(@ForAll BudgetedPlan plan)
      throws PstFormatException {
    checkCarried(plan);
  }

  @Property(tries = 100)
  void exportIsStableForDirtyPlansToo(@ForAll("dirtyBudgetedPlans") BudgetedPlan plan)
      throws PstFormatException {
    checkStable(plan);
  }

  @Provide
  Arbitrary<BudgetedPlan> dirtyBudgetedPlans() {
    return PstArbitraries.budgetedPlans().withPlans(PstArbitraries.plans().dirty()).dirty();
  }

  @Example
  void everyExamplePlanRoundTripsByteForByteAndKeepsWhatTheFormatCarries() throws Exception {
    List<Path> examples = examples();
    assertThat(examples).hasSize(5);
    for (Path example : examples) {
      BudgetedPlan plan = PstJson.read(example);
      checkStable(plan);
      checkCarried(plan);
    }
  }

  private static void checkStable(BudgetedPlan plan) throws PstFormatException {
    String once = EcomptesXml.toXml(plan);
    assertThat(EcomptesXml.validate(once)).isEmpty();
    EcomptesImport imported = EcomptesXml.parse(once, EcomptesOptions.defaults());
    EcomptesImport strict = EcomptesXml.parse(once, STRICT);
    assertThat(strict.budgetedPlan()).isEqualTo(imported.budgetedPlan());
    assertThat(imported.warnings()).extracting(EcomptesIssue::kind)
        .allMatch(k -> k.equals(Optional.of(EcomptesWarning.ARTICLE_WITHOUT_GROUP)));
    String twice = EcomptesXml.toXml(imported.budgetedPlan(), imported.exportOptions());
    assertThat(firstDifference(twice, once)).isEmpty();
    assertThat(twice).isEqualTo(once);
    EcomptesImport again = EcomptesXml.parse(twice, EcomptesOptions.defaults());
    assertThat(again.budgetedPlan()).isEqualTo(imported.budgetedPlan());
  }

  private static void checkCarried(BudgetedPlan plan) throws PstFormatException {
    BudgetedPlan read = EcomptesXml.parse(EcomptesXml.toXml(plan), EcomptesOptions.defaults())
        .budgetedPlan();
    BudgetedPlan carried = EcomptesXml.carried(plan, EcomptesOptions.defaults());
    assertThat(firstDifference(PstJson.toJson(read), PstJson.toJson(carried))).isEmpty();
    assertThat(read.plan()).isEqualTo(carried.plan());
    assertThat(read.lines()).containsExactlyElementsOf(carried.lines());
  }

  /** The first line where two texts differ, with the lines around it; empty when equal. */
  private static String firstDifference(String actual, String expected) {
    String[] a = actual.split("\n", -1);
    String[] e = expected.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, e.length); i++) {
      String x = i < a.length ? a[i] : "<end>";
      String y = i < e.length ? e[i] : "<end>";
      if (!x.equals(y)) {
        StringBuilder context = new StringBuilder("line " + (i + 1) + "\n");
        for (int k = Math.max(0, i - 8); k < i; k++) {
          context.append("  ").append(a[k]).append('\n');
        }
        context.append("- ").append(y).append("\n+ ").append(x).append('\n');
        for (int k = i + 1; k < Math.min(i + 6, Math.min(a.length, e.length)); k++) {
          context.append("- ").append(e[k]).append("\n+ ").append(a[k]).append('\n');
        }
        return context.toString();
      }
    }
    return "";
  }

  private static List<Path> examples() throws IOException {
    Path root = Path.of(System.getProperty("pst.repo.root", "..")).resolve("examples");
    try (Stream<Path> folders = Files.list(root)) {
      return folders.map(f -> f.resolve("pst.json")).filter(Files::isRegularFile).sorted()
          .collect(Collectors.toList());
    }
  }
}
