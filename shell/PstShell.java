import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * The interactive pst shell, {@code ./pst-shell} without a script: JShell's own tool (line
 * editing, completion, {@code /} commands) with the pst library on its class path, plus
 * <ul>
 *   <li>a banner naming {@code help()};
 *   <li>the feedback mode {@code pst}: JShell's {@code normal} mode without truncation, so that
 *       a bare expression such as {@code Budgets.consolidate(pst)} shows the whole table;
 *   <li>the Javadoc of pst on Tab Tab, from the sources jars given with {@code --sources} (JShell
 *       itself only looks for the sources of the JDK, in its {@code lib/src.zip});
 *   <li>its own history and settings, in the file named by the system property
 *       {@code pst.shell.prefs} (in memory when it is not set).
 * </ul>
 *
 * <p>Usage: {@code java --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED -cp <pst class path>
 * [-Dpst.shell.prefs=file] shell/PstShell.java [--startup file.jsh]... [--sources x-sources.jar]...
 * [other jshell options]}. The class path of this JVM is the class path of the snippets; the
 * {@code --add-opens} lets it show pst's Javadoc, and the shell works without it.
 *
 * <p>Modes retained with {@code /set mode … -retain} are not kept from one session to the next:
 * the {@code pst} mode is defined afresh at each start.
 */
public final class PstShell {

  /** Printed when the shell opens, before JShell's own welcome. */
  static final String BANNER = "pst — Programme Stratégique Transversal."
      + " Tapez help() pour l'aide / type help() for help.";

  /** The name of the feedback mode of the shell. */
  static final String MODE = "pst";

  /** The commands that define the feedback mode: JShell's normal mode, values never truncated. */
  static final List<String> MODE_COMMANDS = List.of(
      "/set mode " + MODE + " normal -command",
      "/set truncation " + MODE + " 100000",
      "/set mode " + MODE + " -retain");

  /** Where JShell keeps the feedback modes retained with {@code -retain}. */
  private static final String RETAINED_MODES_KEY = "MODE2";

  private PstShell() {}

  /**
   * Entry point.
   *
   * @param args {@code [--startup file]... [--sources jar]... [jshell options]}
   * @throws Exception if JShell fails to start
   */
  public static void main(String[] args) throws Exception {
    List<String> options = new ArrayList<>();
    List<Path> sources = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--sources") && i + 1 < args.length) {
        sources.add(Path.of(args[++i]));
      } else {
        options.add(args[i]);
      }
    }
    System.out.println(BANNER);
    System.out.flush();
    showJavadocOf(sources);
    String prefsFile = System.getProperty("pst.shell.prefs");
    Map<String, String> prefs = prefsFile == null ? new HashMap<>() : load(Path.of(prefsFile));
    int status = run(prefs, toolArguments(options, prefs));
    if (prefsFile != null) {
      prefs.remove(RETAINED_MODES_KEY);  // defined afresh at each start
      store(prefs, Path.of(prefsFile));
    }
    System.exit(status);
  }

  /**
   * The arguments of JShell's tool: the class path of this JVM, the feedback mode, the logging
   * configuration of this JVM for the JVM that runs the snippets, then {@code options}.
   *
   * @param options the options given to the shell, {@code --startup} files among them
   * @param prefs the tool's persistence, where the feedback mode is stored
   * @return the tool's arguments
   */
  static List<String> toolArguments(List<String> options, Map<String, String> prefs) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--class-path");
    arguments.add(existing(System.getProperty("java.class.path")));
    String mode = feedbackMode();
    if (mode != null) {
      prefs.put(RETAINED_MODES_KEY, mode);
      arguments.add("--feedback");
      arguments.add(MODE);
    }
    String logging = System.getProperty("java.util.logging.config.file");
    if (logging != null) {
      arguments.add("-R-Djava.util.logging.config.file=" + logging);
    }
    arguments.addAll(options);
    return arguments;
  }

  /** The entries of a class path that exist: JShell's tool refuses to start with another. */
  private static String existing(String classPath) {
    List<String> entries = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isEmpty() && Files.exists(Path.of(entry))) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /**
   * Runs JShell's tool on this terminal.
   *
   * @param prefs the tool's persistence: history, settings, the feedback mode
   * @param arguments the tool's arguments
   * @return the tool's exit status
   * @throws Exception if the tool fails to start
   */
  static int run(Map<String, String> prefs, List<String> arguments) throws Exception {
    return JavaShellToolBuilder.builder().persistence(prefs)
        .start(arguments.toArray(String[]::new));
  }

  /**
   * The {@code pst} feedback mode, encoded as JShell retains it. JShell defines its own modes
   * after the startup files, so a startup file cannot copy {@code normal}; it restores retained
   * modes after its own, so a mode can be handed over in its persistence. The encoding is
   * JShell's own: a short-lived tool, without snippets, defines the mode and retains it.
   *
   * @return the encoded mode, or {@code null} if the tool did not retain it
   */
  static String feedbackMode() {
    Map<String, String> scratch = new HashMap<>();
    String commands = String.join("\n", MODE_COMMANDS) + "\n/exit\n";
    InputStream in = new ByteArrayInputStream(commands.getBytes(StandardCharsets.UTF_8));
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true,
        StandardCharsets.UTF_8);
    try {
      JavaShellToolBuilder.builder().persistence(scratch).in(in, null).out(discard).err(discard)
          .start("--no-startup", "--execution", "local");
    } catch (Exception e) {
      return null;
    }
    return scratch.get(RETAINED_MODES_KEY);
  }

  /**
   * Lets JShell find the Javadoc of the given sources jars, and of the JDK as JShell does. JShell
   * looks for documentation in its {@code SourceCodeAnalysisImpl.availableSourcesOverride}, when
   * set, instead of the JDK's {@code src.zip}; it is set here by reflection. Without
   * {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED}, or on a JDK without the field, Tab
   * shows signatures without documentation, as before.
   *
   * @param sourcesJars the sources jars of the library
   * @return whether JShell will look in them
   */
  static boolean showJavadocOf(List<Path> sourcesJars) {
    List<Path> sources = new ArrayList<>(jdkSources());
    for (Path jar : sourcesJars) {
      if (Files.isReadable(jar)) {
        sources.add(jar);
      }
    }
    try {
      Class<?> analysis = Class.forName("jdk.jshell.SourceCodeAnalysisImpl");
      Field override = analysis.getDeclaredField("availableSourcesOverride");
      override.setAccessible(true);
      override.set(null, List.copyOf(sources));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** The JDK's sources, where JShell looks for them: the modules in {@code src.zip}. */
  private static List<Path> jdkSources() {
    Path home = Path.of(System.getProperty("java.home"));
    Path zip = home.resolve("lib").resolve("src.zip");
    if (!Files.isReadable(zip)) {
      zip = home.getParent().resolve("src.zip");
    }
    List<Path> sources = new ArrayList<>();
    if (!Files.isReadable(zip)) {
      return sources;
    }
    try {
      // Left open: JShell reads from it for the whole session.
      FileSystem fs = FileSystems.newFileSystem(zip);
      Path root = fs.getRootDirectories().iterator().next();
      if (Files.exists(root.resolve("java/lang/Object.java"))) {
        sources.add(zip);
      } else {
        try (DirectoryStream<Path> modules = Files.newDirectoryStream(root, Files::isDirectory)) {
          modules.forEach(sources::add);
        }
      }
    } catch (IOException | RuntimeException e) {
      // no JDK documentation, as in JShell when src.zip cannot be read
    }
    return sources;
  }

  private static Map<String, String> load(Path file) throws IOException {
    Map<String, String> prefs = new HashMap<>();
    if (Files.isReadable(file)) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      properties.stringPropertyNames().forEach(k -> prefs.put(k, properties.getProperty(k)));
    }
    return prefs;
  }

  private static void store(Map<String, String> prefs, Path file) throws IOException {
    Properties properties = new Properties();
    properties.putAll(prefs);
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, "prefs", ".tmp");
    try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      properties.store(writer, "pst-shell: JShell history and settings");
    }
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }
}
