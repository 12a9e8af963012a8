package be.pst.examples.consumer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;

/** The JDK's {@code jdeps}, run in process, and its package-level dependences. */
final class Jdeps {

  private Jdeps() {}

  /** A dependence of a package on another: {@code from -> to}, {@code to} being in {@code module}. */
  record Dependence(String from, String to, String module) {}

  /**
   * Runs jdeps with {@code -verbose:package} on the published jars.
   *
   * @param path the consumer path: the published jars are analysed, the others are the module path
   * @param apiOnly whether to keep only the dependences of public signatures ({@code --api-only})
   * @return the package-level dependences found
   */
  static List<Dependence> packages(ConsumerPath path, boolean apiOnly) {
    List<String> args = new ArrayList<>(List.of(
        "--multi-release", "17",
        "--ignore-missing-deps",
        "--module-path", String.join(java.io.File.pathSeparator,
            path.dependencyJars().stream().map(Object::toString).toList()),
        "-verbose:package"));
    if (apiOnly) {
      args.add("--api-only");
    }
    path.publishedJars().forEach(jar -> args.add(jar.toString()));
    return parse(run(args.toArray(String[]::new)));
  }

  /**
   * Reads jdeps' package lines: {@code "   be.pst.budget  ->  be.pst.core.plan  be.pst.core"}.
   * Module lines ({@code "be.pst.budget -> be.pst.core"}, no indent) and the rest are skipped.
   *
   * @param output jdeps' output
   * @return the dependences
   */
  static List<Dependence> parse(String output) {
    List<Dependence> dependences = new ArrayList<>();
    for (String line : output.split("\\R")) {
      if (!line.startsWith(" ")) {
        continue;
      }
      String[] words = line.strip().split("\\s+");
      if (words.length >= 4 && words[1].equals("->")) {
        dependences.add(new Dependence(words[0], words[2], words[3]));
      }
    }
    return dependences;
  }

  private static String run(String... args) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = jdeps.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    if (status != 0) {
      throw new AssertionError("jdeps " + String.join(" ", args) + " exited with " + status
          + ":\n" + out + err);
    }
    return out.toString();
  }
}
