package be.pst.examples;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Runs the engines of {@code ./pst-shell} in a child JVM with this module's class path, as the
 * launcher runs them: {@code PstScript} for a script, {@code PstShell} for the interactive shell
 * (its input from a file rather than a terminal), both with {@code shell/startup.jsh}. Like the
 * launcher, it compiles {@code shell/*.java} once, warnings being errors, rather than at every
 * run.
 */
final class ShellProcess {

  /** The root of the repository. */
  static final Path ROOT =
      Path.of(System.getProperty("pst.repo.root", "..")).toAbsolutePath().normalize();

  /** Where {@code shell/*.java} are compiled, in this module's build directory. */
  private static final Path CLASSES = ROOT.resolve("examples/target/pst-shell-classes");

  private static boolean compiled;

  private ShellProcess() {}

  /**
   * The launcher's classes, {@code shell/PstScript.java} and {@code shell/PstShell.java},
   * compiled as {@code ./pst-shell} compiles them, once per test run.
   *
   * @return the directory of the classes
   */
  static synchronized Path launcherClasses() throws IOException {
    if (!compiled) {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      ByteArrayOutputStream messages = new ByteArrayOutputStream();
      Files.createDirectories(CLASSES);
      int status = javac.run(null, null, new PrintStream(messages, true, StandardCharsets.UTF_8),
          "--release", "17", "-Xlint:all", "-Werror", "-encoding", "UTF-8",
          "-d", CLASSES.toString(), "--class-path", CLASSES.toString(),
          ROOT.resolve("shell/PstScript.java").toString(),
          ROOT.resolve("shell/PstShell.java").toString());
      if (status != 0) {
        throw new AssertionError("shell/*.java do not compile:\n"
            + messages.toString(StandardCharsets.UTF_8));
      }
      compiled = true;
    }
    return CLASSES;
  }

  /** What a finished run gave. */
  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /**
   * Runs a script.
   *
   * @param script the script, absolute or relative to {@code directory}
   * @param directory the working directory
   * @return the run
   */
  static Run script(Path script, Path directory) throws IOException, InterruptedException {
    return run(List.of("PstScript",
        "--startup", ROOT.resolve("shell/startup.jsh").toString(), script.toString()),
        List.of(), directory, null);
  }

  /**
   * Runs the interactive shell from the root of the repository, typing {@code input} into it.
   *
   * @param input the lines typed, {@code /exit} last
   * @param options more options of the shell, such as {@code --sources}
   * @return the run
   */
  static Run interactive(List<String> input, List<String> options)
      throws IOException, InterruptedException {
    return interactive(input, options, ROOT);
  }

  /**
   * Runs the interactive shell in {@code directory}, typing {@code input} into it.
   *
   * @param input the lines typed, {@code /exit} last
   * @param options more options of the shell, such as {@code --sources}
   * @param directory the working directory
   * @return the run
   */
  static Run interactive(List<String> input, List<String> options, Path directory)
      throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(List.of("PstShell",
        "--startup", ROOT.resolve("shell/startup.jsh").toString()));
    arguments.addAll(options);
    return run(arguments, List.of("--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED"), directory,
        String.join("\n", input) + "\n");
  }

  /**
   * The command line of a JVM running {@code arguments} with the launcher's classes and this
   * module's class path, as {@code ./pst-shell} runs its classes with the library's (and with
   * its JVM flags, but for the class-data-sharing archive).
   */
  static List<String> java(List<String> jvmOptions, List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(launcherClasses() + File.pathSeparator + System.getProperty("java.class.path"));
    command.add("-Djava.util.logging.config.file=" + ROOT.resolve("shell/logging.properties"));
    command.addAll(arguments);
    return command;
  }

  private static Run run(List<String> arguments, List<String> jvmOptions, Path directory,
      String input) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(java(jvmOptions, arguments))
        .directory(directory.toFile());
    Path in = Files.createTempFile("pst-shell", ".in");
    Path out = Files.createTempFile("pst-shell", ".out");
    Path err = Files.createTempFile("pst-shell", ".err");
    try {
      Files.writeString(in, input == null ? "" : input, StandardCharsets.UTF_8);
      builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
      Process process = builder.start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(arguments + " did not finish within 5 minutes");
      }
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
