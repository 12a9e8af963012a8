package be.pst.budget;

import be.pst.budget.line.BudgetFigure;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * The consolidated tables of one immutable {@link BudgetedPlan}, one per figure, computed on
 * first use. Thread-safe: two threads may compute the same table, and both get an equal one.
 */
final class TableCache {

  private final AtomicReferenceArray<BudgetTable> tables =
      new AtomicReferenceArray<>(BudgetFigure.values().length);

  BudgetTable get(BudgetFigure figure, Supplier<BudgetTable> compute) {
    BudgetTable table = tables.get(figure.ordinal());
    if (table == null) {
      table = compute.get();
      if (!tables.compareAndSet(figure.ordinal(), null, table)) {
        table = tables.get(figure.ordinal());
      }
    }
    return table;
  }
}
