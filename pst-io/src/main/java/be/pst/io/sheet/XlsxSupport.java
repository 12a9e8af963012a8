package be.pst.io.sheet;

/**
 * Whether {@code .xlsx} can be written: fastexcel is an optional dependency of pst-io (on the
 * module path, {@code requires static org.dhatim.fastexcel}). This class refers to no fastexcel
 * type, so that it loads whether or not fastexcel is there.
 */
final class XlsxSupport {

  /** The fastexcel this code is built and tested against. */
  static final String FASTEXCEL = "org.dhatim:fastexcel:0.20.2";

  /** The name of fastexcel's module. */
  static final String MODULE = "org.dhatim.fastexcel";

  private XlsxSupport() {}

  /**
   * Fails clearly when fastexcel is absent: not on the class path, or, when pst-io runs as a
   * module, not resolved in its layer (a {@code requires static} does not resolve a module: the
   * application's own module must require it, or the JVM be given {@code --add-modules}).
   */
  static void require() {
    Module module = XlsxSupport.class.getModule();
    if (module.isNamed()) {
      ModuleLayer layer = module.getLayer();
      boolean resolved = layer != null && layer.findModule(MODULE)
          .map(module::canRead).orElse(false);
      if (!resolved) {
        throw new IllegalStateException("writing .xlsx needs " + FASTEXCEL + " (module " + MODULE
            + "), which is not resolved in pst-io's module layer: it is an optional dependency"
            + " of pst-io (requires static); put fastexcel and opczip on the module path and add"
            + " 'requires " + MODULE + ";' to your module (or --add-modules " + MODULE + "), or"
            + " write CSV, which needs nothing");
      }
      return;
    }
    try {
      Class.forName("org.dhatim.fastexcel.Workbook", false, XlsxSupport.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("writing .xlsx needs " + FASTEXCEL + " on the class path;"
          + " it is an optional dependency of pst-io: add <dependency><groupId>org.dhatim"
          + "</groupId><artifactId>fastexcel</artifactId><version>0.20.2</version></dependency>"
          + " (or write CSV, which needs nothing)", e);
    }
  }
}
