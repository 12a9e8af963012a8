package be.pst.io.ecomptes;

import be.pst.core.element.Volet;
import be.pst.io.PstFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Hardened XML parsing: a StAX reader that never resolves a DTD or an entity, and a tree
 * builder that bounds nesting depth, element count and text size. Any DOCTYPE or entity
 * reference fails fast, before anything is fetched from disk or network.
 */
final class SecureXml {

  /** Deepest legitimate eComptes element is at depth 12; leave room for tool extensions. */
  static final int DEFAULT_MAX_DEPTH = 64;

  /** Generous for a PST (a few thousand elements), small enough to stop a flood. */
  static final int DEFAULT_MAX_ELEMENTS = 1_000_000;

  /** Longest text of a single element, in chars. */
  static final int MAX_TEXT_CHARS = 1 << 20;

  /** Child names that repeat and are shown with a 1-based index in paths. */
  private static final Set<String> REPEATED = Set.of(
      "Volets/Volet",
      "ObjectifStrategiques/ObjectifStrategique",
      "ObjectifsOperationnels/ObjectifOperationnel",
      "Actions/Action",
      "Articles/Article",
      "Projections/Projection",
      "Exercices/Exercice",
      "Plans/Plan",
      "Partenaires/Partenaire");

  private SecureXml() {}

  /**
   * A StAX input factory that supports neither DTDs nor external entities, and whose own depth
   * limit lies just beyond {@code maxDepth} so that our clearer message comes first.
   */
  static XMLInputFactory inputFactory(int maxDepth) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    // Keep entity references as events so that we see, and reject, every one of them.
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    // Belt and braces: DTDs are refused below, so no declared entity can ever be expanded;
    // these JDK limits would stop one anyway (the predefined &amp; &lt;… are not counted).
    setIfSupported(f, "jdk.xml.entityExpansionLimit", "10");
    setIfSupported(f, "jdk.xml.maxParameterEntitySizeLimit", "1");
    setIfSupported(f, "jdk.xml.maxElementDepth", String.valueOf(maxDepth + 1));
    f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    return f;
  }

  private static void setIfSupported(XMLInputFactory f, String property, String value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException unsupported) {
      // Another StAX implementation: our own checks below still apply.
    }
  }

  /**
   * Parses a document into a tree, rejecting DTDs, entity references, nesting deeper than
   * {@code maxDepth} and more than {@code maxElements} elements.
   */
  static XmlNode parse(InputStream in, String source, int maxDepth, int maxElements)
      throws PstFormatException {
    XMLStreamReader r = null;
    Deque<XmlNode> stack = new ArrayDeque<>();
    XmlNode root = null;
    int elements = 0;
    try {
      r = inputFactory(maxDepth).createXMLStreamReader(in);
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD:
            throw fail(source, stack, r.getLocation(),
                "a DOCTYPE declaration is not allowed in an eComptes document"
                    + " (DTDs and entities are refused for safety)");
          case XMLStreamConstants.ENTITY_REFERENCE:
            throw fail(source, stack, r.getLocation(),
                "entity reference &" + r.getLocalName() + "; is not allowed"
                    + " (only &amp; &lt; &gt; &quot; &apos; and character references are)");
          case XMLStreamConstants.START_ELEMENT: {
            if (stack.size() >= maxDepth) {
              throw fail(source, stack, r.getLocation(),
                  "elements nested deeper than " + maxDepth + " levels");
            }
            if (++elements > maxElements) {
              throw fail(source, stack, r.getLocation(),
                  "more than " + maxElements + " elements");
            }
            String name = r.getLocalName();
            XmlNode parent = stack.peek();
            String path;
            if (parent == null) {
              path = "/" + name;
            } else {
              path = parent.path() + "/" + name;
              if (REPEATED.contains(parent.name() + "/" + name)) {
                path += "[" + (parent.countChildren(name) + 1) + "]";
              }
            }
            Location loc = r.getLocation();
            XmlNode node = new XmlNode(name, path, loc.getLineNumber(), loc.getColumnNumber());
            for (int i = 0; i < r.getAttributeCount(); i++) {
              node.putAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
            if (parent == null) {
              root = node;
            } else {
              parent.addChild(node);
            }
            stack.push(node);
            break;
          }
          case XMLStreamConstants.END_ELEMENT:
            stack.pop();
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE: {
            XmlNode current = stack.peek();
            if (current != null) {
              if (current.rawText().length() + r.getTextLength() > MAX_TEXT_CHARS) {
                throw fail(source, stack, r.getLocation(),
                    "text longer than " + MAX_TEXT_CHARS + " characters");
              }
              current.appendText(r.getText());
            }
            break;
          }
          default:
            break; // comments, processing instructions, document start and end
        }
      }
    } catch (XMLStreamException e) {
      Location loc = e.getLocation();
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      // The JDK prefixes "ParseError at [row,col]:[l,c]\nMessage: "; keep the message only.
      int idx = message.indexOf("Message: ");
      if (idx >= 0) {
        message = message.substring(idx + "Message: ".length());
      }
      throw new PstFormatException("not well-formed XML: " + message.trim(), source,
          pathOf(stack), loc == null ? -1 : loc.getLineNumber(),
          loc == null ? -1 : loc.getColumnNumber(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing left to release
        }
      }
    }
    if (root == null) {
      throw new PstFormatException(
          "empty document: expected a <dataroot> element", source, "", -1, -1);
    }
    return root;
  }

  private static PstFormatException fail(
      String source, Deque<XmlNode> stack, Location loc, String detail) {
    return new PstFormatException(detail, source, pathOf(stack),
        loc == null ? -1 : loc.getLineNumber(), loc == null ? -1 : loc.getColumnNumber());
  }

  private static String pathOf(Deque<XmlNode> stack) {
    XmlNode top = stack.peek();
    return top == null ? "" : top.path();
  }

  /** Reads everything, failing past {@code maxBytes}. */
  static byte[] readAll(InputStream in, String source, long maxBytes)
      throws IOException, PstFormatException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new PstFormatException(
          "document larger than " + maxBytes + " bytes", source, "", -1, -1);
    }
    return bytes;
  }
}
