import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Runs JShell scripts ({@code .jsh}) non-interactively with the pst library on the class path:
 * the engine behind {@code ./pst-shell script.jsh}, also used by the tests that check the
 * example scripts.
 *
 * <p>Usage: {@code java -cp <pst class path> shell/PstScript.java [--startup file.jsh]... script.jsh}.
 * Snippets are evaluated in order, in this JVM, with the class path of this JVM. The run stops
 * at the first snippet that does not compile or throws: the error is printed with the file
 * and line of the snippet, and the exit status is 1. A line {@code /exit} or {@code /exit N}
 * ends the run with status 0 or N. Other JShell commands are not supported in scripts.
 * Values of bare expressions are not echoed: scripts print what they want to show.
 */
public final class PstScript {
  private static final int CONTINUE = -1;

  private final JShell shell;
  private final PrintStream err;

  private PstScript(JShell shell, PrintStream err) {
    this.shell = shell;
    this.err = err;
  }

  /**
   * Entry point.
   *
   * @param args {@code [--startup file]... script}
   * @throws IOException if a script cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    Path script = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--startup") && i + 1 < args.length) {
        files.add(Path.of(args[++i]));
      } else if (script == null) {
        script = Path.of(args[i]);
      } else {
        System.err.println("pst-shell: only one script can be run at a time: " + args[i]);
        System.exit(2);
      }
    }
    if (script == null) {
      System.err.println("usage: pst-shell [script.jsh]");
      System.exit(2);
    }
    if (!Files.isReadable(script)) {
      System.err.println("pst-shell: cannot read the script " + script);
      System.exit(2);
    }
    files.add(script);
    System.exit(run(files, System.out, System.err));
  }

  /**
   * Evaluates the given files in order in a fresh shell.
   *
   * @param files startup files, then the script
   * @param out where the snippets' output goes
   * @param err where errors go
   * @return the exit status of the run
   * @throws IOException if a file cannot be read
   */
  static int run(List<Path> files, PrintStream out, PrintStream err) throws IOException {
    try (JShell shell = JShell.builder().executionEngine("local").out(out).err(err).build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          shell.addToClasspath(entry);
        }
      }
      PstScript runner = new PstScript(shell, err);
      for (Path file : files) {
        int status = runner.runFile(file);
        if (status != CONTINUE) {
          return status;
        }
      }
      return 0;
    }
  }

  private int runFile(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    StringBuilder chunk = new StringBuilder();
    int chunkStart = 1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String trimmed = line.strip();
      if (trimmed.startsWith("/") && !trimmed.startsWith("//") && !trimmed.startsWith("/*")) {
        int status = evalChunk(file, chunk.toString(), chunkStart);
        if (status != CONTINUE) {
          return status;
        }
        chunk.setLength(0);
        chunkStart = i + 2;
        status = command(file, i + 1, trimmed);
        if (status != CONTINUE) {
          return status;
        }
      } else {
        chunk.append(line).append('\n');
      }
    }
    return evalChunk(file, chunk.toString(), chunkStart);
  }

  private int command(Path file, int line, String command) {
    String[] words = command.split("\\s+");
    if (words[0].equals("/exit")) {
      if (words.length == 1) {
        return 0;
      }
      try {
        return Integer.parseInt(words[1]);
      } catch (NumberFormatException e) {
        err.printf("%s:%d: /exit takes a whole number, not '%s'%n", file, line, words[1]);
        return 2;
      }
    }
    err.printf("%s:%d: only /exit is supported in scripts, not '%s'%n", file, line, words[0]);
    return 2;
  }

  private int evalChunk(Path file, String code, int firstLine) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = code;
    int line = firstLine;
    while (true) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == Completeness.EMPTY) {
        return CONTINUE;
      }
      String consumed = remaining.substring(0, remaining.length() - info.remaining().length());
      int snippetLine = line + leadingNewlines(consumed);
      if (!info.completeness().isComplete()) {
        err.printf("%s:%d: error: incomplete snippet at the end of the script%n", file, snippetLine);
        return 1;
      }
      for (SnippetEvent event : shell.eval(info.source())) {
        if (event.causeSnippet() != null) {
          continue;
        }
        if (event.status() == Snippet.Status.REJECTED
            || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
          reportDiagnostics(file, snippetLine, event.snippet());
          return 1;
        }
        if (event.exception() != null) {
          reportException(file, snippetLine, event.exception());
          return 1;
        }
      }
      line += count(consumed, '\n');
      remaining = info.remaining();
    }
  }

  private void reportDiagnostics(Path file, int line, Snippet snippet) {
    List<Diag> diags = shell.diagnostics(snippet).toList();
    if (diags.isEmpty()) {
      err.printf("%s:%d: error: the snippet cannot be used: %s%n", file, line,
          shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet).toList());
      return;
    }
    for (Diag diag : diags) {
      err.printf("%s:%d: error: %s%n", file, line, diag.getMessage(Locale.ROOT));
    }
  }

  private void reportException(Path file, int line, JShellException exception) {
    Throwable current = exception;
    String prefix = String.format("%s:%d: exception ", file, line);
    while (current != null) {
      String type = current instanceof EvalException eval
          ? eval.getExceptionClassName() : current.getClass().getName();
      err.println(prefix + type + (current.getMessage() == null ? "" : ": " + current.getMessage()));
      for (StackTraceElement frame : current.getStackTrace()) {
        String owner = frame.getClassName();
        if (!owner.isEmpty() && !owner.startsWith("REPL.") && !owner.startsWith("jdk.")) {
          err.println("\tat " + frame);
        }
      }
      current = current.getCause();
      prefix = "caused by ";
    }
  }

  /** The newlines before the code of a snippet: in white space and in comments. */
  private static int leadingNewlines(String text) {
    int n = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        n++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        int stop = end < 0 ? text.length() : end + 2;
        n += count(text.substring(i, stop), '\n');
        i = stop;
      } else {
        break;
      }
    }
    return n;
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(ch -> ch == c).count();
  }
}
