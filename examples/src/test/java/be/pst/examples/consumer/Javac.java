package be.pst.examples.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a consumer in process with the JDK's {@link JavaCompiler}, as its build would. */
final class Javac {

  /** What a strict consumer compiles with. */
  static final List<String> STRICT = List.of("--release", "17", "-Xlint:all", "-Werror");

  private Javac() {}

  /** The outcome of a compilation: success and every diagnostic. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    /**
     * The diagnostics one a line, as javac prints them.
     *
     * @return the report
     */
    String report() {
      return diagnostics.stream()
          .map(d -> d.getKind() + " " + d.getCode() + " "
              + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
              + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
    }

    /**
     * Whether javac said nothing at all: no error, warning or note.
     *
     * @return true if silent
     */
    boolean silent() {
      return diagnostics.isEmpty();
    }

    /**
     * The codes of the diagnostics ({@code compiler.warn.raw.class.use}…).
     *
     * @return the codes
     */
    List<String> codes() {
      return diagnostics.stream().map(Diagnostic::getCode).toList();
    }
  }

  /**
   * Compiles sources into a fresh output directory.
   *
   * @param sources the source files
   * @param out the output directory, emptied first
   * @param options javac options (the path options included)
   * @return the outcome
   */
  static Result compile(List<Path> sources, Path out, List<String> options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> all = new ArrayList<>(options);
    all.add("-d");
    all.add(emptied(out).toString());
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      boolean success = javac
          .getTask(null, files, diagnostics, all, null, files.getJavaFileObjectsFromPaths(sources))
          .call();
      return new Result(success, List.copyOf(diagnostics.getDiagnostics()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code .java} files under a directory, in a stable order.
   *
   * @param root the directory
   * @return its Java files
   */
  static List<Path> javaFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Empties a directory, making it if needed.
   *
   * @param dir the directory
   * @return the directory
   */
  static Path emptied(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
