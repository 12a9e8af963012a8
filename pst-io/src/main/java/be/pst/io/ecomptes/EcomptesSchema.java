package be.pst.io.ecomptes;

import be.pst.io.PstFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

/**
 * The eComptes XSD ({@code PST_eComptes_Export_201805V1.xsd}, shipped in this package) and
 * validation against it, with external DTD and schema access switched off and secure
 * processing on.
 */
final class EcomptesSchema {

  /** Class-path name of the schema. */
  static final String RESOURCE = "PST_eComptes_Export_201805V1.xsd";

  /** Most violations reported: validation stops after them (a flood costs no more). */
  static final int MAX_ISSUES = 1_000;

  private EcomptesSchema() {}

  private static final class Holder {
    static final Schema SCHEMA = load();
  }

  static Schema schema() {
    return Holder.SCHEMA;
  }

  private static Schema load() {
    URL url = EcomptesSchema.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("missing class-path resource " + RESOURCE);
    }
    try (InputStream in = url.openStream()) {
      SchemaFactory f = SchemaFactory.newDefaultInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return f.newSchema(new StreamSource(in, url.toExternalForm()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    } catch (SAXException e) {
      throw new IllegalStateException("invalid schema " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /**
   * Validates a document: it is parsed once, through the checks of {@link SecureXml} (which
   * reject DTDs, entities, deep nesting and floods with an exception, before the validator sees
   * anything), and checked against the schema; every violation is returned, up to
   * {@link #MAX_ISSUES} (then one more issue says that validation stopped). Lengths are counted
   * in characters (code points), as XML Schema specifies, though the JDK's validator counts
   * UTF-16 units: it is shown every character beyond the Basic Multilingual Plane as one unit.
   */
  static List<EcomptesIssue> validate(byte[] document, String source)
      throws PstFormatException {
    return validate(document, source, SecureXml.checked(source), MAX_ISSUES);
  }

  /** A document's tree and its first schema violation, if any. */
  record Validated(XmlNode root, java.util.Optional<EcomptesIssue> firstViolation) {}

  /**
   * Parses a document into its tree and validates it in the same pass, stopping at the first
   * violation (then the tree holds what came before it): strict reading.
   */
  static Validated parseValid(byte[] document, String source, int maxDepth, int maxElements)
      throws PstFormatException {
    SecureXml.Checked checked = SecureXml.checked(source, maxDepth, maxElements);
    List<EcomptesIssue> issues = validate(document, source, checked, 1);
    return new Validated(checked.root(), issues.stream().findFirst());
  }

  /** The longest validator message kept: the validator quotes whole values. */
  private static final int MAX_MESSAGE = 400;

  private static String shorten(String message) {
    if (message.length() <= MAX_MESSAGE) {
      return message;
    }
    int half = MAX_MESSAGE / 2;
    return message.substring(0, half) + "…(" + (message.length() - MAX_MESSAGE)
        + " characters)…" + message.substring(message.length() - half);
  }

  private static List<EcomptesIssue> validate(byte[] document, String source,
      SecureXml.Checked checked, int maxIssues) throws PstFormatException {
    List<EcomptesIssue> issues = new ArrayList<>();
    Validator v = schema().newValidator();
    try {
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw new IllegalStateException("XML validator cannot be secured: " + e.getMessage(), e);
    }
    v.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) throws SAXException {
        add(e);
      }

      @Override
      public void error(SAXParseException e) throws SAXException {
        add(e);
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        add(e);
      }

      private void add(SAXParseException e) throws SAXException {
        if (issues.size() == maxIssues) {
          if (maxIssues == MAX_ISSUES) {
            issues.add(EcomptesIssue.of("", e.getLineNumber(), e.getColumnNumber(),
                "more than " + MAX_ISSUES + " schema violations: validation stopped here"));
          }
          throw new Stopped();
        }
        issues.add(EcomptesIssue.of("", e.getLineNumber(), e.getColumnNumber(),
            shorten(String.valueOf(e.getMessage()))));
        if (issues.size() == maxIssues && maxIssues < MAX_ISSUES) {
          throw new Stopped();
        }
      }
    });
    InputSource input = new InputSource(new ByteArrayInputStream(document));
    input.setSystemId(source);
    try {
      v.validate(new SAXSource(checked, input));
    } catch (SAXException | IOException | RuntimeException e) {
      if (!stopped(e)) {
        throw checked.problem(e);
      }
    }
    return List.copyOf(issues);
  }

  /** Stops a validation after {@link #MAX_ISSUES}. */
  private static final class Stopped extends SAXException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("validation stopped after " + MAX_ISSUES + " violations");
    }
  }

  private static boolean stopped(Throwable t) {
    Throwable c = t;
    for (int i = 0; c != null && i < 10; i++) {
      if (c instanceof Stopped) {
        return true;
      }
      Throwable next = c instanceof SAXException ? ((SAXException) c).getException() : null;
      c = next != null ? next : c.getCause();
    }
    return false;
  }
}
