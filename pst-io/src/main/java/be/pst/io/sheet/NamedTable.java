package be.pst.io.sheet;

import be.pst.budget.consolidation.BudgetTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A budget table with the label it is shown under (tableau nommé), such as one OS's part of a
 * roll-up ({@code "OS1"}) or its "non attribué" remainder. Writers take an ordered list of them
 * and keep its order.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NamedTable {

  private final String label;
  private final BudgetTable table;

  private NamedTable(String label, BudgetTable table) {
    this.label = label;
    this.table = table;
  }

  /**
   * A table and its label.
   *
   * @param label the label, e.g. {@code "OS1 Garantir…"} or {@code "non attribué"}
   * @param table the table
   * @return the named table
   * @throws IllegalArgumentException if {@code label} is blank
   */
  public static NamedTable of(String label, BudgetTable table) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(table, "table");
    if (label.isBlank()) {
      throw new IllegalArgumentException("the label of a named table must not be blank");
    }
    return new NamedTable(label, table);
  }

  /**
   * The tables of a map, in its iteration order, labelled by their keys: {@code
   * NamedTable.listOf(Budgets.byStrategicObjective(pst, policy))}.
   *
   * @param tables the tables by label
   * @return the named tables
   */
  public static List<NamedTable> listOf(Map<String, BudgetTable> tables) {
    return listOf(tables, Function.identity());
  }

  /**
   * The tables of a map, in its iteration order, labelled by a function of their keys: {@code
   * NamedTable.listOf(Budgets.byVolet(pst), v -> v.map(Volet::label).orElse("non attribué"))}.
   *
   * @param <K> the type of the keys
   * @param tables the tables by key
   * @param label the label of a key
   * @return the named tables
   */
  public static <K> List<NamedTable> listOf(Map<K, BudgetTable> tables,
      Function<? super K, String> label) {
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(label, "label");
    List<NamedTable> result = new ArrayList<>();
    tables.forEach((key, table) -> result.add(of(label.apply(key), table)));
    return List.copyOf(result);
  }

  /**
   * The label.
   *
   * @return the label, not blank
   */
  public String label() {
    return label;
  }

  /**
   * The table.
   *
   * @return the table
   */
  public BudgetTable table() {
    return table;
  }

  /**
   * Compares the label and the table.
   *
   * @param other the object to compare with
   * @return whether {@code other} has the same label and an equal table
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof NamedTable && label.equals(((NamedTable) other).label)
        && table.equals(((NamedTable) other).table);
  }

  /**
   * Hashes the label and the table.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(label, table);
  }

  /**
   * The label and the table's total net cost, for the shell.
   *
   * @return e.g. {@code "OS1 : coût net 120.000,00 €"}
   */
  @Override
  public String toString() {
    return label + " : coût net " + table.totalNetCost();
  }
}
