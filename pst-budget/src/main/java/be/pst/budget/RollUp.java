package be.pst.budget;

import be.pst.budget.internal.TextColumns;
import be.pst.budget.money.EuroAmount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A plan's budget rolled up by some key (ventilation): per strategic objective, operational
 * objective, volet, funding source or element, with an explicit bucket "non attribué" for the
 * lines that belong to no key — lines of the plan itself, of unknown elements, without a volet or
 * a funding source — so that the buckets always add up to the plan's {@linkplain #total() whole
 * table}.
 *
 * <p>Every table of a roll-up has the columns of the whole table and its figure. {@link
 * #toString()} prints the net cost of each bucket per exercice, the unallocated bucket and the
 * total. Instances are immutable and thread-safe.
 *
 * @param <K> the type of the keys: an element code, a {@code Volet}, a {@code FundingSource}
 */
public final class RollUp<K> {

  /** The label of the bucket of the lines that belong to no key. */
  public static final String UNALLOCATED = "Non attribué";

  private final String title;
  private final Map<K, BudgetTable> buckets;
  private final BudgetTable unallocated;
  private final BudgetTable total;
  private final Function<? super K, String> labels;

  RollUp(String title, Map<K, BudgetTable> buckets, BudgetTable unallocated, BudgetTable total,
      Function<? super K, String> labels) {
    this.title = title;
    this.buckets = Collections.unmodifiableMap(new LinkedHashMap<>(buckets));
    this.unallocated = unallocated;
    this.total = total;
    this.labels = labels;
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
   * The table of each key, in the order of the plan (or of first appearance).
   *
   * @return the buckets, without the unallocated one
   */
  public Map<K, BudgetTable> buckets() {
    return buckets;
  }

  /**
   * The table of one key.
   *
   * @param key a key
   * @return its table, empty if the key is not a bucket of this roll-up
   */
  public Optional<BudgetTable> get(K key) {
    return Optional.ofNullable(buckets.get(key));
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
   * The lines that belong to no key (non attribué).
   *
   * @return their table, of zeros if every line found a key
   */
  public BudgetTable unallocated() {
    return unallocated;
  }

  /**
   * The whole table: the sum of every bucket and of the unallocated lines.
   *
   * @return the table of the plan
   */
  public BudgetTable total() {
    return total;
  }

  /**
   * The label of a key as printed: an element's code and title, a volet's or a funding
   * source's French name.
   *
   * @param key a key
   * @return its label
   */
  public String label(K key) {
    return labels.apply(Objects.requireNonNull(key, "key"));
  }

  /**
   * The net cost (expenses minus receipts) of each bucket per exercice, then the unallocated
   * bucket and the total, Belgian style: the answer to "how much does each objective cost?".
   *
   * @return the summary table
   */
  @Override
  public String toString() {
    List<Integer> exercices = total.exercices();
    List<String[]> lines = new ArrayList<>();
    String[] header = new String[exercices.size() + 2];
    header[0] = "Coût net (dépenses − recettes)";
    for (int i = 0; i < exercices.size(); i++) {
      header[i + 1] = Integer.toString(exercices.get(i));
    }
    header[header.length - 1] = "Total";
    lines.add(header);
    buckets.forEach((key, table) -> lines.add(line(labels.apply(key), table, exercices)));
    lines.add(line(UNALLOCATED, unallocated, exercices));
    lines.add(line("Total", total, exercices));
    return title + '\n' + TextColumns.layout(lines);
  }

  private static String[] line(String label, BudgetTable table, List<Integer> exercices) {
    String[] line = new String[exercices.size() + 2];
    line[0] = label;
    for (int i = 0; i < exercices.size(); i++) {
      line[i + 1] = table.netCost(exercices.get(i)).formatPlain();
    }
    line[line.length - 1] = table.totalNetCost().formatPlain();
    return line;
  }

  /**
   * Two roll-ups are equal when they have the same title, the same buckets in the same order, the
   * same unallocated table and the same total.
   *
   * @param o the object to compare with
   * @return whether {@code o} is an equal roll-up
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RollUp)) {
      return false;
    }
    RollUp<?> other = (RollUp<?>) o;
    return title.equals(other.title) && List.copyOf(buckets.entrySet())
        .equals(List.copyOf(other.buckets.entrySet()))
        && unallocated.equals(other.unallocated) && total.equals(other.total);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(title, buckets, unallocated, total);
  }

  /**
   * Checks that the buckets add up to the total; used by the tests of the roll-ups.
   *
   * @return the sum of the buckets' net cost and the unallocated one
   */
  EuroAmount sumOfNetCosts() {
    EuroAmount sum = unallocated.totalNetCost();
    for (BudgetTable table : buckets.values()) {
      sum = sum.add(table.totalNetCost());
    }
    return sum;
  }
}
