package be.pst.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.budget.money.EuroAmount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * A consumer of pst, compiled as a strict ERP build compiles ({@code -Xlint:all -Werror}) against
 * the published jars and their run-time dependencies only — no Immutables, no test jars —, on the
 * class path and on the module path, then run. A warning javac gives a consumer because of our
 * class files (an annotation whose jar the consumer lacks, a type of a module we do not require
 * transitively) fails these tests.
 */
class ConsumerCompilationTest {

  private static final ConsumerPath PATH = ConsumerPath.ofBuild();
  private static final Path SOURCES = Path.of(System.getProperty("pst.consumer.sources"));
  private static final String CONSUMER_MODULE = "erp.consumer";
  private static final String SHEETS = "erp.consumer.exchange.ErpSheets";

  /** A consumer's files: its module-info.java and its classes. */
  private record Consumer(Path moduleInfo, List<Path> classes) {

    /** The consumer of pst-core and pst-budget. */
    static Consumer budget() {
      return of(SOURCES.resolve("budget"), List.of());
    }

    /** The same consumer with JSON, the Jackson module and the testkit. */
    static Consumer full() {
      return of(SOURCES.resolve("full"), classesIn(SOURCES.resolve("budget")));
    }

    private static Consumer of(Path dir, List<Path> more) {
      List<Path> classes = new ArrayList<>(more);
      classes.addAll(classesIn(dir));
      return new Consumer(dir.resolve("module-info.java"), classes);
    }

    private static List<Path> classesIn(Path dir) {
      return Javac.javaFiles(dir).stream()
          .filter(p -> !p.getFileName().toString().equals("module-info.java"))
          .toList();
    }

    Consumer plus(Path extraClass) {
      List<Path> classes = new ArrayList<>(this.classes);
      classes.add(extraClass);
      return new Consumer(moduleInfo, classes);
    }
  }

  @Test
  void consumerPathIsThePublishedJarsAndTheirRunTimeDependenciesOnly() throws IOException {
    assertThat(PATH.published()).containsKeys("be.pst.core", "be.pst.budget");
    for (Path jar : PATH.jars()) {
      assertThat(jar.getFileName().toString()).as("a test jar").doesNotEndWith("-tests.jar");
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        assertThat(zip.getEntry("org/immutables/value/Value.class"))
            .as("Immutables' annotations in %s", jar)
            .isNull();
      }
    }
  }

  @Test
  void budgetConsumerCompilesWithoutAWordAndRunsOnTheClassPath() {
    Path out = work("budget-classpath");
    Javac.Result result = onClassPath(Consumer.budget(), out);

    assertThat(result.silent()).as(result.report()).isTrue();
    assertThat(result.success()).isTrue();
    assertThat(runOnClassPath(out, "erp.consumer.ErpBudget")).isEqualTo(budgetScreen());
  }

  @Test
  void budgetConsumerCompilesWithoutAWordAndRunsOnTheModulePath() {
    Path out = work("budget-modulepath");
    Javac.Result result = onModulePath(Consumer.budget(), out);

    assertThat(result.silent()).as(result.report()).isTrue();
    assertThat(result.success()).isTrue();
    assertThat(runOnModulePath(out, "erp.consumer.ErpBudget")).isEqualTo(budgetScreen());
  }

  @Test
  void aConsumersAnnotationProcessorReadsTheAnnotationsOfOurTypesWithoutAWord() {
    List<String> packages = new ArrayList<>();
    PATH.published().values().forEach(m -> m.descriptor().exports().stream()
        .filter(e -> !e.isQualified())
        .forEach(e -> packages.add(e.source())));
    List<String> options = new ArrayList<>(Javac.STRICT);
    options.addAll(List.of(
        "-classpath", PATH.joined(),
        "-processorpath", processorPath(),
        "-processor", AnnotationWalker.class.getName(),
        "-A" + AnnotationWalker.PACKAGES + "=" + String.join(",", packages)));

    Javac.Result result = Javac.compile(Consumer.budget().classes(), work("walker"), options);

    assertThat(result.success()).as(result.report()).isTrue();
    assertThat(result.diagnostics()).as(result.report()).hasSize(1);
    assertThat(result.diagnostics().get(0).getKind()).isEqualTo(Diagnostic.Kind.NOTE);
    assertThat(result.diagnostics().get(0).getMessage(Locale.ROOT))
        .matches("walked [1-9][0-9]+ annotations on [1-9][0-9]+ types");
  }

  @Test
  void monetaNeedsJavaAnnotationOnTheModulePathAndThePomsBringIt() {
    // javax.annotation-api 1.3.2 (automatic module java.annotation), from Moneta's POM.
    Path javaAnnotation = ConsumerPath.jarOf(PATH.modules().get("java.annotation"));
    Path[] withoutIt = PATH.jars().stream().filter(jar -> !jar.equals(javaAnnotation))
        .toArray(Path[]::new);

    assertThat(resolve(ModuleFinder.of(PATH.jars().toArray(Path[]::new)), "be.pst.budget")
        .findModule("java.annotation")).isPresent();
    assertThatThrownBy(() -> resolve(ModuleFinder.of(withoutIt), "be.pst.budget"))
        .isInstanceOf(FindException.class)
        .hasMessageContaining("java.annotation")
        .hasMessageContaining("org.javamoney.moneta");
  }

  @Test
  void aWarningInTheConsumerFailsItsCompilation() throws IOException {
    Path raw = work("raw-source").resolve("RawLines.java");
    Files.writeString(raw, String.join("\n",
        "package erp.consumer;",
        "final class RawLines {",
        "  private RawLines() {}",
        "  static int count() {",
        "    java.util.List lines = new java.util.ArrayList<String>();",
        "    return lines.size();",
        "  }",
        "}",
        ""));

    Javac.Result result = onClassPath(Consumer.budget().plus(raw), work("raw-classpath"));

    assertThat(result.success()).isFalse();
    assertThat(result.codes())
        .contains("compiler.warn.raw.class.use", "compiler.err.warnings.and.werror");
  }

  @Test
  void fullConsumerCompilesWithoutAWordAndRunsOnTheClassPath() {
    Path out = work("full-classpath");
    Javac.Result result = onClassPath(Consumer.full(), out);

    assertThat(result.silent()).as(result.report()).isTrue();
    assertThat(result.success()).isTrue();
    assertThat(runOnClassPath(out, "erp.consumer.exchange.ErpExchange")).isEqualTo(exchangeScreen());
  }

  @Test
  void fullConsumerCompilesWithoutAWordAndRunsOnTheModulePath() {
    Path out = work("full-modulepath");
    Javac.Result result = onModulePath(Consumer.full(), out);

    assertThat(result.silent()).as(result.report()).isTrue();
    assertThat(result.success()).isTrue();
    assertThat(runOnModulePath(out, "erp.consumer.exchange.ErpExchange")).isEqualTo(exchangeScreen());
  }

  @Test
  void withoutFastexcelTheConsumerWritesCsvAndIsToldHowToGetXlsxOnBothPaths() {
    Path classPath = work("sheets-classpath");
    Path modulePath = work("sheets-modulepath");
    assertThat(onClassPath(Consumer.full(), classPath).success()).isTrue();
    assertThat(onModulePath(Consumer.full(), modulePath).success()).isTrue();
    assertThat(PATH.jars()).noneMatch(ConsumerCompilationTest::isFastexcel);

    assertThat(runOnClassPath(classPath, SHEETS)).isEqualTo("csv round trip true; no xlsx:"
        + " writing .xlsx needs org.dhatim:fastexcel:0.20.2 on the class path; it is an optional"
        + " dependency of pst-io: add <dependency><groupId>org.dhatim</groupId><artifactId>"
        + "fastexcel</artifactId><version>0.20.2</version></dependency> (or write CSV, which"
        + " needs nothing)");
    String notResolved = "csv round trip true; no xlsx: writing .xlsx needs"
        + " org.dhatim:fastexcel:0.20.2 (module org.dhatim.fastexcel), which is not resolved in"
        + " pst-io's module layer: it is an optional dependency of pst-io (requires static); put"
        + " fastexcel and opczip on the module path and add 'requires org.dhatim.fastexcel;' to"
        + " your module (or --add-modules org.dhatim.fastexcel), or write CSV, which needs nothing";
    assertThat(runOnModulePath(modulePath, SHEETS)).isEqualTo(notResolved);
    // On the module path but not resolved: a requires static does not resolve a module.
    assertThat(runOnModulePath(modulePath, SHEETS, fastexcelJars(), Set.of()))
        .isEqualTo(notResolved);
  }

  @Test
  void withFastexcelTheConsumerWritesXlsxOnBothPaths() {
    Path classPath = work("sheets-xlsx-classpath");
    Path modulePath = work("sheets-xlsx-modulepath");
    assertThat(onClassPath(Consumer.full(), classPath).success()).isTrue();
    assertThat(onModulePath(Consumer.full(), modulePath).success()).isTrue();

    assertThat(runOnClassPath(classPath, SHEETS, fastexcelJars()))
        .isEqualTo("csv round trip true; xlsx [Annexe]");
    assertThat(runOnModulePath(modulePath, SHEETS, fastexcelJars(),
        Set.of("org.dhatim.fastexcel"))).isEqualTo("csv round trip true; xlsx [Annexe]");
  }

  /** fastexcel and opczip, from this test's class path (where the POM puts them, test scope). */
  private static List<Path> fastexcelJars() {
    List<Path> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (isFastexcel(Path.of(entry))) {
        jars.add(Path.of(entry));
      }
    }
    assertThat(jars).as("fastexcel and opczip on the test class path").hasSize(2);
    return jars;
  }

  private static boolean isFastexcel(Path jar) {
    String name = jar.getFileName().toString();
    return name.startsWith("fastexcel-") || name.startsWith("opczip-");
  }

  private static String budgetScreen() {
    return "status false; net cost " + EuroAmount.of("187500.00").format() + "; valid true; Money";
  }

  private static String exchangeScreen() {
    return "round trip true; {\"amount\":\"12.34\",\"currency\":\"EUR\"}; found [be.pst.io.json.PstModule]";
  }

  /** Where this test's own classes are: the processor's. */
  private static String processorPath() {
    try {
      return Path.of(AnnotationWalker.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path work(String name) {
    return ConsumerPath.directory("pst.consumer.work", name);
  }

  private static Javac.Result onClassPath(Consumer consumer, Path out) {
    List<String> options = new ArrayList<>(Javac.STRICT);
    options.addAll(List.of("-classpath", PATH.joined()));
    return Javac.compile(consumer.classes(), out, options);
  }

  private static Javac.Result onModulePath(Consumer consumer, Path out) {
    List<String> options = new ArrayList<>(Javac.STRICT);
    // An empty class path: in process, javac would otherwise fall back to this test's own.
    options.addAll(List.of(
        "--module-path", PATH.joined(),
        "-classpath", Javac.emptied(work("empty")).toString()));
    List<Path> sources = new ArrayList<>();
    sources.add(consumer.moduleInfo());
    sources.addAll(consumer.classes());
    return Javac.compile(sources, out, options);
  }

  /** Runs the consumer's {@code run()} with only the consumer path, as its own application. */
  private static String runOnClassPath(Path out, String className) {
    return runOnClassPath(out, className, List.of());
  }

  /** The same, with more jars after the consumer path. */
  private static String runOnClassPath(Path out, String className, List<Path> more) {
    List<URL> urls = new ArrayList<>();
    urls.add(url(out));
    PATH.jars().forEach(jar -> urls.add(url(jar)));
    more.forEach(jar -> urls.add(url(jar)));
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      return run(loader, Class.forName(className, true, loader));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** Runs the consumer's {@code run()} in a module layer of the consumer path, as {@code java -p}. */
  private static String runOnModulePath(Path out, String className) {
    return runOnModulePath(out, className, List.of(), Set.of());
  }

  /**
   * The same, with more jars on the module path and more root modules, as {@code java -p …
   * --add-modules …}.
   */
  private static String runOnModulePath(Path out, String className, List<Path> more,
      Set<String> addModules) {
    List<Path> entries = new ArrayList<>();
    entries.add(out);
    entries.addAll(PATH.jars());
    entries.addAll(more);
    Set<String> roots = new java.util.HashSet<>(addModules);
    roots.add(CONSUMER_MODULE);
    Configuration configuration = ModuleLayer.boot().configuration().resolveAndBind(
        ModuleFinder.of(entries.toArray(Path[]::new)), ModuleFinder.of(), roots);
    ModuleLayer layer = ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    Module consumer = layer.findModule(CONSUMER_MODULE).orElseThrow();
    Class<?> type = Class.forName(consumer, className);
    assertThat(type).as(className).isNotNull();
    return run(layer.findLoader(CONSUMER_MODULE), type);
  }

  private static Configuration resolve(ModuleFinder finder, String root) {
    return ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(), Set.of(root));
  }

  private static String run(ClassLoader loader, Class<?> type) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return (String) type.getMethod("run").invoke(null);
    } catch (InvocationTargetException e) {
      throw new AssertionError("the consumer failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(path.toString(), e);
    }
  }
}
