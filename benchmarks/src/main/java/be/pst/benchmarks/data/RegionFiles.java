package be.pst.benchmarks.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan files of a region on disk (fichiers d'une région): the documents of {@link Region},
 * one file per plan, written once into a directory and reused by later runs (the same seed gives
 * the same bytes). Reading them right after a run has written or read them finds them in the page
 * cache, as a server loading its region again would.
 *
 * <p>This class has static methods only; it is thread-safe as long as two processes do not
 * write the same directory at once.
 */
public final class RegionFiles {

  private RegionFiles() {}

  /**
   * The first {@code plans} files of the region in {@code directory}, written if absent.
   *
   * @param directory where the files are kept, e.g. {@code benchmarks/target/region}
   * @param plans how many files
   * @return their paths, in plan order
   */
  public static List<Path> of(Path directory, int plans) {
    PlanDocuments documents = PlanDocuments.regional();
    List<Path> files = new ArrayList<>(plans);
    try {
      Files.createDirectories(directory);
      for (int i = 0; i < plans; i++) {
        Path file = directory.resolve(String.format("plan-%04d-%d.json", i, Region.SEED));
        if (!Files.exists(file)) {
          Path partial = directory.resolve(file.getFileName() + ".partial");
          try (OutputStream out = Files.newOutputStream(partial)) {
            documents.write(i, Region.SEED, out);
          }
          Files.move(partial, file);
        }
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(files);
  }

  /**
   * The total size of files.
   *
   * @param files the files
   * @return their sizes added
   */
  public static long bytes(List<Path> files) {
    long bytes = 0;
    try {
      for (Path file : files) {
        bytes += Files.size(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes;
  }
}
