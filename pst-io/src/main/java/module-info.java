/**
 * Exchange of PSTs: the {@code be.pst/1} JSON document format ({@code PstJson}, and
 * {@code PstModule} for a Jackson {@code ObjectMapper} of your own) and the regional eComptes XML
 * format ({@code EcomptesXml}).
 *
 * <p>Requires {@code be.pst.budget} (hence {@code be.pst.core}) and Jackson transitively: the
 * budgeted plan, {@code com.fasterxml.jackson.databind.Module} and Jackson's read constraints are
 * part of this module's API. {@code PstModule} is provided to Jackson's {@code ServiceLoader}
 * ({@code ObjectMapper.findAndRegisterModules()}), on the module path by this descriptor and on
 * the class path by {@code META-INF/services}.
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
