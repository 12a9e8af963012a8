package be.pst.io.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the JSON Schema of the {@code be.pst/1} format from the codec's member tables, so that
 * the schema shipped in {@code be/pst/io/pst-1.schema.json} cannot drift from what the reader
 * reads: a test regenerates it and compares. Not thread-safe: one per schema built.
 */
final class JsonSchemas {

  /** Where the shipped schema lives, in the jar and under {@code pst-io/src/main/resources}. */
  static final String RESOURCE = "be/pst/io/pst-1.schema.json";

  private final Map<String, Object> defs = new LinkedHashMap<>();

  /** An object of the schema, its members in the given order ({@code name, value, …}). */
  static Map<String, Object> obj(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  /** A reference to a named definition, built once. */
  Map<String, Object> ref(String name, Supplier<Map<String, Object>> body) {
    if (!defs.containsKey(name)) {
      defs.put(name, obj()); // reserved first: recursive shapes (sub-actions) refer to it
      defs.put(name, body.get());
    }
    return obj("$ref", "#/$defs/" + name);
  }

  /** A reference to one of the shared scalar definitions. */
  Map<String, Object> scalar(String name, Map<String, Object> body) {
    return ref(name, () -> body);
  }

  /** The schema of a whole document. */
  static Map<String, Object> document() {
    JsonSchemas schemas = new JsonSchemas();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://pst.be/schema/pst-1.schema.json");
    root.put("title", "be.pst/1 — Programme Stratégique Transversal with its budget");
    root.put("description", "A PST of a Walloon commune or CPAS and its multi-year budget "
        + "lines, as pst-io reads and writes it (docs/format.md). Generated from the codec's "
        + "member tables. What a schema cannot say — unique codes, references that resolve — is "
        + "checked by validation (PlanValidator), not by the reader.");
    Map<String, Object> body = PlanCodecs.DOCUMENT.objectSchema(schemas);
    root.putAll(body);
    root.put("$defs", schemas.defs);
    return root;
  }

  /** Orders a list of names as given. */
  static List<String> names(List<String> names) {
    return List.copyOf(names);
  }
}
