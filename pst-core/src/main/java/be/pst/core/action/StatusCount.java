package be.pst.core.action;

import be.pst.core.element.Status;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many actions have each status (décompte par statut): the first line of a dashboard.
 * Actions with no status are counted apart ({@link #withoutStatus()}), so no {@code Optional}
 * key is needed. Instances are immutable and thread-safe.
 */
public final class StatusCount {

  private final Map<Status, Long> counts;
  private final long withoutStatus;

  private StatusCount(Map<Status, Long> counts, long withoutStatus) {
    this.counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    this.withoutStatus = withoutStatus;
  }

  /**
   * Counts the statuses of the given actions (each action counted once, sub-actions only if
   * given).
   *
   * @param actions the actions to count
   * @return the count
   */
  public static StatusCount of(Iterable<Action> actions) {
    Objects.requireNonNull(actions, "actions");
    EnumMap<Status, Long> counts = new EnumMap<>(Status.class);
    long none = 0;
    for (Action a : actions) {
      if (a.status().isPresent()) {
        counts.merge(a.status().get(), 1L, Long::sum);
      } else {
        none++;
      }
    }
    return new StatusCount(counts, none);
  }

  /**
   * The number of actions with the given status.
   *
   * @param status the status
   * @return the count, 0 if none
   */
  public long count(Status status) {
    Objects.requireNonNull(status, "status");
    return counts.getOrDefault(status, 0L);
  }

  /**
   * The number of actions with no status.
   *
   * @return the count
   */
  public long withoutStatus() {
    return withoutStatus;
  }

  /**
   * The number of actions counted.
   *
   * @return the total
   */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum() + withoutStatus;
  }

  /**
   * The counts of the statuses present, in status order (statuses with no action are absent).
   *
   * @return an unmodifiable {@link EnumMap} view
   */
  public Map<Status, Long> asMap() {
    return counts;
  }

  /**
   * Equal when every count is equal.
   *
   * @param o the other object
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof StatusCount
        && counts.equals(((StatusCount) o).counts)
        && withoutStatus == ((StatusCount) o).withoutStatus;
  }

  /**
   * Hash consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(counts, withoutStatus);
  }

  /**
   * "12 actions : En cours 7, Terminé 3, sans statut 2".
   *
   * @return the readable count
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(total()).append(" actions");
    String sep = " : ";
    for (Map.Entry<Status, Long> e : counts.entrySet()) {
      s.append(sep).append(e.getKey().label()).append(' ').append(e.getValue());
      sep = ", ";
    }
    if (withoutStatus > 0) {
      s.append(sep).append("sans statut ").append(withoutStatus);
    }
    return s.toString();
  }
}
