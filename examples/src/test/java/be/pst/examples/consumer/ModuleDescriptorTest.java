package be.pst.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The module descriptors of the published jars, checked against what the jars hold. */
class ModuleDescriptorTest {

  private static final ConsumerPath PATH = ConsumerPath.ofBuild();
  private static final String SERVICES = "META-INF/services/";

  @Test
  void eachPublishedJarIsTheExplicitModuleOfItsArtifact() throws IOException {
    for (ModuleReference module : PATH.published().values()) {
      Path jar = ConsumerPath.jarOf(module);
      String artifact = jar.getFileName().toString().replaceFirst("-\\d.*\\.jar$", "");

      assertThat(module.descriptor().isAutomatic()).as("%s has module-info.class", jar).isFalse();
      assertThat(module.descriptor().name())
          .isEqualTo("be.pst." + artifact.substring("pst-".length()));
      try (JarFile file = new JarFile(jar.toFile())) {
        assertThat(file.getManifest().getMainAttributes().get(new Attributes.Name("Automatic-Module-Name")))
            .as("Automatic-Module-Name of %s", jar)
            .isNull();
      }
    }
  }

  @Test
  void everyServiceFileIsProvidedByTheModuleDescriptorAndBack() throws IOException {
    for (ModuleReference module : PATH.published().values()) {
      Map<String, Set<String>> files = new TreeMap<>();
      try (JarFile jar = new JarFile(ConsumerPath.jarOf(module).toFile())) {
        Enumeration<? extends ZipEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          if (entry.getName().startsWith(SERVICES) && !entry.isDirectory()) {
            files.put(entry.getName().substring(SERVICES.length()), providers(jar, entry));
          }
        }
      }
      Map<String, Set<String>> provides = new TreeMap<>();
      for (ModuleDescriptor.Provides p : module.descriptor().provides()) {
        provides.put(p.service(), new TreeSet<>(p.providers()));
      }

      assertThat(provides)
          .as("provides of %s against its META-INF/services", module.descriptor().name())
          .isEqualTo(files);
    }
  }

  @Test
  void javadocDocumentsExactlyTheExportedPackages() throws IOException {
    assumeTrue(Files.exists(Path.of(System.getProperty("pst.javadoc.jars.file"))),
        "no Javadoc jars: built with -Dmaven.javadoc.skip");
    Map<String, Set<String>> documented = new HashMap<>();
    for (Path jar : ConsumerPath.pathFile("pst.javadoc.jars.file")) {
      try (JarFile file = new JarFile(jar.toFile())) {
        Enumeration<? extends ZipEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
          String name = entries.nextElement().getName();
          int slash = name.indexOf('/');
          if (slash > 0 && name.endsWith("/package-summary.html")) {
            String module = name.substring(0, slash);
            String pkg = name.substring(slash + 1, name.length() - "/package-summary.html".length())
                .replace('/', '.');
            documented.computeIfAbsent(module, k -> new TreeSet<>()).add(pkg);
          }
        }
      }
    }

    assertThat(documented.keySet()).isEqualTo(PATH.published().keySet());
    for (ModuleReference module : PATH.published().values()) {
      Set<String> exported = new TreeSet<>();
      for (ModuleDescriptor.Exports e : module.descriptor().exports()) {
        if (!e.isQualified()) {
          exported.add(e.source());
        }
      }
      assertThat(documented.get(module.descriptor().name()))
          .as("packages documented in the Javadoc of %s", module.descriptor().name())
          .isEqualTo(exported);
    }
  }

  /**
   * What javac's {@code exports} lint checks, which the build turns off because it flags
   * Immutables' {@code @Documented} annotations: a type of another module in the public API of an
   * exported package comes from a module its consumers read, through {@code requires transitive}.
   */
  @Test
  void apiTypesOfOtherModulesComeFromModulesRequiredTransitively() {
    Map<String, ModuleDescriptor> descriptors = new HashMap<>();
    ModuleFinder.ofSystem().findAll().forEach(m -> descriptors.put(m.descriptor().name(), m.descriptor()));
    PATH.modules().forEach((name, m) -> descriptors.put(name, m.descriptor()));
    Map<String, String> moduleOfPackage = new HashMap<>();
    Map<String, Set<String>> exportedBy = new HashMap<>();
    for (ModuleReference module : PATH.published().values()) {
      ModuleDescriptor d = module.descriptor();
      d.packages().forEach(p -> moduleOfPackage.put(p, d.name()));
      Set<String> exported = new HashSet<>();
      d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> exported.add(e.source()));
      exportedBy.put(d.name(), exported);
    }

    List<String> leaks = new ArrayList<>();
    for (Jdeps.Dependence d : Jdeps.packages(PATH, true)) {
      String module = moduleOfPackage.get(d.from());
      if (module == null || !exportedBy.get(module).contains(d.from())
          || d.module().equals("not") || d.module().equals(module) || d.module().equals("java.base")) {
        continue;
      }
      if (!readTransitively(module, descriptors).contains(d.module())) {
        leaks.add(d.from() + " -> " + d.to() + " (" + d.module() + ")");
      }
    }

    assertThat(leaks).as("API types from modules not required transitively").isEmpty();
  }

  /** The modules a module's consumers read through it: its {@code requires transitive}, closed. */
  private static Set<String> readTransitively(String module, Map<String, ModuleDescriptor> all) {
    Set<String> read = new TreeSet<>();
    List<String> todo = new ArrayList<>(List.of(module));
    while (!todo.isEmpty()) {
      ModuleDescriptor d = all.get(todo.remove(todo.size() - 1));
      if (d == null) {
        continue;
      }
      for (ModuleDescriptor.Requires r : d.requires()) {
        if (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE) && read.add(r.name())) {
          todo.add(r.name());
        }
      }
    }
    return read;
  }

  private static Set<String> providers(JarFile jar, ZipEntry entry) throws IOException {
    Set<String> providers = new TreeSet<>();
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String provider = line.replaceFirst("#.*", "").strip();
        if (!provider.isEmpty()) {
          providers.add(provider);
        }
      }
    }
    return providers;
  }
}
