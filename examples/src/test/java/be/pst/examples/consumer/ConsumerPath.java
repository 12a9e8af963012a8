package be.pst.examples.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The path a consumer of pst compiles and runs with: the published jars and their run-time
 * dependencies, as Maven resolves them from the published POMs (written by the dependency
 * plugin's {@code build-classpath}, {@code includeScope=runtime}). Immutable.
 */
final class ConsumerPath {

  /** Module names of published jars start with this. */
  static final String PUBLISHED_PREFIX = "be.pst.";

  private final List<Path> jars;
  private final Map<String, ModuleReference> modules;

  private ConsumerPath(List<Path> jars) {
    this.jars = List.copyOf(jars);
    Map<String, ModuleReference> byName = new TreeMap<>();
    for (ModuleReference reference : ModuleFinder.of(jars.toArray(Path[]::new)).findAll()) {
      byName.put(reference.descriptor().name(), reference);
    }
    this.modules = Collections.unmodifiableMap(byName);
  }

  /**
   * The consumer path of this build.
   *
   * @return the path written by the build
   */
  static ConsumerPath ofBuild() {
    return new ConsumerPath(pathFile("pst.consumer.classpath.file"));
  }

  /**
   * Reads a file holding one path-separator-separated list of files, named by a system property.
   *
   * @param property the system property naming the file
   * @return the files, each checked to exist
   */
  static List<Path> pathFile(String property) {
    String file = Objects.requireNonNull(System.getProperty(property), property);
    try {
      String text = Files.readString(Path.of(file)).strip();
      List<Path> paths = new ArrayList<>();
      for (String entry : text.split(java.io.File.pathSeparator)) {
        if (!entry.isBlank()) {
          Path path = Path.of(entry.strip());
          if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(property + " lists a missing file: " + path);
          }
          paths.add(path);
        }
      }
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A directory named by a system property, made if missing.
   *
   * @param property the system property
   * @param more sub-directories
   * @return the directory
   */
  static Path directory(String property, String... more) {
    Path path = Path.of(Objects.requireNonNull(System.getProperty(property), property), more);
    try {
      return Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every jar, in the build's order.
   *
   * @return the jars
   */
  List<Path> jars() {
    return jars;
  }

  /**
   * The module of every jar (explicit or automatic), by name.
   *
   * @return the modules
   */
  Map<String, ModuleReference> modules() {
    return modules;
  }

  /**
   * The published pst modules on the path, by name.
   *
   * @return the modules named {@code be.pst.*}
   */
  Map<String, ModuleReference> published() {
    Map<String, ModuleReference> published = new TreeMap<>();
    modules.forEach((name, reference) -> {
      if (name.startsWith(PUBLISHED_PREFIX)) {
        published.put(name, reference);
      }
    });
    return published;
  }

  /**
   * The jar of a module.
   *
   * @param reference the module
   * @return its jar
   */
  static Path jarOf(ModuleReference reference) {
    return Path.of(reference.location().orElseThrow());
  }

  /**
   * The jars of the published modules.
   *
   * @return their jars
   */
  List<Path> publishedJars() {
    return published().values().stream().map(ConsumerPath::jarOf).toList();
  }

  /**
   * The jars that are not published pst modules: their dependencies.
   *
   * @return the dependencies' jars
   */
  List<Path> dependencyJars() {
    List<Path> published = publishedJars();
    return jars.stream().filter(jar -> !published.contains(jar)).toList();
  }

  /**
   * The descriptor of a module on the path.
   *
   * @param name the module name
   * @return its descriptor
   */
  ModuleDescriptor descriptor(String name) {
    ModuleReference reference = modules.get(name);
    if (reference == null) {
      throw new IllegalArgumentException("no module " + name + " on " + Arrays.toString(jars.toArray()));
    }
    return reference.descriptor();
  }

  /**
   * The path as a string for a {@code -classpath} or {@code --module-path} option.
   *
   * @param first entries put before the jars
   * @return the joined path
   */
  String joined(Path... first) {
    List<String> entries = new ArrayList<>();
    for (Path path : first) {
      entries.add(path.toString());
    }
    jars.forEach(jar -> entries.add(jar.toString()));
    return String.join(java.io.File.pathSeparator, entries);
  }
}
