package be.pst.io.mutation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where the elements and attributes of a well-formed XML seed document are (byte offsets),
 * found by a small iterative scanner (no DTD, comments and processing instructions skipped).
 */
final class XmlStructure {

  /** An attribute: its bytes {@code [start, end)}, from the space before its name. */
  record Attribute(String name, int start, int end, int valueStart, int valueEnd) {}

  /** An element: its bytes {@code [start, end)}, its content {@code [contentStart, contentEnd)}. */
  static final class Element {
    final String name;
    final int start;
    final Element parent;
    int contentStart;
    int contentEnd;
    int end;
    final List<Attribute> attributes = new ArrayList<>();
    final List<Element> children = new ArrayList<>();

    Element(String name, int start, Element parent) {
      this.name = name;
      this.start = start;
      this.parent = parent;
    }

    boolean selfClosing() {
      return contentStart == end;
    }
  }

  private final List<Element> elements;
  private final int rootStart;

  private XmlStructure(List<Element> elements, int rootStart) {
    this.elements = elements;
    this.rootStart = rootStart;
  }

  /** Every element, in document order, the root first. */
  List<Element> elements() {
    return elements;
  }

  /** The offset of the root element's start tag (where a DOCTYPE would go before). */
  int rootStart() {
    return rootStart;
  }

  static XmlStructure of(byte[] xml) {
    List<Element> elements = new ArrayList<>();
    Deque<Element> stack = new ArrayDeque<>();
    int i = 0;
    while (i < xml.length) {
      if (xml[i] != '<') {
        i++;
        continue;
      }
      if (startsWith(xml, i, "<?")) {
        i = indexOf(xml, i, "?>") + 2;
      } else if (startsWith(xml, i, "<!--")) {
        i = indexOf(xml, i, "-->") + 3;
      } else if (startsWith(xml, i, "<![CDATA[")) {
        i = indexOf(xml, i, "]]>") + 3;
      } else if (startsWith(xml, i, "</")) {
        Element e = stack.pop();
        e.contentEnd = i;
        e.end = indexOf(xml, i, ">") + 1;
        i = e.end;
      } else {
        int nameEnd = i + 1;
        while (" \t\r\n/>".indexOf(xml[nameEnd]) < 0) {
          nameEnd++;
        }
        Element e = new Element(new String(xml, i + 1, nameEnd - i - 1, StandardCharsets.UTF_8),
            i, stack.peek());
        if (e.parent != null) {
          e.parent.children.add(e);
        }
        elements.add(e);
        int j = nameEnd;
        while (true) {
          int spaceStart = j;
          while (" \t\r\n".indexOf(xml[j]) >= 0) {
            j++;
          }
          if (xml[j] == '/') {
            e.contentStart = j + 2;
            e.contentEnd = j + 2;
            e.end = j + 2;
            break;
          }
          if (xml[j] == '>') {
            e.contentStart = j + 1;
            stack.push(e);
            break;
          }
          int eq = indexOf(xml, j, "=");
          String name = new String(xml, j, eq - j, StandardCharsets.UTF_8).strip();
          byte quote = xml[eq + 1];
          int valueEnd = eq + 2;
          while (xml[valueEnd] != quote) {
            valueEnd++;
          }
          e.attributes.add(new Attribute(name, spaceStart, valueEnd + 1, eq + 2, valueEnd));
          j = valueEnd + 1;
        }
        i = e.end > 0 ? e.end : e.contentStart;
      }
    }
    if (!stack.isEmpty() || elements.isEmpty()) {
      throw new IllegalArgumentException("not a well-formed XML seed document");
    }
    return new XmlStructure(List.copyOf(elements), elements.get(0).start);
  }

  private static boolean startsWith(byte[] xml, int at, String prefix) {
    if (at + prefix.length() > xml.length) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (xml[at + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] xml, int from, String what) {
    for (int i = from; i + what.length() <= xml.length; i++) {
      if (startsWith(xml, i, what)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a well-formed XML seed document: no " + what);
  }
}
