package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of the README's pst-testkit section are quoted from test classes of this
 * module, line for line (indentation aside), so they compile and run with our build as written.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path TESTS = Path.of("src", "test", "java", "be", "pst", "testkit");

  @Test
  void everyJavaSnippetOfTheTestkitSectionIsQuotedFromATestThatRuns() throws IOException {
    List<List<String>> snippets = snippets(testkitSection());
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(3);
    List<List<String>> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(TESTS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java"))
          .collect(Collectors.toList())) {
        sources.add(normalized(Files.readAllLines(file, StandardCharsets.UTF_8)));
      }
    }
    for (List<String> snippet : snippets) {
      assertThat(sources)
          .as("README snippet not found in %s:%n%s", TESTS, String.join("\n", snippet))
          .anyMatch(source -> Collections.indexOfSubList(source, snippet) >= 0);
    }
  }

  @Test
  void theSnippetsOfTheTestkitSectionHaveNoPlaceholder() throws IOException {
    assertThat(snippets(testkitSection()))
        .allSatisfy(s -> assertThat(String.join("\n", s)).doesNotContain("…").doesNotContain("..."));
  }

  private static String testkitSection() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("## Property tests with pst-testkit");
    int end = readme.indexOf("\n## ", start + 1);
    assertThat(start).isNotNegative();
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static List<List<String>> snippets(String markdown) {
    List<List<String>> snippets = new ArrayList<>();
    List<String> current = null;
    for (String line : markdown.split("\n")) {
      if (current == null && line.equals("```java")) {
        current = new ArrayList<>();
      } else if (current != null && line.equals("```")) {
        snippets.add(normalized(current));
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return snippets;
  }

  private static List<String> normalized(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty())
        .collect(Collectors.toList());
  }
}
