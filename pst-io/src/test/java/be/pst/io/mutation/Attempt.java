package be.pst.io.mutation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * One timed run of an operation on a mutant: its value or what it threw (anything, errors
 * included), and how long it took, in CPU time of the running thread: what the operation costs,
 * which other processes competing for the machine's cores do not inflate (wall-clock time on
 * this 2-core machine grew 25-fold under other builds). A quadratic reader costs CPU time.
 */
final class Attempt<T> {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** An operation that may throw anything. */
  interface Operation<T> {
    T run() throws Exception;
  }

  final T value;
  final Throwable failure;
  final long nanos;

  private Attempt(T value, Throwable failure, long nanos) {
    this.value = value;
    this.failure = failure;
    this.nanos = nanos;
  }

  /** Runs {@code operation} once, measuring the CPU time of this thread. */
  static <T> Attempt<T> of(Operation<T> operation) {
    long t0 = THREADS.getCurrentThreadCpuTime();
    try {
      T value = operation.run();
      return new Attempt<>(value, null, THREADS.getCurrentThreadCpuTime() - t0);
    } catch (Throwable t) {
      return new Attempt<>(null, t, THREADS.getCurrentThreadCpuTime() - t0);
    }
  }

  /**
   * Runs {@code operation}, and up to twice more while it takes longer than {@code limitNanos}:
   * the fastest time counts, so that a machine busy with other builds does not fail a test,
   * while a reader that is slow on this input (quadratic, say) is slow every time. The value or
   * failure is the first run's.
   */
  static <T> Attempt<T> timed(Operation<T> operation, long limitNanos) {
    Attempt<T> first = of(operation);
    long fastest = first.nanos;
    for (int run = 1; run < 3 && fastest > limitNanos; run++) {
      fastest = Math.min(fastest, of(operation).nanos);
    }
    return new Attempt<>(first.value, first.failure, fastest);
  }
}
