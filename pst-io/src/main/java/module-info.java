/**
 * Exchange of PSTs: the {@code be.pst/1} JSON document format ({@code PstJson}, and
 * {@code PstModule} for a Jackson {@code ObjectMapper} of your own), the regional eComptes XML
 * format ({@code EcomptesXml}), and spreadsheets: budget lines from and to CSV and {@code .xlsx},
 * tables, roll-ups and validation reports to CSV and {@code .xlsx} ({@code be.pst.io.sheet}).
 *
 * <p>Requires {@code be.pst.budget} (hence {@code be.pst.core}) and Jackson transitively: the
 * budgeted plan, {@code com.fasterxml.jackson.databind.Module} and Jackson's read constraints are
 * part of this module's API. {@code PstModule} is provided to Jackson's {@code ServiceLoader}
 * ({@code ObjectMapper.findAndRegisterModules()}), on the module path by this descriptor and on
 * the class path by {@code META-INF/services}.
 *
 * <p>{@code org.dhatim.fastexcel}, which writes {@code .xlsx}, is an optional dependency
 * ({@code requires static}): an application that writes workbooks puts it on its module path
 * and requires it (or adds it with {@code --add-modules}); without it, the {@code .xlsx} writers
 * throw an {@code IllegalStateException} saying so, and everything else works.
 */
// "requires-automatic": Immutables' annotations jar is an automatic module, read at compile time only.
@SuppressWarnings("requires-automatic")
module be.pst.io {
  requires transitive be.pst.budget;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires java.xml;
  requires static org.immutables.value.annotations;
  requires static org.dhatim.fastexcel;

  exports be.pst.io;
  exports be.pst.io.ecomptes;
  exports be.pst.io.json;
  exports be.pst.io.sheet;

  provides com.fasterxml.jackson.databind.Module with
      be.pst.io.json.PstModule;
}
