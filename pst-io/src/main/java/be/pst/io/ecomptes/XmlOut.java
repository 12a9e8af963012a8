package be.pst.io.ecomptes;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin indenting layer over the JDK's {@link XMLStreamWriter}: two-space indentation,
 * {@code \n} line ends, UTF-8, and text stripped of the characters XML 1.0 cannot carry.
 */
final class XmlOut {

  private final BufferedOutputStream buffer;
  private final XMLStreamWriter w;
  private final Deque<boolean[]> open = new ArrayDeque<>();

  XmlOut(OutputStream out) throws XMLStreamException {
    // The JDK's writer writes byte by byte: buffer it.
    this.buffer = new BufferedOutputStream(out, 1 << 16);
    this.w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer, "UTF-8");
  }

  void startDocument() throws XMLStreamException {
    w.writeStartDocument("UTF-8", "1.0");
  }

  void endDocument() throws XMLStreamException {
    w.writeCharacters("\n");
    w.writeEndDocument();
    w.flush();
    w.close();
    try {
      buffer.flush();
    } catch (IOException e) {
      throw new XMLStreamException("cannot write: " + e.getMessage(), e);
    }
  }

  /** Opens an element that will hold other elements. */
  XmlOut start(String name) throws XMLStreamException {
    markParentHasChildren();
    indent();
    w.writeStartElement(name);
    open.push(new boolean[] {false});
    return this;
  }

  /** Adds an attribute to the element just opened. */
  XmlOut attribute(String name, String value) throws XMLStreamException {
    w.writeAttribute(name, clean(value));
    return this;
  }

  /** Closes the innermost open element. */
  XmlOut end() throws XMLStreamException {
    boolean[] hadChildren = open.pop();
    if (hadChildren[0]) {
      indent();
    }
    w.writeEndElement();
    return this;
  }

  /** Writes {@code <name>text</name>}. */
  XmlOut leaf(String name, String text) throws XMLStreamException {
    markParentHasChildren();
    indent();
    if (text.isEmpty()) {
      w.writeStartElement(name);
      w.writeEndElement();
    } else {
      w.writeStartElement(name);
      w.writeCharacters(clean(text));
      w.writeEndElement();
    }
    return this;
  }

  private void markParentHasChildren() {
    boolean[] parent = open.peek();
    if (parent != null) {
      parent[0] = true;
    }
  }

  private void indent() throws XMLStreamException {
    StringBuilder sb = new StringBuilder("\n");
    for (int i = 0; i < open.size(); i++) {
      sb.append("  ");
    }
    w.writeCharacters(sb.toString());
  }

  /** Replaces what XML 1.0 cannot represent (control characters, lone surrogates) by U+FFFD. */
  static String clean(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(ch)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (sb != null) {
            sb.append(ch).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(ch)) {
        ok = false;
      } else {
        ok = ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF);
      }
      if (!ok && sb == null) {
        sb = new StringBuilder(text.substring(0, i));
      }
      if (sb != null) {
        sb.append(ok ? ch : '\uFFFD');
      }
    }
    return sb == null ? text : sb.toString();
  }
}
