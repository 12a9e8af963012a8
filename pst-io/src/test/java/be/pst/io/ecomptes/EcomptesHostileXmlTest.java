package be.pst.io.ecomptes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.io.PstFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile documents fail fast through the public API, for reading and for validating. */
class EcomptesHostileXmlTest {

  private static final String LAUGHS;

  static {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE dataroot [\n"
        + " <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append(" <!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10))
          .append("\">\n");
    }
    LAUGHS = xml.append("]>\n<dataroot><Identifiants><Id>&lol9;</Id></Identifiants></dataroot>")
        .toString();
  }

  private static ByteArrayInputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @Timeout(10)
  void billionLaughsIsRefusedByReadAndValidate() {
    assertThatThrownBy(() -> EcomptesXml.read(stream(LAUGHS)))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("DOCTYPE declaration is not allowed");
    assertThatThrownBy(() -> EcomptesXml.validate(LAUGHS))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("DOCTYPE declaration is not allowed");
  }

  @Test
  void externalEntityOnDiskIsNeverRead(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-42");
    Path doc = dir.resolve("xxe.xml");
    Files.writeString(doc, "<?xml version=\"1.0\"?>\n<!DOCTYPE dataroot [<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">]>\n<dataroot><Identifiants><Id>&xxe;</Id><INS>25121</INS>"
        + "</Identifiants></dataroot>");
    assertThatThrownBy(() -> EcomptesXml.read(doc))
        .isInstanceOf(PstFormatException.class)
        .hasMessageNotContaining("TOP-SECRET-42")
        .satisfies(e -> assertThat(((PstFormatException) e).source()).isEqualTo(doc.toString()));
    assertThatThrownBy(() -> EcomptesXml.validate(doc))
        .isInstanceOf(PstFormatException.class)
        .hasMessageNotContaining("TOP-SECRET-42");
  }

  @Test
  void etcPasswdIsNeverRead() {
    String xml = "<!DOCTYPE dataroot [<!ENTITY p SYSTEM \"file:///etc/passwd\">]>"
        + "<dataroot><Identifiants><Id>&p;</Id></Identifiants></dataroot>";
    assertThatThrownBy(() -> EcomptesXml.parse(xml, EcomptesOptions.defaults()))
        .isInstanceOf(PstFormatException.class)
        .hasMessageNotContaining("root:x:0:0");
  }

  @Test
  @Timeout(10)
  void networkIsNeverContacted() throws IOException, PstFormatException {
    try (ServerSocket server = new ServerSocket(0)) {
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/pst.dtd";
      String external = "<!DOCTYPE dataroot SYSTEM \"" + url + "\"><dataroot/>";
      String parameter = "<!DOCTYPE dataroot [<!ENTITY % remote SYSTEM \"" + url + "\">%remote;]>"
          + "<dataroot/>";
      String schemaLocation = "<dataroot xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
          + " xsi:noNamespaceSchemaLocation=\"" + url + "\"/>";
      for (String xml : new String[] {external, parameter}) {
        assertThatThrownBy(() -> EcomptesXml.read(stream(xml)))
            .isInstanceOf(PstFormatException.class);
        assertThatThrownBy(() -> EcomptesXml.validate(xml))
            .isInstanceOf(PstFormatException.class);
      }
      // A schema location hint is not followed: the shipped schema is the only one used.
      assertThat(EcomptesXml.validate(schemaLocation)).isNotEmpty();
      server.setSoTimeout(300);
      assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  @Timeout(10)
  void deepNestingBombIsRefusedAtTheConfiguredDepth() {
    String bomb = "<dataroot>" + "<PST>".repeat(100_000) + "</PST>".repeat(100_000)
        + "</dataroot>";
    assertThatThrownBy(() -> EcomptesXml.read(stream(bomb)))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("nested deeper than 64 levels");
    assertThatThrownBy(() -> EcomptesXml.read(stream(bomb),
            EcomptesOptions.builder().maxDepth(20).build()))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("nested deeper than 20 levels")
        .satisfies(e -> assertThat(((PstFormatException) e).pointer())
            .isEqualTo("/dataroot" + "/PST".repeat(19)));
    assertThatThrownBy(() -> EcomptesXml.validate(bomb))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("nested deeper than");
  }

  @Test
  void oversizedDocumentIsRefusedBeforeParsing() {
    String big = "<dataroot>" + " ".repeat(2_000) + "</dataroot>";
    assertThatThrownBy(() -> EcomptesXml.read(stream(big),
            EcomptesOptions.builder().maxBytes(1_000).build()))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("document larger than 1000 bytes");
  }
}
