package be.pst.io.json;

import be.pst.io.PstFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One reading of many files by {@link PstJsonReader#readAll(java.util.Collection, int)} (lecture
 * d'une région): the files, the next one to start, and each file's result or failure. Workers
 * call {@link #work()} concurrently; the caller reads {@link #results()} once every worker has
 * returned (a {@code Thread.join} makes their writes visible). Package-private.
 */
final class RegionRead {

  private final PstJsonReader reader;
  private final Path[] files;
  private final PstJsonResult[] results;
  private final Throwable[] failures;
  private final AtomicInteger next = new AtomicInteger();
  private volatile boolean stopped;

  RegionRead(PstJsonReader reader, Path[] files) {
    this.reader = reader;
    this.files = files;
    this.results = new PstJsonResult[files.length];
    this.failures = new Throwable[files.length];
  }

  /** Reads files, the next one each time, until none is left or one has failed. */
  void work() {
    while (!stopped) {
      int i = next.getAndIncrement();
      if (i >= files.length) {
        return;
      }
      try {
        results[i] = reader.read(files[i]);
      } catch (IOException | PstFormatException | RuntimeException | Error e) {
        failures[i] = e;
        stopped = true;
      }
    }
  }

  /** Starts no further file. */
  void stop() {
    stopped = true;
  }

  /** The results in file order, or the failure of the first failing file. */
  List<PstJsonResult> results() throws IOException, PstFormatException {
    for (Throwable failure : failures) {
      if (failure instanceof PstFormatException) {
        throw (PstFormatException) failure;
      }
      if (failure instanceof IOException) {
        throw (IOException) failure;
      }
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
      if (failure instanceof Error) {
        throw (Error) failure;
      }
    }
    return Collections.unmodifiableList(Arrays.asList(results.clone()));
  }
}
