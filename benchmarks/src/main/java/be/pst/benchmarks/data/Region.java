package be.pst.benchmarks.data;

import be.pst.budget.BudgetedPlan;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The plans of a region (les PST d'une région): by default 500 plans — 250 communes and their
 * 250 CPAS — of 100 actions with 6 exercices × 8 groups of budget lines each, that is 2.4 million
 * lines. Each plan is generated as a {@code be.pst/1} document by {@link PlanDocuments#regional()}
 * and loaded with {@link PstJson#read(java.io.InputStream)}, as a region loading its communes'
 * files would; the document bytes are dropped once read.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class Region {

  /** The number of plans of a region: about 250 communes and 250 CPAS. */
  public static final int PLANS = 500;

  /** The seed of the region data set. */
  public static final long SEED = 20261123L;

  private Region() {}

  /**
   * Loads the {@link #PLANS} plans of the region.
   *
   * @return the plans, in index order
   */
  public static List<BudgetedPlan> load() {
    return load(PLANS, SEED);
  }

  /**
   * Loads {@code plans} plans.
   *
   * @param plans how many plans
   * @param seed the seed; the same seed gives the same plans
   * @return the plans, in index order
   */
  public static List<BudgetedPlan> load(int plans, long seed) {
    PlanDocuments documents = PlanDocuments.regional();
    List<BudgetedPlan> region = new ArrayList<>(plans);
    for (int i = 0; i < plans; i++) {
      byte[] document = documents.document(i, seed);
      try {
        region.add(PstJson.read(new ByteArrayInputStream(document)));
      } catch (PstFormatException e) {
        throw new IllegalStateException("generated plan " + i + " is not a valid document: "
            + e.getMessage(), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(region);
  }

  /**
   * The number of budget lines of plans.
   *
   * @param region the plans
   * @return the sum of their lines
   */
  public static long lineCount(List<BudgetedPlan> region) {
    long lines = 0;
    for (BudgetedPlan plan : region) {
      lines += plan.lines().size();
    }
    return lines;
  }
}
