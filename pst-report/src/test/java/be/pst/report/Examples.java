package be.pst.report;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.testdata.InventedAccounts;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The example plans of the repository, and a strict XML parse of a document. */
final class Examples {

  /** The repository's root. */
  static final Path ROOT =
      Path.of(System.getProperty("pst.repo.root", "..")).toAbsolutePath().normalize();

  /** Where the tests write documents and screenshots. */
  static final Path OUTPUT = Path.of(System.getProperty("pst.report.output", "target/reports"));

  private Examples() {}

  /** The example directories, e.g. {@code ottignies-2019-2024}. */
  static List<String> names() {
    try (Stream<Path> dirs = Files.list(ROOT.resolve("examples"))) {
      return dirs.filter(d -> Files.exists(d.resolve("pst.json")))
          .map(d -> d.getFileName().toString()).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BudgetedPlan read(String name) {
    try {
      return PstJson.read(ROOT.resolve("examples").resolve(name).resolve("pst.json"));
    } catch (IOException | PstFormatException e) {
      throw new IllegalStateException("cannot read example " + name, e);
    }
  }

  /** Ottignies with the realised lines INVENTED FOR THE TEST ({@link InventedAccounts}). */
  static BudgetedPlan ottigniesWithInventedAccounts() {
    return read("ottignies-2019-2024").plusLines(InventedAccounts.lines());
  }

  /**
   * Parses a document strictly, as XML: it must be well-formed XHTML.
   *
   * @throws SAXException if it is not
   */
  static Document parse(String html) throws SAXException, IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(html)));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
