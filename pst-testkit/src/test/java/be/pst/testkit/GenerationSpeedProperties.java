package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Generating budgeted plans stays fast: 1,000 tries of {@code @ForAll BudgetedPlan}, with every
 * attribute of the model, took about 33 s before the generators were rewritten. The time is
 * measured and printed; the bound, 15 s of the test thread's CPU time (not wall-clock time,
 * which other builds on the machine inflate), is there to catch a regression to that order of
 * magnitude, not to benchmark.
 */
class GenerationSpeedProperties {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Duration BOUND = Duration.ofSeconds(15);

  private long wallStart;
  private long cpuStart;
  private int tries;
  private long lines;
  private long actions;

  @BeforeProperty
  void start() {
    wallStart = System.nanoTime();
    cpuStart = THREADS.getCurrentThreadCpuTime();
  }

  @Property(tries = 1000)
  void aThousandBudgetedPlans(@ForAll BudgetedPlan plan) {
    tries++;
    lines += plan.lines().size();
    actions += plan.plan().actions().size();
  }

  @AfterProperty
  void report() {
    Duration cpu = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpuStart);
    Duration wall = Duration.ofNanos(System.nanoTime() - wallStart);
    System.out.printf(
        "Generation speed: %d budgeted plans (%d actions, %d lines) in %d ms of CPU, %d ms of"
            + " wall-clock time%n",
        tries, actions, lines, cpu.toMillis(), wall.toMillis());
    assertThat(tries).isEqualTo(1000);
    assertThat(cpu).isLessThan(BOUND);
  }
}
