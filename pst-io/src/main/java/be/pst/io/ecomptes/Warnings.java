package be.pst.io.ecomptes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The warnings of one import, grouped per {@link EcomptesWarning kind}: each kind becomes one
 * {@link EcomptesIssue} at its first occurrence, with the count and the first few occurrences.
 * Adding an occurrence costs constant time. Package-private plumbing of the reader.
 */
final class Warnings {

  /** One kind: where it first occurred, how often, and the first few details. */
  private static final class Tally {
    final XmlNode first;
    final List<String> examples = new ArrayList<>();
    int count;

    Tally(XmlNode first) {
      this.first = first;
    }
  }

  private final Map<EcomptesWarning, Tally> tallies = new EnumMap<>(EcomptesWarning.class);
  /** Kinds in the order of their first occurrence. */
  private final List<EcomptesWarning> order = new ArrayList<>();

  /** Counts an occurrence of {@code kind} at {@code node}; {@code detail} says what was found. */
  void add(EcomptesWarning kind, XmlNode node, String detail) {
    Tally t = tallies.get(kind);
    if (t == null) {
      t = new Tally(node);
      tallies.put(kind, t);
      order.add(kind);
    }
    t.count++;
    if (t.examples.size() < EcomptesIssue.MAX_EXAMPLES) {
      t.examples.add(node.path() + " (line " + node.line() + "): " + detail);
    }
  }

  /** One issue per kind, in the order of their first occurrence. */
  List<EcomptesIssue> issues() {
    List<EcomptesIssue> issues = new ArrayList<>();
    for (EcomptesWarning kind : order) {
      Tally t = tallies.get(kind);
      StringBuilder message = new StringBuilder().append(t.count).append(' ')
          .append(kind.description()).append(": ").append(String.join("; ", t.examples));
      if (t.count > t.examples.size()) {
        message.append("; …");
      }
      issues.add(EcomptesIssue.builder()
          .xmlPath(t.first.path())
          .line(t.first.line())
          .column(t.first.column())
          .kind(kind)
          .count(t.count)
          .addAllExamples(t.examples)
          .message(message.toString())
          .build());
    }
    return issues;
  }
}
