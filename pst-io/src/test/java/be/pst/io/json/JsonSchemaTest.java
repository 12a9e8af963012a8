package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema shipped in the jar is the one the codec's member tables give: it cannot drift
 * from what the reader reads. To update it after a change of the tables, run this test with
 * {@code -Dpst.schema.write=true}.
 */
class JsonSchemaTest {

  private static final Path SOURCE = Path.of("src/main/resources", JsonSchemas.RESOURCE);

  static String generated() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = new ObjectMapper().getFactory().createGenerator(out)) {
      generator.setPrettyPrinter(JsonCodec.newPrettyPrinter());
      new ObjectMapper().writeValue(generator, JsonSchemas.document());
    }
    return out + "\n";
  }

  @Test
  void shippedSchemaIsTheOneTheMemberTablesGive() throws IOException {
    String generated = generated();
    if (Boolean.getBoolean("pst.schema.write")) {
      Files.writeString(SOURCE, generated);
    }
    String shipped;
    try (InputStream in = getClass().getResourceAsStream("/" + JsonSchemas.RESOURCE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(shipped)
        .as("the schema in %s is stale: rerun with -Dpst.schema.write=true", SOURCE)
        .isEqualTo(generated);
  }

  @Test
  void everyMemberOfAnActionIsInTheSchemaAndRequiredOnesAreMarked() throws IOException {
    var schema = new ObjectMapper().readTree(generated());
    var action = schema.path("$defs").path("action");
    for (var member : ElementCodecs.ACTION.members()) {
      assertThat(action.path("properties").has(member.name)).as(member.name).isTrue();
    }
    assertThat(action.path("required").toString()).isEqualTo("[\"code\",\"title\"]");
    assertThat(action.path("additionalProperties").asBoolean(true)).isFalse();
  }
}
