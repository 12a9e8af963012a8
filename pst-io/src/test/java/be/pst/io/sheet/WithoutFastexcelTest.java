package be.pst.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fastexcel is an optional dependency: without it, writing {@code .xlsx} fails clearly, and
 * reading {@code .xlsx} and everything CSV still work. The library is loaded in a class loader
 * whose class path is this test's minus fastexcel and opczip.
 */
class WithoutFastexcelTest {

  private static URLClassLoader withoutFastexcel() throws Exception {
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.contains("fastexcel") && !entry.contains("opczip") && !entry.isEmpty()) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  @Test
  void writingXlsxFailsNamingTheDependencyWhileReadingAndCsvWork(@TempDir Path dir)
      throws Exception {
    Path workbook = TestWorkbooks.withSheet(TestWorkbooks.row(1,
            TestWorkbooks.text("A1", "Exercice"), TestWorkbooks.text("B1", "Groupe"),
            TestWorkbooks.text("C1", "Montant"))
        + TestWorkbooks.row(2, TestWorkbooks.number("A2", "2020"),
            TestWorkbooks.text("B2", "70"), TestWorkbooks.number("C2", "12.5")))
        .write(dir.resolve("budget.xlsx"));
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = withoutFastexcel()) {
      // JSR 354 finds Moneta through the context class loader.
      Thread.currentThread().setContextClassLoader(loader);
      assertThatThrownBy(() -> loader.loadClass("org.dhatim.fastexcel.Workbook"))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> sheets = loader.loadClass(BudgetSheet.class.getName());
      Class<?> mappings = loader.loadClass(ColumnMapping.class.getName());

      Method writeXlsx = sheets.getMethod("writeXlsx", List.class, Path.class);
      assertThatThrownBy(() -> invoke(writeXlsx, List.of(), dir.resolve("out.xlsx")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("writing .xlsx needs org.dhatim:fastexcel:0.20.2 on the class"
              + " path; it is an optional dependency of pst-io");
      assertThat(Files.exists(dir.resolve("out.xlsx"))).isFalse();

      Object officer = mappings.getMethod("empty").invoke(null);
      officer = mappings.getMethod("exercice", String.class).invoke(officer, "Exercice");
      officer = mappings.getMethod("group", String.class).invoke(officer, "Groupe");
      officer = mappings.getMethod("amount", String.class).invoke(officer, "Montant");
      Object read = sheets.getMethod("readXlsx", Path.class, mappings)
          .invoke(null, workbook, officer);
      assertThat((List<?>) read).hasSize(1);
      assertThat(String.valueOf(((List<?>) read).get(0))).isEqualTo("plan 2020 70 Personnel 12,50 €");

      Object csv = sheets.getMethod("toCsv", List.class).invoke(null, read);
      assertThat((String) csv).contains("\r\n;2020;ordinaire;dépenses;70;;12,50;Projection;;;non\r\n");
    } finally {
      Thread.currentThread().setContextClassLoader(context);
    }
  }

  private static Object invoke(Method method, Object... args) throws Throwable {
    try {
      return method.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
