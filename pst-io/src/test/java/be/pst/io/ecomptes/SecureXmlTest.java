package be.pst.io.ecomptes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.core.element.Volet;
import be.pst.io.PstFormatException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SecureXmlTest {

  private static XmlNode parse(String xml) throws PstFormatException {
    return SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8),
        "hostile.xml", SecureXml.DEFAULT_MAX_DEPTH, SecureXml.DEFAULT_MAX_ELEMENTS);
  }

  @Test
  void buildsATreeWithPathsLinesAndColumns() throws PstFormatException {
    XmlNode root = parse("<dataroot>\n<PST><Volets><Volet ElementId=\"E\"/>"
        + "<Volet ElementId=\"I\"><Libelle>A &amp; B &#233;t&#xE9;</Libelle></Volet>"
        + "</Volets></PST></dataroot>");
    XmlNode second = root.child("PST").orElseThrow().child("Volets").orElseThrow()
        .children("Volet").get(1);
    assertThat(second.path()).isEqualTo("/dataroot/PST/Volets/Volet[2]");
    assertThat(second.attribute("ElementId")).contains("I");
    assertThat(second.line()).isEqualTo(2);
    assertThat(second.child("Libelle").orElseThrow().text()).isEqualTo("A & B été");
  }

  @Test
  @Timeout(10)
  void billionLaughsFailsFastWithoutExpanding() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
        + " <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append(" <!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        xml.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      xml.append("\">\n");
    }
    xml.append("]>\n<dataroot>&lol9;</dataroot>");
    assertThatThrownBy(() -> parse(xml.toString()))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("DOCTYPE")
        .satisfies(e -> assertThat(((PstFormatException) e).line()).isPositive());
  }

  @Test
  void externalFileEntityIsRefusedAndItsContentNeverRead(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-42");
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE dataroot [<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">]><dataroot><Id>&xxe;</Id></dataroot>";
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("TOP-SECRET-42");
  }

  @Test
  void etcPasswdEntityIsRefused() {
    String xml = "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><dataroot>&x;</dataroot>";
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(PstFormatException.class)
        .hasMessageNotContaining("root:");
  }

  @Test
  @Timeout(10)
  void externalDtdOverHttpIsNeverFetched() throws IOException {
    try (ServerSocket server = new ServerSocket(0)) {
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
      String xml = "<?xml version=\"1.0\"?><!DOCTYPE dataroot SYSTEM \"" + url + "\">"
          + "<dataroot/>";
      String withParameterEntity = "<!DOCTYPE d [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>"
          + "<dataroot/>";
      assertThatThrownBy(() -> parse(xml)).isInstanceOf(PstFormatException.class);
      assertThatThrownBy(() -> parse(withParameterEntity)).isInstanceOf(PstFormatException.class);
      server.setSoTimeout(300);
      assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void undeclaredEntityReferenceIsRefused() {
    assertThatThrownBy(() -> parse("<dataroot><Id>&nbsp;</Id></dataroot>"))
        .isInstanceOf(PstFormatException.class)
        .satisfies(e -> assertThat(((PstFormatException) e).line()).isEqualTo(1));
  }

  @Test
  @Timeout(10)
  void deepNestingBombFailsAtTheDepthLimitWithItsPath() {
    int depth = 200_000;
    String xml = "<a>".repeat(depth) + "</a>".repeat(depth);
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("deeper than " + SecureXml.DEFAULT_MAX_DEPTH)
        .satisfies(e -> assertThat(((PstFormatException) e).pointer())
            .startsWith("/a/a/a"));
  }

  @Test
  void elementFloodFailsAtTheElementLimit() {
    String xml = "<dataroot>" + "<x/>".repeat(101) + "</dataroot>";
    assertThatThrownBy(() -> SecureXml.parse(
            xml.getBytes(StandardCharsets.UTF_8), "flood.xml", 10, 100))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("more than 100 elements");
  }

  @Test
  void malformedXmlGivesLineAndColumn() {
    assertThatThrownBy(() -> parse("<dataroot>\n  <PST>\n  </Volets>\n</dataroot>"))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("not well-formed")
        .satisfies(e -> {
          PstFormatException f = (PstFormatException) e;
          assertThat(f.line()).isEqualTo(3);
          assertThat(f.column()).isPositive();
          assertThat(f.source()).isEqualTo("hostile.xml");
        });
  }

  @Test
  void manyPredefinedEntitiesAreFine() throws PstFormatException {
    XmlNode root = parse("<dataroot>" + "&amp;&lt;&gt;&quot;&apos;".repeat(10_000) + "</dataroot>");
    assertThat(root.text()).hasSize(50_000).startsWith("&<>\"'");
  }

  @Test
  void emptyDocumentIsAnError() {
    assertThatThrownBy(() -> parse("")).isInstanceOf(PstFormatException.class);
  }
}
