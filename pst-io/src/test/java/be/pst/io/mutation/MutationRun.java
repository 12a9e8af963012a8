package be.pst.io.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs a body on mutant indexes {@code 0..count-1} on as many threads as there are processors,
 * at most two (the build machines have two cores). Each mutant depends only on its index, so the
 * outcome does not depend on the threads; what a report keeps as "first" is the lowest index.
 */
final class MutationRun {

  private MutationRun() {}

  static void forEach(int count, IntConsumer body) throws InterruptedException {
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        futures.add(pool.submit(() -> {
          for (int i = first; i < count; i += threads) {
            body.accept(i);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a mutation worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
