package be.pst.io.ecomptes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a parsed eComptes document, with where it was found. A tiny read-only tree
 * built by {@link SecureXml#parse}; package-private plumbing of the reader.
 */
final class XmlNode {

  private final String name;
  private final String path;
  private final int line;
  private final int column;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<XmlNode> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

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
    return text.toString().trim();
  }

  /** The text directly inside this element, as written. */
  String rawText() {
    return text.toString();
  }

  Optional<String> attribute(String attributeName) {
    return Optional.ofNullable(attributes.get(attributeName));
  }

  List<XmlNode> children() {
    return Collections.unmodifiableList(children);
  }

  /** The first child of that name. */
  Optional<XmlNode> child(String childName) {
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Every child of that name, in document order. */
  List<XmlNode> children(String childName) {
    List<XmlNode> result = new ArrayList<>();
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        result.add(c);
      }
    }
    return result;
  }

  /** The path a child of that name would have. */
  String childPath(String childName) {
    return path + "/" + childName;
  }

  void putAttribute(String attributeName, String value) {
    attributes.put(attributeName, value);
  }

  void appendText(String chars) {
    text.append(chars);
  }

  void addChild(XmlNode child) {
    children.add(child);
  }

  int countChildren(String childName) {
    int n = 0;
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        n++;
      }
    }
    return n;
  }
}
