package be.pst.budget.compare;

import be.pst.budget.BudgetTable;
import be.pst.budget.RollUp;
import be.pst.budget.internal.TextColumns;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A roll-up of two budgets side by side (ventilation comparée): per strategic objective,
 * operational objective or element, the {@link TableComparison} of its two tables, with the
 * unallocated bucket ("non attribué") and the whole plan, so that on each side the buckets add up
 * to the total. Instances are immutable and thread-safe.
 *
 * @param <K> the type of the keys: element codes
 */
public final class RollUpComparison<K> {

  private final String title;
  private final Map<K, TableComparison> buckets;
  private final TableComparison unallocated;
  private final TableComparison total;
  private final Function<? super K, String> labels;

  RollUpComparison(String title, Map<K, TableComparison> buckets, TableComparison unallocated,
      TableComparison total, Function<? super K, String> labels) {
    this.title = title;
    this.buckets = Collections.unmodifiableMap(new LinkedHashMap<>(buckets));
    this.unallocated = unallocated;
    this.total = total;
    this.labels = labels;
  }

  /**
   * Compares two roll-ups of one plan (or of two matched versions), bucket by bucket: every key
   * of either, in the reference's order then the compared one's.
   *
   * @param <K> the type of the keys
   * @param reference the reference roll-up: planned, or older
   * @param compared the compared roll-up: realised, or newer
   * @param labels the label of each key
   * @param referenceLabel the label of the reference side
   * @param comparedLabel the label of the compared side
   * @param exercices the exercices to compare, the first and the last
   * @return the comparison of each bucket, of the unallocated lines and of the totals
   */
  static <K> RollUpComparison<K> of(RollUp<K> reference, RollUp<K> compared,
      Function<? super K, String> labels, String referenceLabel, String comparedLabel,
      int[] exercices) {
    Map<K, TableComparison> buckets = new LinkedHashMap<>();
    List<K> keys = new ArrayList<>(reference.keys());
    for (K key : compared.keys()) {
      if (!reference.buckets().containsKey(key)) {
        keys.add(key);
      }
    }
    for (K key : keys) {
      TableComparison comparison = TableComparison.of(labels.apply(key),
          reference.get(key).orElseGet(() -> empty(reference)),
          compared.get(key).orElseGet(() -> empty(compared)),
          referenceLabel, comparedLabel);
      buckets.put(key, restrict(comparison, exercices));
    }
    TableComparison unallocated = restrict(TableComparison.of(RollUp.UNALLOCATED,
        reference.unallocated(), compared.unallocated(), referenceLabel, comparedLabel), exercices);
    TableComparison total = restrict(TableComparison.of("Total", reference.total(),
        compared.total(), referenceLabel, comparedLabel), exercices);
    return new RollUpComparison<>(reference.title(), buckets, unallocated, total, labels);
  }

  private static TableComparison restrict(TableComparison comparison, int[] exercices) {
    return exercices == null ? comparison : comparison.within(exercices[0], exercices[1]);
  }

  /** A table of zeros with the columns of the roll-up, for a key it lacks. */
  private static BudgetTable empty(RollUp<?> rollUp) {
    List<Integer> years = rollUp.total().exercices();
    return years.isEmpty() ? rollUp.total()
        : BudgetTable.empty(rollUp.total().figure(), years.get(0), years.get(years.size() - 1));
  }

  /**
   * What the roll-up is by.
   *
   * @return e.g. {@code "Par objectif stratégique"}
   */
  public String title() {
    return title;
  }

  /**
   * The comparison of each key, in order.
   *
   * @return the buckets, without the unallocated one
   */
  public Map<K, TableComparison> buckets() {
    return buckets;
  }

  /**
   * The keys, in order.
   *
   * @return the keys of {@link #buckets()}
   */
  public List<K> keys() {
    return List.copyOf(buckets.keySet());
  }

  /**
   * The comparison of one key.
   *
   * @param key a key
   * @return its comparison, empty if it is not a bucket
   */
  public Optional<TableComparison> get(K key) {
    return Optional.ofNullable(buckets.get(key));
  }

  /**
   * The label of a key: an element's code and title.
   *
   * @param key a key
   * @return its label
   */
  public String label(K key) {
    return labels.apply(Objects.requireNonNull(key, "key"));
  }

  /**
   * The lines that belong to no key, on both sides.
   *
   * @return their comparison
   */
  public TableComparison unallocated() {
    return unallocated;
  }

  /**
   * The whole plan on both sides.
   *
   * @return the comparison of the totals
   */
  public TableComparison total() {
    return total;
  }

  /**
   * One line per bucket, then the unallocated bucket and the total: the net cost (expenses −
   * receipts) over the compared exercices on each side, the variance in euros and in percent
   * (two decimals, half-even; {@value Variance#UNDEFINED} when the reference is zero).
   *
   * @return the summary table
   */
  @Override
  public String toString() {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"Coût net (dépenses − recettes)", total.referenceLabel(),
        total.comparedLabel(), "écart", "écart %"});
    buckets.forEach((key, comparison) -> lines.add(line(labels.apply(key), comparison)));
    lines.add(line(RollUp.UNALLOCATED, unallocated));
    lines.add(line("Total", total));
    StringBuilder out = new StringBuilder(title);
    List<Integer> years = total.exercices();
    if (!years.isEmpty()) {
      out.append(", ").append(years.get(0));
      if (years.size() > 1) {
        out.append('-').append(years.get(years.size() - 1));
      }
    }
    return out.append('\n').append(TextColumns.layout(lines)).toString();
  }

  private static String[] line(String label, TableComparison comparison) {
    Variance net = comparison.totalNetCost();
    return new String[] {label, net.reference().formatPlain(), net.compared().formatPlain(),
        net.difference().formatPlain(), net.formatPercent()};
  }
}
