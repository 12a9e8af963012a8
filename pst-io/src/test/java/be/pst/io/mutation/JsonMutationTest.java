package be.pst.io.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import be.pst.budget.BudgetedPlan;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The error contract of {@code PstJson.read}, checked on 10 000 deterministic mutants of the five
 * example plans: every mutant either reads or fails with a {@link PstFormatException} that says
 * where (pointer, line, column); nothing else escapes; no read takes a second; and every plan
 * read writes, reads back equal, consolidates and rolls up without an exception. Breaches are
 * reported grouped by cause, each with the first mutant that shows it.
 */
class JsonMutationTest {

  private static final long SEED = 20_240_601L;
  private static final int MUTANTS = Integer.getInteger("pst.mutants.json", 10_000);

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyMutantReadsOrIsRejectedWithItsPlaceWithinASecondAndWhatReadsWritesAndRollsUp()
      throws Exception {
    Mutator mutator = Mutator.json(Seeds.jsonExamples(), SEED);
    ContractReport report = new ContractReport("JSON");
    long start = System.nanoTime();
    MutationRun.forEach(MUTANTS, i -> {
      long t0 = System.nanoTime();
      Mutant m = mutator.mutant(i);
      report.generated(m);
      BudgetedPlan plan = read(m, report);
      if (plan != null) {
        writeReadBackAndRollUp(m, plan, report);
      }
      report.spent(m, System.nanoTime() - t0);
    });
    System.out.printf("%s, in %.1f s%n%s", report.summary(), (System.nanoTime() - start) / 1e9,
        report.perKind());
    assertThat(report.count("read OK")).isPositive();
    assertThat(report.count("read rejected")).isPositive();
    if (!report.holds()) {
      fail("the JSON reading contract is breached:%n%s%n%s", report.summary(),
          report.breaches());
    }
  }

  private static BudgetedPlan read(Mutant m, ContractReport report) {
    Attempt<BudgetedPlan> read =
        Attempt.timed(() -> PstJson.read(m.stream()), ContractReport.LIMIT_NANOS);
    report.time(m, "read", read.nanos);
    if (read.failure == null) {
      report.outcome(m, "read", "OK");
      return read.value;
    }
    if (read.failure instanceof PstFormatException) {
      report.outcome(m, "read", "rejected");
      PstFormatException e = (PstFormatException) read.failure;
      if (e.line() < 1 || e.column() < 1 || e.pointer() == null) {
        report.breach(m, "read: PstFormatException without pointer, line and column",
            e.getMessage());
      }
    } else {
      report.outcome(m, "read", "escaped");
      report.escape(m, "read", read.failure);
    }
    return null;
  }

  private static void writeReadBackAndRollUp(Mutant m, BudgetedPlan plan, ContractReport report) {
    PlanChecks.step(m, report, "write and read back", () -> {
      if (!PstJson.parse(PstJson.toJson(plan)).equals(plan)) {
        report.breach(m, "write and read back: a different plan", "");
      }
      return null;
    });
    PlanChecks.consolidatesAndRollsUp(m, plan, report);
  }
}
