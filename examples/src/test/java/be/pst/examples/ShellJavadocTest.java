package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import org.junit.jupiter.api.Test;

/**
 * Tab Tab in the interactive shell shows pst's Javadoc: {@code shell/PstShell.java} points
 * JShell's documentation lookup at the library's sources jars (JShell itself only reads the
 * JDK's {@code src.zip}). Checked through the JShell API, as the tool asks for documentation.
 * The module's tests run with {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED}, as
 * {@code ./pst-shell} does.
 */
class ShellJavadocTest {

  private static final String CODE = "Budgets.consolidate(";

  /** The Javadoc JShell shows on Tab Tab after {@link #CODE}, one per overload. */
  private static List<String> javadocOnTabTab() {
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      shell.eval("import be.pst.budget.*;");
      return shell.sourceCodeAnalysis().documentation(CODE, CODE.length(), true).stream()
          .map(Documentation::javadoc).filter(Objects::nonNull).toList();
    }
  }

  private static Path sourcesJar(String module) throws IOException {
    try (Stream<Path> files = Files.list(ShellProcess.ROOT.resolve(module).resolve("target"))) {
      return files.filter(f -> f.getFileName().toString().endsWith("-sources.jar")).findFirst()
          .orElse(null);
    }
  }

  @Test
  void tabTabShowsTheJavadocOfPstFromItsSourcesJars() throws Exception {
    Path budgetSources = sourcesJar("pst-budget");
    assumeThat(budgetSources)
        .as("pst-budget's sources jar, built by 'mvn package' (run the tests with 'mvn verify')")
        .isNotNull();
    assertThat(javadocOnTabTab()).as("without the sources jars, JShell finds no Javadoc").isEmpty();

    Object shown;
    URL classes = ShellProcess.launcherClasses().toUri().toURL();
    try (URLClassLoader launcher = new URLClassLoader(new URL[] {classes},
        ShellJavadocTest.class.getClassLoader())) {
      Method showJavadocOf = launcher.loadClass("PstShell")
          .getDeclaredMethod("showJavadocOf", List.class);
      showJavadocOf.setAccessible(true);
      shown = showJavadocOf.invoke(null, List.of(budgetSources));
    }

    assertThat(shown).as("JShell's documentation lookup could be set").isEqualTo(true);
    assertThat(javadocOnTabTab())
        .anySatisfy(javadoc -> assertThat(javadoc).contains(
            "Consolidates the projection of a plan: all its projection lines"))
        .anySatisfy(javadoc -> assertThat(javadoc).contains(
            "Consolidates lines of one figure, whatever they belong to."));
  }
}
