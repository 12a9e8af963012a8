package be.pst.io.ecomptes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a parsed eComptes document, with where it was found. A tiny read-only tree
 * built by {@link SecureXml#parse}; package-private plumbing of the reader. Adding a child or a
 * piece of text costs constant time, whatever the number of siblings or the length of the text.
 */
final class XmlNode {

  private final String name;
  private final String path;
  private final int line;
  private final int column;
  private Map<String, String> attributes;
  private List<XmlNode> children;
  private Map<String, int[]> counts;
  private StringBuilder text;
  private String raw;

  XmlNode(String name, String path, int line, int column) {
    this.name = name;
    this.path = path;
    this.line = line;
    this.column = column;
  }

  String name() {
    return name;
  }

  String path() {
    return path;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  /** The text directly inside this element, trimmed. */
  String text() {
    return rawText().trim();
  }

  /** The text directly inside this element, as written. */
  String rawText() {
    if (raw == null) {
      raw = text == null ? "" : text.toString();
    }
    return raw;
  }

  /** The number of characters of text directly inside this element. */
  int textLength() {
    return text == null ? 0 : text.length();
  }

  Optional<String> attribute(String attributeName) {
    return attributes == null ? Optional.empty()
        : Optional.ofNullable(attributes.get(attributeName));
  }

  List<XmlNode> children() {
    return children == null ? List.of() : Collections.unmodifiableList(children);
  }

  /** The first child of that name. */
  Optional<XmlNode> child(String childName) {
    if (children != null) {
      for (XmlNode c : children) {
        if (c.name.equals(childName)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** Every child of that name, in document order. */
  List<XmlNode> children(String childName) {
    List<XmlNode> result = new ArrayList<>();
    if (children != null) {
      for (XmlNode c : children) {
        if (c.name.equals(childName)) {
          result.add(c);
        }
      }
    }
    return result;
  }

  /** The path a child of that name would have. */
  String childPath(String childName) {
    return path + "/" + childName;
  }

  void putAttribute(String attributeName, String value) {
    if (attributes == null) {
      attributes = new LinkedHashMap<>();
    }
    attributes.put(attributeName, value);
  }

  void appendText(char[] chars, int start, int length) {
    if (text == null) {
      text = new StringBuilder(Math.max(16, length));
    }
    text.append(chars, start, length);
    raw = null;
  }

  void addChild(XmlNode child) {
    if (children == null) {
      children = new ArrayList<>();
      counts = new HashMap<>();
    }
    children.add(child);
    counts.computeIfAbsent(child.name, k -> new int[1])[0]++;
  }

  /** The number of children of that name, in constant time. */
  int countChildren(String childName) {
    if (counts == null) {
      return 0;
    }
    int[] n = counts.get(childName);
    return n == null ? 0 : n[0];
  }

  /**
   * The last element, in document order, that starts at or before the given place: the element
   * a validator's line and column fall in. Walks the tree once, without recursion.
   */
  static XmlNode at(XmlNode root, int line, int column) {
    XmlNode found = root;
    java.util.ArrayDeque<XmlNode> stack = new java.util.ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      XmlNode n = stack.pop();
      if (n.line > line || n.line == line && n.column > column) {
        continue;
      }
      found = n;
      List<XmlNode> c = n.children();
      for (int i = c.size() - 1; i >= 0; i--) {
        stack.push(c.get(i));
      }
    }
    return found;
  }
}
