package be.pst.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Mustache templates of the documents, resources of this module ({@code
 * be/pst/report/*.mustache}), compiled once with JMustache: every {@code {{value}}} is escaped by
 * {@link Html#escape}; only the SVG charts and the style sheet, which this library writes, are
 * inserted raw ({@code {{{…}}}}). A missing value is an error, not an empty string. Thread-safe;
 * package-private.
 */
final class Templates {

  private static final Mustache.Compiler COMPILER = Mustache.compiler()
      .withEscaper(Html::escape)
      .emptyStringIsFalse(true)
      .withLoader(Templates::reader);

  private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

  private Templates() {}

  /**
   * Renders a template.
   *
   * @param name the template's name, without {@code .mustache}
   * @param model the values, maps and lists of maps
   * @return the text
   */
  static String render(String name, Map<String, Object> model) {
    return CACHE.computeIfAbsent(name, COMPILER::loadTemplate).execute(model);
  }

  /**
   * A resource of this package as text.
   *
   * @param file the file name, e.g. {@code "report.css"}
   * @return its contents
   */
  static String text(String file) {
    try (InputStream in = open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + file, e);
    }
  }

  private static Reader reader(String name) {
    return new InputStreamReader(open(name + ".mustache"), StandardCharsets.UTF_8);
  }

  private static InputStream open(String file) {
    InputStream in = Templates.class.getResourceAsStream(file);
    if (in == null) {
      throw new IllegalStateException("missing resource be/pst/report/" + file);
    }
    return in;
  }
}
