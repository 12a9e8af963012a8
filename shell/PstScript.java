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
 * <p>Usage: {@code java -cp <pst class path> shell/PstScript.java [--startup file.jsh]...
 * script.jsh}; {@code ./pst-shell} runs it compiled, from {@code .pst-shell/pst-shell.jar}.
 * Snippets are evaluated in order, in this JVM, with the class path of this JVM. The run stops
 * at the first snippet that does not compile or throws: the error is printed with the file
 * and line of the snippet, and the exit status is 1. A line {@code /exit} or {@code /exit N}
 * ends the run with status 0 or N. Other JShell commands are not supported in scripts; a line
 * that starts with {@code /} inside a snippet (a text block, a comment) is code, not a command.
 * Values of bare expressions are not echoed: scripts print what they want to show.
 *
 * <p>The imports of a startup file are evaluated as one snippet, which makes the start much
 * cheaper than one snippet per import (each snippet is a compilation); a script's own imports are
 * evaluated one by one, as JShell does.
 */
public final class PstScript {
  private static final int CONTINUE = -1;

  /**
   * The first import of a batch of startup imports. JShell keys an import snippet by its first
   * import, and a later snippet with the same key replaces it: a script that imports again, say,
   * {@code java.util.*} would drop the whole batch. Nobody imports {@code java.lang.Object}.
   */
  private static final String BATCH_KEY = "import java.lang.Object;";

  private final JShell shell;
  private final SourceCodeAnalysis analysis;
  private final PrintStream err;
  /** Startup imports not evaluated yet, with their lines; only for startup files. */
  private final List<String> pendingImports = new ArrayList<>();
  private final List<Integer> pendingImportLines = new ArrayList<>();
  private boolean batchImports;

  private PstScript(JShell shell, PrintStream err) {
    this.shell = shell;
    this.analysis = shell.sourceCodeAnalysis();
    this.err = err;
  }

  /**
   * Entry point.
   *
   * @param args {@code [--startup file]... script}
   * @throws IOException if a script cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<Path> startups = new ArrayList<>();
    Path script = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--startup") && i + 1 < args.length) {
        startups.add(Path.of(args[++i]));
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
    System.exit(run(startups, script, System.out, System.err));
  }

  /**
   * Evaluates the startup files, then the script, in a fresh shell.
   *
   * @param startups startup files, in order
   * @param script the script
   * @param out where the snippets' output goes
   * @param err where errors go
   * @return the exit status of the run
   * @throws IOException if a file cannot be read
   */
  static int run(List<Path> startups, Path script, PrintStream out, PrintStream err)
      throws IOException {
    try (JShell shell = JShell.builder().executionEngine("local").out(out).err(err).build()) {
      String classPath = System.getProperty("java.class.path");
      if (!classPath.isEmpty()) {
        shell.addToClasspath(classPath);
      }
      PstScript runner = new PstScript(shell, err);
      for (Path startup : startups) {
        int status = runner.runFile(startup, true);
        if (status != CONTINUE) {
          return status;
        }
      }
      int status = runner.runFile(script, false);
      return status == CONTINUE ? 0 : status;
    }
  }

  private int runFile(Path file, boolean startup) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    batchImports = startup;
    StringBuilder chunk = new StringBuilder();
    int chunkStart = 1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String trimmed = line.strip();
      if (trimmed.startsWith("/") && !trimmed.startsWith("//") && !trimmed.startsWith("/*")
          && !endsInsideSnippet(chunk.toString())) {
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
    int status = evalChunk(file, chunk.toString(), chunkStart);
    return status != CONTINUE ? status : flushImports(file);
  }

  /** Whether the code ends in the middle of a snippet: in a text block, a comment, a body... */
  private boolean endsInsideSnippet(String code) {
    String remaining = code;
    while (true) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == Completeness.EMPTY) {
        return false;
      }
      if (!info.completeness().isComplete()) {
        return true;
      }
      remaining = info.remaining();
    }
  }

  private int command(Path file, int line, String command) throws IOException {
    int flushed = flushImports(file);
    if (flushed != CONTINUE) {
      return flushed;
    }
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
    String remaining = code;
    int line = firstLine;
    while (true) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == Completeness.EMPTY) {
        return CONTINUE;
      }
      if (!info.completeness().isComplete()) {
        err.printf("%s:%d: error: incomplete snippet at the end of the script%n", file,
            line + leadingNewlines(remaining));
        return 1;
      }
      String consumed = remaining.substring(0, remaining.length() - info.remaining().length());
      int snippetLine = line + leadingNewlines(consumed);
      if (batchImports && isImport(info.source())) {
        pendingImports.add(info.source().strip());
        pendingImportLines.add(snippetLine);
      } else {
        int status = flushImports(file);
        if (status == CONTINUE) {
          status = eval(file, snippetLine, info.source());
        }
        if (status != CONTINUE) {
          return status;
        }
      }
      line += count(consumed, '\n');
      remaining = info.remaining();
    }
  }

  /** Evaluates the pending startup imports as one snippet, or one by one if that fails. */
  private int flushImports(Path file) {
    if (pendingImports.isEmpty()) {
      return CONTINUE;
    }
    String batch = BATCH_KEY + "\n" + String.join("\n", pendingImports);
    boolean valid = shell.eval(batch).stream()
        .allMatch(event -> event.status() == Snippet.Status.VALID && event.exception() == null);
    int status = CONTINUE;
    if (!valid) {
      for (int i = 0; i < pendingImports.size() && status == CONTINUE; i++) {
        status = eval(file, pendingImportLines.get(i), pendingImports.get(i));
      }
    }
    pendingImports.clear();
    pendingImportLines.clear();
    return status;
  }

  private int eval(Path file, int snippetLine, String source) {
    for (SnippetEvent event : shell.eval(source)) {
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
    return CONTINUE;
  }

  /** Whether a complete snippet is a single import, after its leading comments. */
  private static boolean isImport(String source) {
    String code = source.substring(codeStart(source)).strip();
    return code.startsWith("import ") && code.indexOf(';') == code.length() - 1;
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
    return count(text.substring(0, codeStart(text)), '\n');
  }

  /** Where the code of a snippet starts, after white space and comments. */
  private static int codeStart(String text) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(ch -> ch == c).count();
  }
}
