package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PstJsonGoldenTest {

  private static final String GOLDEN = "/json/golden/small-plan.json";

  static String resource(String name) throws IOException {
    try (InputStream in = PstJsonGoldenTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void smallPlanIsWrittenExactlyAsTheGoldenFile() throws IOException {
    assertThat(PstJson.toJson(SamplePlans.small())).isEqualTo(resource(GOLDEN));
  }

  @Test
  void goldenFileReadsAsTheSmallPlan() throws Exception {
    assertThat(PstJson.parse(resource(GOLDEN))).isEqualTo(SamplePlans.small());
  }

  @Test
  void fileStreamAndStringOutputsAreTheSameUtf8Bytes(@TempDir Path dir) throws IOException {
    BudgetedPlan plan = SamplePlans.small();
    Path file = dir.resolve("pst.json");
    PstJson.write(plan, file);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    PstJson.write(plan, stream);
    byte[] expected = resource(GOLDEN).getBytes(StandardCharsets.UTF_8);
    assertThat(Files.readAllBytes(file)).isEqualTo(expected);
    assertThat(stream.toByteArray()).isEqualTo(expected);
  }

  @Test
  void outputUsesTwoSpacesNewlinesAndEndsWithANewline() {
    String json = PstJson.toJson(SamplePlans.small());
    assertThat(json).doesNotContain("\r").doesNotContain("\t").endsWith("}\n");
    assertThat(json).startsWith("{\n  \"format\": \"be.pst/1\",\n  \"plan\": {\n    \"authority\"");
  }

  @Test
  void planWithoutBudgetHasNoBudgetMember() throws Exception {
    BudgetedPlan small = SamplePlans.small();
    String json = PstJson.toJson(small.plan());
    assertThat(json).doesNotContain("\"budget\"");
    assertThat(PstJson.parse(json)).isEqualTo(BudgetedPlan.of(small.plan()));
  }

  @Test
  void planWithoutBudgetIsWrittenToFilesAndStreams(@TempDir Path dir) throws Exception {
    BudgetedPlan small = SamplePlans.small();
    Path file = dir.resolve("plan.json");
    PstJson.write(small.plan(), file);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    PstJson.write(small.plan(), stream);
    assertThat(PstJson.read(file)).isEqualTo(BudgetedPlan.of(small.plan()));
    assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo(PstJson.toJson(small.plan()));
  }

  @Test
  void formatGuideShowsTheGoldenFileAsItsCompleteExample() throws IOException {
    String guide = Files.readString(Path.of("../docs/format.md"));
    assertThat(guide).contains("```json\n" + resource(GOLDEN) + "```");
  }
}
