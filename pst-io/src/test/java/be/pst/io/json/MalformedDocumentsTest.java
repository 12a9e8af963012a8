package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.pst.io.PstFormatException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of {@code json/malformed} fails, strictly, at the pointer and line of its
 * {@code .expect} sidecar, with a message containing its fragment.
 */
class MalformedDocumentsTest {

  static List<Path> documents() throws IOException, URISyntaxException {
    Path directory =
        Path.of(MalformedDocumentsTest.class.getResource("/json/malformed").toURI());
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void corpusHoldsAtLeastThirtyDocumentsEachWithItsExpectation() throws Exception {
    List<Path> documents = documents();
    assertThat(documents).hasSizeGreaterThanOrEqualTo(30);
    for (Path document : documents) {
      assertThat(expectationOf(document)).exists();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void malformedDocumentFailsAtItsPointerWithItsMessage(Path document) throws Exception {
    Properties expected = new Properties();
    try (var reader = Files.newBufferedReader(expectationOf(document))) {
      expected.load(reader);
    }

    PstFormatException e =
        catchThrowableOfType(PstFormatException.class, () -> PstJson.read(document));

    assertThat(e).as("reading %s", document.getFileName()).isNotNull();
    assertThat(e.pointer()).isEqualTo(expected.getProperty("pointer"));
    assertThat(e.line()).isEqualTo(Integer.parseInt(expected.getProperty("line")));
    assertThat(e.problem()).contains(expected.getProperty("message"));
    assertThat(e.source()).isEqualTo(document.toString());
    assertThat(e.getMessage())
        .startsWith(document + ":" + e.line() + ":")
        .contains(expected.getProperty("message"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void malformedStringFailsAtTheSamePlaceNamedString(Path document) throws Exception {
    String json = Files.readString(document);
    PstFormatException fromFile =
        catchThrowableOfType(PstFormatException.class, () -> PstJson.read(document));
    PstFormatException fromString =
        catchThrowableOfType(PstFormatException.class, () -> PstJson.parse(json));

    assertThat(fromString.source()).isEqualTo("<string>");
    assertThat(fromString.pointer()).isEqualTo(fromFile.pointer());
    assertThat(fromString.line()).isEqualTo(fromFile.line());
    assertThat(fromString.problem()).isEqualTo(fromFile.problem());
  }

  private static Path expectationOf(Path document) {
    String name = document.getFileName().toString();
    return document.resolveSibling(name.substring(0, name.length() - 5) + ".expect");
  }
}
