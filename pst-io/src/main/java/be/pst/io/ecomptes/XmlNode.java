package be.pst.io.ecomptes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One element of a parsed eComptes document, with where it was found. A tiny read-only tree
 * built by {@link SecureXml#parse}; package-private plumbing of the reader. Adding a child or a
 * piece of text costs constant time, whatever the number of siblings or the length of the text.
 */
final class XmlNode {

  private final String name;
  private final XmlNode parent;
  /** The 1-based index among the siblings of its name in a list, 0 when not shown in paths. */
  private final int index;
  private final int line;
  private final int column;
  /** Attribute names and values, alternating; null when none. */
  private String[] attributes;
  private List<XmlNode> children;
  /** How many children have the name of this node's list items, for their indexes. */
  private int items;
  /** The text when it arrived in one piece, else null. */
  private String single;
  /** The text when it arrived in several pieces, else null. */
  private StringBuilder text;
  private String raw;
  private String path;

  XmlNode(String name, XmlNode parent, int index, int line, int column) {
    this.name = name;
    this.parent = parent;
    this.index = index;
    this.line = line;
    this.column = column;
  }

  String name() {
    return name;
  }

  /**
   * The XML path, e.g. {@code /dataroot/PST/Volets/Volet[1]/Libelle}: built when first asked
   * (for an error or a warning), from the parents, without recursion.
   */
  String path() {
    if (path == null) {
      java.util.ArrayDeque<XmlNode> chain = new java.util.ArrayDeque<>();
      for (XmlNode n = this; n != null && n.path == null; n = n.parent) {
        chain.push(n);
      }
      while (!chain.isEmpty()) {
        XmlNode n = chain.pop();
        String prefix = n.parent == null ? "" : n.parent.path;
        n.path = prefix + "/" + n.name + (n.index > 0 ? "[" + n.index + "]" : "");
      }
    }
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

  /**
   * The text directly inside this element, as written, except white space before its first
   * other character (which every reader of it strips).
   */
  String rawText() {
    if (raw == null) {
      raw = single != null ? single : text == null ? "" : text.toString();
    }
    return raw;
  }

  /** The number of characters of text directly inside this element. */
  int textLength() {
    return single != null ? single.length() : text == null ? 0 : text.length();
  }

  Optional<String> attribute(String attributeName) {
    if (attributes != null) {
      for (int i = 0; i < attributes.length; i += 2) {
        if (attributes[i].equals(attributeName)) {
          return Optional.of(attributes[i + 1]);
        }
      }
    }
    return Optional.empty();
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

  /** Sets the attributes, names and values alternating; a later duplicate name is ignored. */
  void attributes(String[] namesAndValues) {
    attributes = namesAndValues;
  }

  /**
   * Appends text. White space before any other character is not kept: the indentation between
   * child elements costs nothing, and every reader of a text strips it anyway.
   */
  void appendText(char[] chars, int start, int length) {
    if (single == null && text == null) {
      int i = start;
      int end = start + length;
      while (i < end && chars[i] <= ' ') {
        i++;
      }
      if (i == end) {
        return;
      }
      single = new String(chars, i, end - i);
    } else {
      if (text == null) {
        text = new StringBuilder(single.length() + length);
        text.append(single);
        single = null;
      }
      text.append(chars, start, length);
    }
    raw = null;
  }

  void addChild(XmlNode child) {
    if (children == null) {
      children = new ArrayList<>();
    }
    children.add(child);
  }

  /** The next 1-based index of a list item added to this node. */
  int nextItemIndex() {
    return ++items;
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
