package be.pst.examples.consumer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A directed graph of packages and its cycles: the strongly connected components of more than one
 * package (Tarjan's algorithm, iterative). Immutable.
 */
final class PackageGraph {

  private final Map<String, Set<String>> edges;

  private PackageGraph(Map<String, Set<String>> edges) {
    this.edges = edges;
  }

  /**
   * The graph of some dependences; a package's dependence on itself is ignored.
   *
   * @param dependences {@code from -> to} pairs
   * @return the graph
   */
  static PackageGraph of(Collection<Jdeps.Dependence> dependences) {
    Map<String, Set<String>> edges = new TreeMap<>();
    for (Jdeps.Dependence d : dependences) {
      edges.computeIfAbsent(d.from(), k -> new TreeSet<>());
      edges.computeIfAbsent(d.to(), k -> new TreeSet<>());
      if (!d.from().equals(d.to())) {
        edges.get(d.from()).add(d.to());
      }
    }
    return new PackageGraph(edges);
  }

  /**
   * The packages each package depends on.
   *
   * @return the edges, by package
   */
  Map<String, Set<String>> edges() {
    return edges;
  }

  /**
   * The cycles: every set of two or more packages that all reach each other.
   *
   * @return the cycles, each sorted
   */
  List<Set<String>> cycles() {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> cycles = new ArrayList<>();
    for (String root : edges.keySet()) {
      if (index.containsKey(root)) {
        continue;
      }
      // Each frame: a package and the iterator over what it depends on.
      Deque<Map.Entry<String, java.util.Iterator<String>>> frames = new ArrayDeque<>();
      visit(root, index, low, stack, onStack, frames);
      while (!frames.isEmpty()) {
        Map.Entry<String, java.util.Iterator<String>> frame = frames.peek();
        String node = frame.getKey();
        if (frame.getValue().hasNext()) {
          String next = frame.getValue().next();
          if (!index.containsKey(next)) {
            visit(next, index, low, stack, onStack, frames);
          } else if (onStack.contains(next)) {
            low.put(node, Math.min(low.get(node), index.get(next)));
          }
        } else {
          frames.pop();
          if (!frames.isEmpty()) {
            String parent = frames.peek().getKey();
            low.put(parent, Math.min(low.get(parent), low.get(node)));
          }
          if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
              member = stack.pop();
              onStack.remove(member);
              component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
              cycles.add(component);
            }
          }
        }
      }
    }
    return cycles;
  }

  private void visit(String node, Map<String, Integer> index, Map<String, Integer> low,
      Deque<String> stack, Set<String> onStack,
      Deque<Map.Entry<String, java.util.Iterator<String>>> frames) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    frames.push(Map.entry(node, edges.getOrDefault(node, Set.of()).iterator()));
  }
}
