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
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
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
   * Validates a document. It is first parsed by {@link SecureXml} (which rejects DTDs,
   * entities and deep nesting with an exception), then checked against the schema; every
   * violation is returned.
   */
  static List<EcomptesIssue> validate(byte[] document, String source)
      throws PstFormatException {
    SecureXml.parse(new ByteArrayInputStream(document), source,
        SecureXml.DEFAULT_MAX_DEPTH, SecureXml.DEFAULT_MAX_ELEMENTS);
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
      public void warning(SAXParseException e) {
        add(e);
      }

      @Override
      public void error(SAXParseException e) {
        add(e);
      }

      @Override
      public void fatalError(SAXParseException e) {
        add(e);
      }

      private void add(SAXParseException e) {
        issues.add(EcomptesIssue.of("", e.getLineNumber(), e.getColumnNumber(),
            String.valueOf(e.getMessage())));
      }
    });
    try {
      v.validate(new StreamSource(new ByteArrayInputStream(document), source));
    } catch (SAXParseException e) {
      // already reported through the error handler
    } catch (SAXException e) {
      issues.add(EcomptesIssue.of("", -1, -1, String.valueOf(e.getMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return List.copyOf(issues);
  }
}
