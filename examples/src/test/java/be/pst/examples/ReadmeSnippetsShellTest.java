package be.pst.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.examples.ShellProcess.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java and JShell block of README.md runs as written: pasted line by line into the
 * interactive shell ({@code shell/PstShell.java}, as {@code ./pst-shell} opens it), in order,
 * in one session, in a directory holding a copy of the example plans and their data files. A
 * block passes when the shell reports no compile error, no exception and no declaration it
 * cannot use.
 *
 * <p>The blocks of the section "Property tests with pst-testkit" are members of jqwik test
 * classes, not shell code: pst-testkit's {@code ReadmeSnippetsTest} checks that each is quoted
 * from a test class the build runs.
 */
class ReadmeSnippetsShellTest {

  private static final String TESTKIT_SECTION = "## Property tests with pst-testkit";
  private static final String MARKER = "@@ README block ";
  private static final Pattern TROUBLE = Pattern.compile(
      "\\|  (Error:|Exception |Caused by)|however, it cannot be (invoked|referenced)");

  @TempDir static Path directory;

  private static List<Block> blocks;
  private static Run session;

  /** A fenced block of README.md: its first line number and its lines. */
  record Block(int line, List<String> lines) {
    @Override
    public String toString() {
      return "README.md:" + line + "\n" + String.join("\n", lines);
    }
  }

  @BeforeAll
  static void pasteEveryBlockIntoTheShell() throws IOException, InterruptedException {
    blocks = shellBlocks(Files.readAllLines(ShellProcess.ROOT.resolve("README.md"),
        StandardCharsets.UTF_8));
    copyExamplePlans();
    List<String> input = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      input.add("System.out.println(\"" + MARKER + i + "\");");
      input.addAll(blocks.get(i).lines());
    }
    input.add("System.out.println(\"" + MARKER + blocks.size() + "\");");
    input.add("/exit");
    session = ShellProcess.interactive(input, List.of(), directory);
  }

  private static List<Block> shellBlocks(List<String> readme) {
    List<Block> found = new ArrayList<>();
    boolean inTestkit = false;
    List<String> current = null;
    int start = 0;
    for (int n = 0; n < readme.size(); n++) {
      String line = readme.get(n);
      if (current == null && line.startsWith("## ")) {
        inTestkit = line.startsWith(TESTKIT_SECTION);
      }
      if (current == null && (line.equals("```java") || line.equals("```jshell"))) {
        current = new ArrayList<>();
        start = n + 2;
      } else if (current != null && line.equals("```")) {
        if (!inTestkit) {
          found.add(new Block(start, current));
        }
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return found;
  }

  private static void copyExamplePlans() throws IOException {
    Path examples = ShellProcess.ROOT.resolve("examples");
    try (Stream<Path> folders = Files.list(examples)) {
      for (Path folder : folders.filter(f -> Files.exists(f.resolve("pst.json"))).toList()) {
        Path copy = directory.resolve("examples").resolve(folder.getFileName());
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(folder)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            Files.copy(file, copy.resolve(file.getFileName()));
          }
        }
      }
    }
  }

  /** What the shell printed for block {@code i}: from its marker to the next one. */
  private static String outputOf(int i) {
    String out = session.out();
    int from = out.indexOf(MARKER + i + "\n");
    int to = out.indexOf(MARKER + (i + 1) + "\n");
    assertThat(from).as("marker of block %d in\n%s", i, session).isNotNegative();
    assertThat(to).as("marker after block %d in\n%s", i, session).isGreaterThan(from);
    return out.substring(from, to);
  }

  @Test
  void theReadmeHasShellBlocksOutsideTheTestkitSection() {
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void everyBlockRunsWithoutAnErrorAnExceptionOrAnUnusableDeclaration() {
    assertThat(session.exitCode()).as("%s", session).isZero();
    assertThat(session.err()).as("%s", session).isEmpty();
    for (int i = 0; i < blocks.size(); i++) {
      String output = outputOf(i);
      assertThat(TROUBLE.matcher(output).find())
          .as("%s%n--- the shell answered:%n%s", blocks.get(i), output).isFalse();
    }
  }

  @Test
  void noBlockHoldsAPlaceholderOutsideItsComments() {
    for (Block block : blocks) {
      for (String line : block.lines()) {
        int comment = line.indexOf("//");
        String code = comment < 0 ? line : line.substring(0, comment);
        assertThat(code).as("%s", block).doesNotContain("...").doesNotContain("…");
      }
    }
  }

  @Test
  void noChainIsSplitBeforeItsDotWhichAPastedLineWouldEndEarly() {
    for (Block block : blocks) {
      assertThat(block.lines()).as("%s", block)
          .noneMatch(line -> line.stripLeading().startsWith("."));
    }
  }

  @Test
  void theBudgetBlockPrintsTheOttigniesAnnexToTheCent() {
    assertThat(session.out()).contains("Coût total 2019-2024 (dépenses − recettes)  984.700,00");
  }
}
