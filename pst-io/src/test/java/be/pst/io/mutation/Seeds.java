package be.pst.io.mutation;

import be.pst.budget.line.BudgetLine;
import be.pst.budget.BudgetedPlan;
import be.pst.core.element.PlanElement;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Plan;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import be.pst.io.ecomptes.EcomptesXml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The seed documents of the mutation tests: the five example plans and eComptes documents. */
public final class Seeds {

  /** The examples, relative to the module directory where the tests run. */
  private static final Path EXAMPLES = Path.of("../examples");

  private Seeds() {}

  /** The {@code pst.json} files of the examples; fails if there are not five of them. */
  public static List<Path> examplePaths() {
    try (Stream<Path> directories = Files.list(EXAMPLES)) {
      List<Path> paths = directories.map(d -> d.resolve("pst.json"))
          .filter(Files::isRegularFile).sorted().collect(Collectors.toList());
      if (paths.size() != 5) {
        throw new IllegalStateException("expected the five example plans in "
            + EXAMPLES.toAbsolutePath() + ", found " + paths);
      }
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + EXAMPLES.toAbsolutePath(), e);
    }
  }

  /** The five example plans as JSON seed documents, named after their directories. */
  public static List<SeedDocument> jsonExamples() throws IOException {
    List<SeedDocument> seeds = new ArrayList<>();
    for (Path p : examplePaths()) {
      seeds.add(SeedDocument.of(name(p), Files.readAllBytes(p)));
    }
    return seeds;
  }

  /** The examples whose whole export is a seed: two volets (Perwez), the smallest. */
  private static final Set<String> WHOLE = Set.of("perwez-2019-2024", "saint-ghislain-2019-2024");

  /**
   * eComptes documents: the exports of the five example plans, one per strategic objective (the
   * plan with that objective only, its budget lines and the plan's own), the whole exports of
   * Perwez (two volets) and Saint-Ghislain (the smallest), and the eComptes documents of the test
   * resources ({@code ecomptes/*.xml}). The exports per objective hold every element and
   * structure of the whole ones in documents four to ten times smaller, so that 5 000 mutants
   * are read, validated and written again within a minute; the two whole exports keep documents
   * with several objectives and volets in the mix.
   */
  public static List<SeedDocument> ecomptesDocuments() throws IOException, PstFormatException {
    List<SeedDocument> seeds = new ArrayList<>();
    for (Path p : examplePaths()) {
      BudgetedPlan plan = PstJson.read(p);
      if (WHOLE.contains(name(p))) {
        seeds.add(SeedDocument.of(name(p) + " export", xml(plan)));
      }
      for (StrategicObjective os : plan.plan().strategicObjectives()) {
        Plan part = plan.plan().withStrategicObjectives(List.of(os));
        Set<String> codes = part.elements().stream().map(PlanElement::code)
            .collect(Collectors.toSet());
        List<BudgetLine> lines = plan.lines().stream()
            .filter(l -> l.elementCode().map(codes::contains).orElse(true))
            .collect(Collectors.toList());
        seeds.add(SeedDocument.of(name(p) + " " + os.code() + " export",
            xml(BudgetedPlan.of(part, lines))));
      }
    }
    for (Path p : resources("ecomptes")) {
      seeds.add(SeedDocument.of(p.getFileName().toString(), Files.readAllBytes(p)));
    }
    return seeds;
  }

  private static byte[] xml(BudgetedPlan plan) {
    return EcomptesXml.toXml(plan).getBytes(StandardCharsets.UTF_8);
  }

  private static String name(Path example) {
    return example.getParent().getFileName().toString();
  }

  private static List<Path> resources(String directory) throws IOException {
    URL url = Seeds.class.getResource("/" + directory);
    if (url == null) {
      throw new IllegalStateException("no test resource directory " + directory);
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.filter(f -> f.toString().endsWith(".xml")).sorted()
          .collect(Collectors.toList());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
