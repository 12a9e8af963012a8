package be.pst.core.element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an element sits in a plan's tree (chemin), as the codes from the strategic objective
 * down: {@code OS1/OP2/A7}, or {@code OS1/OP2/A7/A7.1} for a sub-action. The empty path is the
 * plan itself ({@link #root()}). Codes containing "/" cannot be told apart from two segments by
 * {@link #parse}; build such paths with {@link #of(List)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ElementPath {

  private static final ElementPath ROOT = new ElementPath(List.of());

  private final List<String> segments;

  private ElementPath(List<String> segments) {
    this.segments = segments;
  }

  /**
   * The path of the plan itself, with no segment.
   *
   * @return the root path
   */
  public static ElementPath root() {
    return ROOT;
  }

  /**
   * The path of the given codes, from the strategic objective down.
   *
   * @param codes the codes, none blank
   * @return the path
   */
  public static ElementPath of(String... codes) {
    Objects.requireNonNull(codes, "codes");
    return of(Arrays.asList(codes));
  }

  /**
   * The path of the given codes, from the strategic objective down.
   *
   * @param codes the codes, none blank
   * @return the path
   */
  public static ElementPath of(List<String> codes) {
    Objects.requireNonNull(codes, "codes");
    for (String code : codes) {
      Objects.requireNonNull(code, "code");
      if (code.isBlank()) {
        throw new IllegalArgumentException("Blank code in element path " + codes);
      }
    }
    return codes.isEmpty() ? ROOT : new ElementPath(List.copyOf(codes));
  }

  /**
   * Parses {@code "OS1/OP2/A7"}; the empty string (or "/") is the root. Segments are trimmed.
   *
   * @param text the path
   * @return the path
   * @throws IllegalArgumentException if a segment is blank ("OS1//A7")
   */
  public static ElementPath parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.trim();
    if (t.isEmpty() || t.equals("/")) {
      return ROOT;
    }
    List<String> codes = new ArrayList<>();
    for (String s : t.split("/", -1)) {
      if (s.isBlank()) {
        throw new IllegalArgumentException("Blank segment in element path '" + text + "'");
      }
      codes.add(s.trim());
    }
    return new ElementPath(List.copyOf(codes));
  }

  /**
   * The codes, from the strategic objective down.
   *
   * @return the segments, empty for the root
   */
  public List<String> segments() {
    return segments;
  }

  /**
   * Whether this is the plan itself.
   *
   * @return {@code true} for the root
   */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /**
   * The path of a child element.
   *
   * @param code the child's code
   * @return this path followed by {@code code}
   */
  public ElementPath child(String code) {
    Objects.requireNonNull(code, "code");
    List<String> codes = new ArrayList<>(segments);
    codes.add(code);
    return of(codes);
  }

  /**
   * The path of the parent element.
   *
   * @return the parent, empty for the root
   */
  public Optional<ElementPath> parent() {
    return isRoot()
        ? Optional.empty()
        : Optional.of(of(segments.subList(0, segments.size() - 1)));
  }

  /**
   * The code of the element this path leads to.
   *
   * @return the last segment, empty for the root
   */
  public Optional<String> code() {
    return isRoot() ? Optional.empty() : Optional.of(segments.get(segments.size() - 1));
  }

  /**
   * Equal when the segments are equal.
   *
   * @param o the other object
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ElementPath && segments.equals(((ElementPath) o).segments);
  }

  /**
   * Hash consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /**
   * The segments joined by "/": "OS1/OP2/A7"; the empty string for the root.
   *
   * @return the path text, as read by {@link #parse}
   */
  @Override
  public String toString() {
    return String.join("/", segments);
  }
}
