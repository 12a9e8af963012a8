package be.pst.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A hardened streaming reader of one XML part of an {@code .xlsx}: no DTD, no entity (any
 * DOCTYPE or entity reference fails before anything is fetched), nesting bounded by
 * {@link SheetLimits#MAX_XML_DEPTH}, bytes bounded by {@link BoundedPartStream}. Every failure is
 * a {@link SheetFormatException} naming the part and the line.
 */
final class XmlPart implements AutoCloseable {

  private static final XMLInputFactory FACTORY = factory();

  private final XMLStreamReader reader;
  private final BoundedPartStream in;
  private final String part;
  private final String source;
  private final String sheet;
  private int depth;

  private XmlPart(XMLStreamReader reader, BoundedPartStream in, String part, String source,
      String sheet) {
    this.reader = reader;
    this.in = in;
    this.part = part;
    this.source = source;
    this.sheet = sheet;
  }

  static XmlPart open(BoundedPartStream in, String part, String source, String sheet)
      throws SheetFormatException, IOException {
    try {
      return new XmlPart(FACTORY.createXMLStreamReader(in), in, part, source, sheet);
    } catch (XMLStreamException e) {
      in.close();
      throw damaged(source, sheet, part, e, in);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    setIfSupported(f, "jdk.xml.entityExpansionLimit", "10");
    setIfSupported(f, "jdk.xml.maxElementDepth", String.valueOf(SheetLimits.MAX_XML_DEPTH + 1));
    f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    return f;
  }

  private static void setIfSupported(XMLInputFactory f, String property, String value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException unsupported) {
      // Another StAX implementation: our own depth check still applies.
    }
  }

  XMLStreamReader reader() {
    return reader;
  }

  boolean hasNext() throws SheetFormatException {
    try {
      return reader.hasNext();
    } catch (XMLStreamException | RuntimeException e) {
      throw damaged(source, sheet, part, e, in);
    }
  }

  /** The next event, after the checks: no DTD, no entity reference, bounded depth. */
  int next() throws SheetFormatException {
    int event;
    try {
      event = reader.next();
    } catch (XMLStreamException | RuntimeException e) {
      throw damaged(source, sheet, part, e, in);
    }
    switch (event) {
      case XMLStreamConstants.DTD:
        throw fail("a DOCTYPE declaration, which an .xlsx never has (refused for safety)");
      case XMLStreamConstants.ENTITY_REFERENCE:
        throw fail("an entity reference &" + reader.getLocalName() + "; (refused for safety)");
      case XMLStreamConstants.START_ELEMENT:
        if (++depth > SheetLimits.MAX_XML_DEPTH) {
          throw fail("XML elements nested deeper than " + SheetLimits.MAX_XML_DEPTH
              + " levels (SheetLimits.MAX_XML_DEPTH)");
        }
        break;
      case XMLStreamConstants.END_ELEMENT:
        depth--;
        break;
      default:
        break;
    }
    return event;
  }

  /** The value of an attribute without namespace, or {@code null}. */
  String attribute(String localName) {
    return reader.getAttributeValue(null, localName);
  }

  /** The value of the attribute {@code localName} in any namespace, or {@code null}. */
  String namespacedAttribute(String localName) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String ns = reader.getAttributeNamespace(i);
      if (ns != null && !ns.isEmpty() && localName.equals(reader.getAttributeLocalName(i))) {
        return reader.getAttributeValue(i);
      }
    }
    return null;
  }

  int line() {
    Location location = reader.getLocation();
    return location == null ? -1 : location.getLineNumber();
  }

  SheetFormatException fail(String what) {
    return new SheetFormatException(SheetProblem.ofFile(source, sheet,
        "damaged .xlsx: part " + part + (line() > 0 ? ", line " + line() : "") + ": " + what));
  }

  static SheetFormatException damaged(String source, String sheet, String part, Exception e,
      BoundedPartStream in) {
    if (in.refusal() != null) {
      return new SheetFormatException(
          SheetProblem.ofFile(source, sheet, in.refusal().getMessage()), in.refusal());
    }
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int idx = message.indexOf("Message: ");
    if (idx >= 0) {
      message = message.substring(idx + "Message: ".length());
    }
    return new SheetFormatException(SheetProblem.ofFile(source, sheet,
        "damaged .xlsx: part " + part + " is not well-formed XML: " + message.strip()), e);
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } catch (XMLStreamException ignored) {
      // nothing left to release but the stream
    } finally {
      in.close();
    }
  }
}
