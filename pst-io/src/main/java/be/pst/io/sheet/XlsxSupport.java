package be.pst.io.sheet;

/**
 * Whether {@code .xlsx} can be written: fastexcel is an optional dependency of pst-io. This class
 * refers to no fastexcel type, so that it loads whether or not fastexcel is there.
 */
final class XlsxSupport {

  /** The fastexcel this code is built and tested against. */
  static final String FASTEXCEL = "org.dhatim:fastexcel:0.20.2";

  private XlsxSupport() {}

  /** Fails clearly when fastexcel is absent. */
  static void require() {
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
