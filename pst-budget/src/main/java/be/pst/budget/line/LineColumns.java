package be.pst.budget.line;

import be.pst.budget.group.EconomicGroup;
import java.util.List;
import java.util.Objects;

/**
 * The budget lines of a plan laid out column by column (colonnes des lignes budgétaires): one
 * array of exercices, one of economic groups, one of amounts in cents, in the order of the
 * lines. Consolidation walks these arrays instead of the line objects, which lie wherever the
 * heap put them; on millions of lines this is several times faster and costs 13 bytes a line.
 *
 * <p>Instances are immutable and thread-safe: the arrays are private copies, never exposed.
 */
public final class LineColumns {

  private static final EconomicGroup[] GROUPS = EconomicGroup.values();

  private final int[] exercices;
  private final byte[] groups;
  private final long[] cents;

  private LineColumns(int[] exercices, byte[] groups, long[] cents) {
    this.exercices = exercices;
    this.groups = groups;
    this.cents = cents;
  }

  /**
   * The columns of the given lines, in their order.
   *
   * @param lines the budget lines
   * @return their columns
   */
  public static LineColumns of(List<? extends BudgetLine> lines) {
    Objects.requireNonNull(lines, "lines");
    int size = lines.size();
    int[] exercices = new int[size];
    byte[] groups = new byte[size];
    long[] cents = new long[size];
    int i = 0;
    for (BudgetLine line : lines) {
      exercices[i] = line.exercice();
      groups[i] = (byte) line.group().ordinal();
      cents[i] = line.amountCents();
      i++;
    }
    return new LineColumns(exercices, groups, cents);
  }

  /**
   * The number of lines.
   *
   * @return the number of lines
   */
  public int size() {
    return cents.length;
  }

  /**
   * The exercice of line {@code i}.
   *
   * @param i the index of the line
   * @return its exercice
   */
  public int exercice(int i) {
    return exercices[i];
  }

  /**
   * The ordinal of the economic group of line {@code i}, as in {@link EconomicGroup#ordinal()}.
   *
   * @param i the index of the line
   * @return the ordinal of its group
   */
  public int groupOrdinal(int i) {
    return groups[i];
  }

  /**
   * The economic group of line {@code i}.
   *
   * @param i the index of the line
   * @return its group
   */
  public EconomicGroup group(int i) {
    return GROUPS[groups[i]];
  }

  /**
   * The amount of line {@code i}, in cents.
   *
   * @param i the index of the line
   * @return its amount in cents
   */
  public long cents(int i) {
    return cents[i];
  }

  /**
   * The number of lines, for the shell.
   *
   * @return for example {@code "LineColumns[86 lignes]"}
   */
  @Override
  public String toString() {
    return "LineColumns[" + size() + " lignes]";
  }
}
