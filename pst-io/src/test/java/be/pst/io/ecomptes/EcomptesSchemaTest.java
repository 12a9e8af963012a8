package be.pst.io.ecomptes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.io.PstFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcomptesSchemaTest {

  static byte[] resource(String name) throws IOException {
    try (InputStream in = EcomptesSchemaTest.class.getResourceAsStream("/ecomptes/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void handWrittenToolExportIsValid() throws Exception {
    assertThat(EcomptesSchema.validate(resource("valid-olln-tool-export.xml"), "valid"))
        .isEmpty();
  }

  @Test
  void realToolExportMissingRequiredElementsIsReportedWithLines() throws Exception {
    List<EcomptesIssue> issues =
        EcomptesSchema.validate(resource("real-tool-missing-elements.xml"), "real");
    assertThat(issues).isNotEmpty();
    assertThat(issues).allSatisfy(i -> assertThat(i.line()).isPositive());
    assertThat(issues).anySatisfy(i -> assertThat(i.message()).contains("TypeAdmin"));
  }

  @Test
  void validationRefusesADoctypeBeforeTheValidatorSeesIt() {
    byte[] xml = ("<!DOCTYPE dataroot [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<dataroot>&x;</dataroot>").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EcomptesSchema.validate(xml, "x.xml"))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void schemaIsLoadedFromTheJar() {
    assertThat(EcomptesSchema.class.getResource(EcomptesSchema.RESOURCE)).isNotNull();
    assertThat(EcomptesSchema.schema()).isSameAs(EcomptesSchema.schema());
  }
}
