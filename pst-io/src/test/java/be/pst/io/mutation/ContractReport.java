package be.pst.io.mutation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a mutation run found: outcomes per kind and operation, the slowest operation, and every
 * breach of the readers' contract (an exception other than {@code PstFormatException}, an
 * exception without its place, a plan that does not write or roll up, an operation slower than
 * the limit), grouped by stage, exception and origin so that one bug is one entry. Thread-safe.
 */
public final class ContractReport {

  /** How long one operation on one mutant may take. */
  public static final long LIMIT_NANOS = 1_000_000_000L;

  /** One group of breaches with the same cause. */
  private static final class Group {
    final String key;
    final Mutant first;
    final String message;
    final Map<MutationKind, Integer> kinds = new EnumMap<>(MutationKind.class);
    int count;

    Group(String key, Mutant first, String message) {
      this.key = key;
      this.first = first;
      this.message = message;
    }
  }

  private final String format;
  private final Map<MutationKind, Integer> generated = new EnumMap<>(MutationKind.class);
  private final Map<String, Map<MutationKind, int[]>> outcomes = new TreeMap<>();
  private final Map<String, Group> breaches = new TreeMap<>();
  private final Map<MutationKind, Long> slowest = new EnumMap<>(MutationKind.class);
  private final Map<MutationKind, Long> spent = new EnumMap<>(MutationKind.class);
  private long maxNanos = -1;
  private String maxWhat = "";
  private int mutants;

  /** A report for {@code format}. */
  public ContractReport(String format) {
    this.format = format;
  }

  /** Counts a generated mutant. */
  public synchronized void generated(Mutant m) {
    mutants++;
    generated.merge(m.kind(), 1, Integer::sum);
  }

  /** Records the outcome of {@code operation} on a mutant ("OK", "rejected", "valid"…). */
  public synchronized void outcome(Mutant m, String operation, String outcome) {
    outcomes.computeIfAbsent(operation + " " + outcome, k -> new EnumMap<>(MutationKind.class))
        .computeIfAbsent(m.kind(), k -> new int[1])[0]++;
  }

  /** Records how long {@code operation} took on a mutant; slower than the limit is a breach. */
  public synchronized void time(Mutant m, String operation, long nanos) {
    if (nanos > maxNanos || nanos == maxNanos && maxWhat.isEmpty()) {
      maxNanos = nanos;
      maxWhat = operation + " of " + m;
    }
    slowest.merge(m.kind(), nanos, Math::max);
    if (nanos > LIMIT_NANOS) {
      breach(m, operation + " took more than 1 s of CPU", String.format("%.2f s", nanos / 1e9));
    }
  }

  /** Records the time spent on a mutant, everything included (for the table per kind). */
  public synchronized void spent(Mutant m, long nanos) {
    spent.merge(m.kind(), nanos, Long::sum);
  }

  /** Records an exception that the contract does not allow. */
  public synchronized void escape(Mutant m, String stage, Throwable t) {
    String origin = origin(t);
    String key = stage + ": " + t.getClass().getName() + " at " + origin;
    String message = String.valueOf(t.getMessage());
    add(key, m, message.length() > 300 ? message.substring(0, 300) + "…" : message);
  }

  /** Records a breach that is not an exception. */
  public synchronized void breach(Mutant m, String problem, String detail) {
    add(problem, m, detail);
  }

  private void add(String key, Mutant m, String message) {
    Group g = breaches.get(key);
    if (g == null || m.index() < g.first.index()) {
      // The lowest index is kept as the example, whatever the order the threads went in.
      Group example = new Group(key, m, message);
      if (g != null) {
        example.count = g.count;
        example.kinds.putAll(g.kinds);
      }
      breaches.put(key, example);
      g = example;
    }
    g.count++;
    g.kinds.merge(m.kind(), 1, Integer::sum);
  }

  /** The first frame of {@code t} in pst's main code, as {@code class.method:line}. */
  static String origin(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    for (StackTraceElement e : trace) {
      if (e.getClassName().startsWith("be.pst.")
          && !e.getClassName().startsWith("be.pst.io.mutation.")) {
        return e.getClassName() + "." + e.getMethodName() + ":" + e.getLineNumber();
      }
    }
    return trace.length == 0 ? "?" : trace[0].getClassName() + "." + trace[0].getMethodName();
  }

  /** Whether nothing breached the contract. */
  public synchronized boolean holds() {
    return breaches.isEmpty();
  }

  /** The number of mutants with that outcome, all kinds together. */
  public synchronized int count(String operationAndOutcome) {
    Map<MutationKind, int[]> byKind = outcomes.getOrDefault(operationAndOutcome, Map.of());
    return byKind.values().stream().mapToInt(c -> c[0]).sum();
  }

  /** One line: mutants, outcomes, the slowest operation. */
  public synchronized String summary() {
    StringBuilder sb = new StringBuilder(format).append(" mutation: ").append(mutants)
        .append(" mutants");
    for (String outcome : outcomes.keySet()) {
      sb.append(", ").append(outcome).append(' ').append(count(outcome));
    }
    return sb.append(String.format(", max %.1f ms (%s), %d breaches", maxNanos / 1e6, maxWhat,
        breaches.values().stream().mapToInt(g -> g.count).sum())).toString();
  }

  /** A table of the outcomes per kind. */
  public synchronized String perKind() {
    List<String> columns = new ArrayList<>(outcomes.keySet());
    StringBuilder sb = new StringBuilder(String.format("%-21s %7s", "kind", "mutants"));
    for (String c : columns) {
      sb.append(String.format(" %16s", c));
    }
    sb.append(String.format(" %9s %9s%n", "max ms", "total s"));
    for (Map.Entry<MutationKind, Integer> e : generated.entrySet()) {
      sb.append(String.format("%-21s %7d", e.getKey(), e.getValue()));
      for (String c : columns) {
        int[] n = outcomes.get(c).get(e.getKey());
        sb.append(String.format(" %16d", n == null ? 0 : n[0]));
      }
      sb.append(String.format(" %9.1f %9.1f%n", slowest.getOrDefault(e.getKey(), 0L) / 1e6,
          spent.getOrDefault(e.getKey(), 0L) / 1e9));
    }
    return sb.toString();
  }

  /** Every breach group: count, kinds, the first mutant, its message and its first bytes. */
  public synchronized String breaches() {
    StringBuilder sb = new StringBuilder();
    for (Group g : breaches.values()) {
      sb.append("- ").append(g.count).append(" × ").append(g.key).append('\n')
          .append("    kinds: ").append(g.kinds).append('\n')
          .append("    first: ").append(g.first).append('\n')
          .append("    message: ").append(g.message).append('\n')
          .append("    first 200 bytes: ").append(g.first.head(200)).append('\n');
    }
    return sb.toString();
  }
}
