package be.pst.io.ecomptes;

import be.pst.core.element.Volet;
import be.pst.io.PstFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Hardened XML parsing: a SAX parser that never resolves a DTD or an external entity, and a tree
 * builder that bounds nesting depth, element count and text size. Any DOCTYPE fails fast, before
 * anything is fetched from disk or network. Every problem, whatever the parser raises, becomes a
 * {@link PstFormatException} with the XML path, line and column where the parser stopped; nothing
 * is printed. The work is linear in the size of the document: a child is added and a piece of
 * text appended in constant time, without copying what came before.
 */
final class SecureXml {

  /** Deepest legitimate eComptes element is at depth 12; leave room for tool extensions. */
  static final int DEFAULT_MAX_DEPTH = 64;

  /** Generous for a PST (a few thousand elements), small enough to stop a flood. */
  static final int DEFAULT_MAX_ELEMENTS = 1_000_000;

  /**
   * Longest text of a single element, in UTF-16 units: the longest string the JSON reader
   * accepts, so that whatever is imported can also be saved as JSON.
   */
  static final int MAX_TEXT_CHARS = 1_000_000;

  /** Lists whose items are shown with a 1-based index in paths: list name → item name. */
  private static final Map<String, String> REPEATED = Map.of(
      "Volets", "Volet",
      "ObjectifStrategiques", "ObjectifStrategique",
      "ObjectifsOperationnels", "ObjectifOperationnel",
      "Actions", "Action",
      "Articles", "Article",
      "Projections", "Projection",
      "Exercices", "Exercice",
      "Plans", "Plan",
      "Partenaires", "Partenaire");

  /** The entities every XML document has. */
  private static final Set<String> PREDEFINED = Set.of("amp", "lt", "gt", "quot", "apos");

  private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

  private SecureXml() {}

  /**
   * A namespace-aware SAX reader with secure processing on, external DTDs, entities and schemas
   * off, and no resolution of anything external; its own depth limit lies just beyond
   * {@code maxDepth} so that our clearer message comes first.
   */
  static XMLReader reader(int maxDepth) {
    try {
      SAXParser parser = FACTORY.get().newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      // Belt and braces: DTDs are refused by the checks, so no declared entity is ever
      // expanded; these JDK limits would stop one anyway (&amp; &lt;… are not counted).
      setIfSupported(parser, "jdk.xml.entityExpansionLimit", "10");
      setIfSupported(parser, "jdk.xml.maxParameterEntitySizeLimit", "1");
      setIfSupported(parser, "jdk.xml.maxElementDepth", String.valueOf(maxDepth + 1));
      return parser.getXMLReader();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the XML parser cannot be secured: " + e.getMessage(), e);
    }
  }

  /** One configured factory per thread: finding and configuring one costs more than parsing. */
  private static final ThreadLocal<SAXParserFactory> FACTORY = ThreadLocal.withInitial(() -> {
    try {
      SAXParserFactory f = SAXParserFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setValidating(false);
      f.setXIncludeAware(false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return f;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the XML parser cannot be secured: " + e.getMessage(), e);
    }
  });

  private static void setIfSupported(SAXParser parser, String property, String value) {
    try {
      parser.setProperty(property, value);
    } catch (SAXNotRecognizedException | SAXNotSupportedException unsupported) {
      // Another parser: our own checks below still apply.
    }
  }

  /**
   * Parses a document into a tree, rejecting DTDs, external entities, undeclared entity
   * references, nesting deeper than {@code maxDepth}, more than {@code maxElements} elements and
   * texts longer than {@link #MAX_TEXT_CHARS}.
   */
  static XmlNode parse(byte[] document, String source, int maxDepth, int maxElements)
      throws PstFormatException {
    Checked checked = new Checked(reader(maxDepth), source, maxDepth, maxElements, false);
    try {
      checked.parse(new InputSource(new ByteArrayInputStream(document)));
    } catch (SAXException | IOException | RuntimeException e) {
      throw checked.problem(e);
    }
    return checked.root();
  }

  /**
   * A reader that passes a document's events on to its handlers after the checks of
   * {@link #parse} (for validation), every supplementary character shown as one U+FFFD so that
   * a validator counting UTF-16 units counts code points as XML Schema specifies. An exception
   * out of its {@code parse} is turned into a {@link PstFormatException} by
   * {@link Checked#problem}.
   */
  static Checked checked(String source) {
    return checked(source, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS);
  }

  /** {@link #checked(String)} with other limits. */
  static Checked checked(String source, int maxDepth, int maxElements) {
    return new Checked(reader(maxDepth), source, maxDepth, maxElements, true);
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.trim();
  }

  /** Our own refusal, wherever the parser or a validator wrapped it. */
  private static Abort abortIn(Throwable t) {
    Throwable c = t;
    for (int i = 0; c != null && i < 10; i++) {
      if (c instanceof Abort) {
        return (Abort) c;
      }
      Throwable next = c instanceof SAXException ? ((SAXException) c).getException() : null;
      c = next != null ? next : c.getCause();
    }
    return null;
  }

  /** A refusal of the checks, carried through the parser. */
  private static final class Abort extends SAXException {
    private static final long serialVersionUID = 1L;
    final PstFormatException problem;

    Abort(PstFormatException problem) {
      super(problem.getMessage());
      this.problem = problem;
    }
  }

  /**
   * Builds the tree from SAX events, refuses what is hostile, and passes the events on to its
   * own handlers, if any (a validator).
   */
  static final class Checked extends XMLFilterImpl implements LexicalHandler {
    private final String source;
    private final int maxDepth;
    private final int maxElements;
    private final boolean fold;
    private final Deque<XmlNode> stack = new ArrayDeque<>();
    private final StringBuilder pending = new StringBuilder();
    private Locator locator;
    private XmlNode root;
    private int elements;

    Checked(XMLReader parent, String source, int maxDepth, int maxElements, boolean fold) {
      super(parent);
      this.source = source;
      this.maxDepth = maxDepth;
      this.maxElements = maxElements;
      this.fold = fold;
    }

    @Override
    public void parse(InputSource input) throws SAXException, IOException {
      // After whatever a validator set: DTDs and entities must reach us.
      getParent().setProperty(LEXICAL_HANDLER, this);
      super.parse(input);
      if (root == null) {
        throw abort("empty document: expected a <dataroot> element");
      }
    }

    /** The root of the tree, once parsed. */
    XmlNode root() {
      return root;
    }

    /** What went wrong, from an exception out of {@link #parse}, as a format exception. */
    PstFormatException problem(Exception e) {
      Abort abort = abortIn(e);
      if (abort != null) {
        return abort.problem;
      }
      if (e instanceof SAXParseException) {
        SAXParseException p = (SAXParseException) e;
        return fail("not well-formed XML: " + message(e), p.getLineNumber(), p.getColumnNumber(),
            e);
      }
      // The document is in memory: whatever the parser raises comes from its content.
      return fail("not well-formed XML: " + message(e), -1, -1, e);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
      super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      if (stack.size() >= maxDepth) {
        throw abort("elements nested deeper than " + maxDepth + " levels");
      }
      if (++elements > maxElements) {
        throw abort("more than " + maxElements + " elements");
      }
      String name = localName == null || localName.isEmpty() ? qName : localName;
      XmlNode parent = stack.peek();
      int index = parent != null && name.equals(REPEATED.get(parent.name()))
          ? parent.nextItemIndex() : 0;
      XmlNode node = new XmlNode(name, parent, index, line(-1), column(-1));
      AttributesImpl folded = null;
      String[] attributes = atts.getLength() == 0 ? null : new String[2 * atts.getLength()];
      for (int i = 0; i < atts.getLength(); i++) {
        String attribute = atts.getLocalName(i);
        String value = atts.getValue(i);
        if (value.length() > MAX_TEXT_CHARS) {
          throw abort("attribute " + atts.getQName(i) + " longer than " + MAX_TEXT_CHARS
              + " characters");
        }
        attributes[2 * i] = attribute == null || attribute.isEmpty() ? atts.getQName(i)
            : attribute;
        attributes[2 * i + 1] = value;
        if (fold && hasSurrogate(value)) {
          if (folded == null) {
            folded = new AttributesImpl(atts);
          }
          folded.setValue(i, fold(value));
        }
      }
      node.attributes(attributes);
      if (parent == null) {
        root = node;
      } else {
        parent.addChild(node);
      }
      stack.push(node);
      flush();
      super.startElement(uri, localName, qName, folded == null ? atts : folded);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      stack.pop();
      flush();
      super.endElement(uri, localName, qName);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
      flush();
      super.processingInstruction(target, data);
    }

    @Override
    public void endDocument() throws SAXException {
      flush();
      super.endDocument();
    }

    /**
     * Passes the text gathered since the last element event on in one piece: a text of a
     * million {@code &amp;} arrives in a million pieces, which a validator handles one by one.
     */
    private void flush() throws SAXException {
      if (pending.length() > 0) {
        char[] text = new char[pending.length()];
        pending.getChars(0, text.length, text, 0);
        pending.setLength(0);
        super.characters(text, 0, text.length);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      XmlNode current = stack.peek();
      if (current != null) {
        if ((long) current.textLength() + length > MAX_TEXT_CHARS) {
          throw abort("text longer than " + MAX_TEXT_CHARS + " characters");
        }
        current.appendText(ch, start, length);
      }
      if (getContentHandler() != null) {
        if (fold && hasSurrogate(ch, start, length)) {
          pending.append(fold(new String(ch, start, length)));
        } else {
          pending.append(ch, start, length);
        }
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      characters(ch, start, length);
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
      throw abort("external resource refused: " + systemId);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw new Abort(problem(e));
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw new Abort(problem(e));
    }

    @Override
    public void warning(SAXParseException e) {
      // nothing that stops the reading, and nothing printed
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
      throw abort("a DOCTYPE declaration is not allowed in an eComptes document"
          + " (DTDs and entities are refused for safety)");
    }

    @Override
    public void endDTD() {
      // never reached: startDTD refuses
    }

    @Override
    public void startEntity(String name) throws SAXException {
      if (PREDEFINED.contains(name)) {
        return; // the parser reports &amp; &lt;… too; they stand for one character each
      }
      throw abort("entity reference &" + name + "; is not allowed"
          + " (only &amp; &lt; &gt; &quot; &apos; and character references are)");
    }

    @Override
    public void endEntity(String name) {
      // only predefined entities get here
    }

    @Override
    public void startCDATA() {
      // CDATA text arrives through characters()
    }

    @Override
    public void endCDATA() {
      // nothing to do
    }

    @Override
    public void comment(char[] ch, int start, int length) {
      // comments are ignored
    }

    private int line(int reported) {
      if (reported > 0) {
        return reported;
      }
      return locator != null && locator.getLineNumber() > 0 ? locator.getLineNumber() : 1;
    }

    private int column(int reported) {
      if (reported > 0) {
        return reported;
      }
      return locator != null && locator.getColumnNumber() > 0 ? locator.getColumnNumber() : 1;
    }

    private Abort abort(String problem) {
      return new Abort(fail(problem, -1, -1, null));
    }

    /**
     * A problem at the given place, or where the parser stopped when the place is unknown,
     * at the path of the innermost open element.
     */
    private PstFormatException fail(String problem, int line, int column, Throwable cause) {
      XmlNode top = stack.peek();
      return new PstFormatException(problem, source, top == null ? "" : top.path(),
          line(line), column(line > 0 ? column : -1), cause);
    }
  }

  private static boolean hasSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSurrogate(char[] ch, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (Character.isSurrogate(ch[i])) {
        return true;
      }
    }
    return false;
  }

  /** Each high surrogate becomes U+FFFD and each low surrogate is dropped. */
  private static String fold(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        sb.append('\uFFFD');
      } else if (!Character.isLowSurrogate(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Reads everything, failing past {@code maxBytes}. */
  static byte[] readAll(InputStream in, String source, long maxBytes)
      throws IOException, PstFormatException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new PstFormatException(
          "document larger than " + maxBytes + " bytes", source, "", 1, 1);
    }
    return bytes;
  }
}
