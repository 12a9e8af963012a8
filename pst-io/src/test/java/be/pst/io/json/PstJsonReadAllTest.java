package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.pst.budget.BudgetedPlan;
import be.pst.io.PstFormatException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PstJsonReadAllTest {

  @TempDir Path dir;

  /** Writes {@code count} distinct plans, each in its own file, and returns the files. */
  private List<Path> region(int count, List<BudgetedPlan> written) throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BudgetedPlan small = SamplePlans.small();
      BudgetedPlan plan = small.withPlan(small.plan().withTitle("PST de la commune " + i));
      Path file = dir.resolve("plan-" + i + ".json");
      PstJson.write(plan, file);
      files.add(file);
      written.add(plan);
    }
    return files;
  }

  @Test
  void readAllReturnsThePlansInTheOrderOfThePathsWhateverTheThreads() throws Exception {
    List<BudgetedPlan> written = new ArrayList<>();
    List<Path> files = region(9, written);
    assertThat(PstJson.readAll(files)).containsExactlyElementsOf(written);
    for (int threads : new int[] {1, 2, 3, 16}) {
      List<PstJsonResult> results = PstJson.reader().readAll(files, threads);
      assertThat(results).extracting(PstJsonResult::plan).containsExactlyElementsOf(written);
    }
  }

  @Test
  void readAllOfNoFileIsEmpty() throws Exception {
    assertThat(PstJson.readAll(List.of())).isEmpty();
    assertThat(PstJson.reader().readAll(List.of(), 4)).isEmpty();
  }

  @Test
  void readAllThrowsTheFailureOfTheFirstBadFileInPathOrder() throws Exception {
    List<Path> files = region(8, new ArrayList<>());
    Files.writeString(files.get(3), "{\"format\": \"be.pst/1\", \"plan\": 42}",
        StandardCharsets.UTF_8);
    Files.writeString(files.get(6), "[]", StandardCharsets.UTF_8);
    for (int threads : new int[] {1, 2, 8}) {
      PstFormatException e = catchThrowableOfType(PstFormatException.class,
          () -> PstJson.reader().readAll(files, threads));
      assertThat(e.source()).isEqualTo(files.get(3).toString());
      assertThat(e.pointer()).isEqualTo("/plan");
    }
  }

  @Test
  void readAllReportsAMissingFileAsAnIoException() throws Exception {
    List<Path> files = new ArrayList<>(region(3, new ArrayList<>()));
    files.add(1, dir.resolve("absent.json"));
    assertThatThrownBy(() -> PstJson.readAll(files))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("absent.json");
  }

  @Test
  void readAllRefusesNullPathsAndFewerThanOneThread() throws Exception {
    List<Path> files = region(2, new ArrayList<>());
    assertThatThrownBy(() -> PstJson.readAll(null))
        .isInstanceOf(NullPointerException.class).hasMessage("paths");
    assertThatThrownBy(() -> PstJson.readAll(Arrays.asList(files.get(0), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("paths contains null");
    assertThatThrownBy(() -> PstJson.reader().readAll(files, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
  }
}
