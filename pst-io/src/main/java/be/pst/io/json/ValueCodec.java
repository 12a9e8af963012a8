package be.pst.io.json;

import be.pst.core.element.ExternalId;
import be.pst.core.element.Sdg;
import be.pst.core.schedule.PartialDate;
import be.pst.io.PstFormatException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads and writes one JSON value of the {@code be.pst/1} format: the unit every member table
 * of the codec is made of. {@link #read} starts on the value's first token and ends on its
 * last; {@link #write} writes exactly one value. The scalar codecs of the format are constants
 * of this interface; objects are {@link ObjectCodec}s.
 *
 * @param <V> the type of the values
 */
interface ValueCodec<V> {

  /** Reads the value whose first token is the current token. */
  V read(JsonInput in) throws IOException, PstFormatException;

  /** Writes one value; fails with an {@link UnwritableValueException} beyond the bounds. */
  void write(JsonOutput out, V value) throws IOException;

  /** What the value is, for messages: "a string". */
  String describe();

  /**
   * The JSON Schema of the value, registering the definitions it needs.
   *
   * @param schemas the definitions of the schema being built
   * @return the schema of one value
   */
  Map<String, Object> schema(JsonSchemas schemas);

  /** Reads one value: the reading half of a {@link #scalar} codec. */
  interface Reader<V> {
    /** Reads the value whose first token is the current token. */
    V read(JsonInput in) throws IOException, PstFormatException;
  }

  /** Writes one value: the writing half of a {@link #scalar} codec. */
  interface Writer<V> {
    /** Writes one value. */
    void write(JsonOutput out, V value) throws IOException;
  }

  /**
   * A codec of one JSON scalar value made of its parts.
   *
   * @param <V> the type of the values
   * @param description what the value is, for messages
   * @param reader how a value is read
   * @param writer how a value is written
   * @param schema its JSON Schema, registering the definitions it needs
   * @return the codec
   */
  static <V> ValueCodec<V> scalar(String description, Reader<V> reader, Writer<V> writer,
      Function<JsonSchemas, Map<String, Object>> schema) {
    return new ValueCodec<>() {
      @Override
      public V read(JsonInput in) throws IOException, PstFormatException {
        return reader.read(in);
      }

      @Override
      public void write(JsonOutput out, V value) throws IOException {
        writer.write(out, value);
      }

      @Override
      public String describe() {
        return description;
      }

      @Override
      public Map<String, Object> schema(JsonSchemas schemas) {
        return schema.apply(schemas);
      }
    };
  }

  /** A string, possibly blank. */
  ValueCodec<String> STRING = scalar("a string", JsonInput::string, JsonOutput::string,
      schemas -> JsonSchemas.obj("type", "string"));

  /** A string holding something other than white space: codes, titles, names. */
  ValueCodec<String> TEXT = scalar("a non-blank string", JsonInput::text, JsonOutput::string,
      schemas -> schemas.scalar("text", JsonSchemas.obj("type", "string", "pattern", "\\S")));

  /** A whole number in the range of an {@code int}. */
  ValueCodec<Integer> INTEGER = scalar("an integer", JsonInput::integer,
      (out, value) -> out.generator().writeNumber(value),
      schemas -> JsonSchemas.obj("type", "integer"));

  /** A four-digit year, as exercices are. */
  ValueCodec<Integer> YEAR = scalar("a four-digit year", in -> {
    int year = in.integer();
    if (year < 1000 || year > 9999) {
      throw in.fail("expected a four-digit year, found " + year);
    }
    return year;
  }, (out, value) -> out.generator().writeNumber(value),
      schemas -> schemas.scalar("year",
          JsonSchemas.obj("type", "integer", "minimum", 1000, "maximum", 9999)));

  /** A decimal, written as a string holding a plain decimal; numbers are read too. */
  ValueCodec<BigDecimal> DECIMAL = scalar("a decimal", JsonInput::decimal, JsonOutput::decimal,
      schemas -> schemas.scalar("decimal", JsonSchemas.obj("oneOf", List.of(
          JsonSchemas.obj("type", "string", "pattern",
              "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$"),
          JsonSchemas.obj("type", "number")))));

  /** {@code true} or {@code false}. */
  ValueCodec<Boolean> BOOLEAN = scalar("a boolean", JsonInput::bool,
      (out, value) -> out.generator().writeBoolean(value),
      schemas -> JsonSchemas.obj("type", "boolean"));

  /** An ISO date, {@code yyyy-MM-dd}. */
  ValueCodec<LocalDate> DATE = scalar("a date", JsonInput::date,
      (out, value) -> out.string(value.toString()),
      schemas -> schemas.scalar("date", JsonSchemas.obj("type", "string", "pattern",
          "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}$")));

  /** A partial date, {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
  ValueCodec<PartialDate> PARTIAL_DATE = scalar("a partial date", JsonInput::partialDate,
      JsonOutput::partialDate,
      schemas -> schemas.scalar("partialDate", JsonSchemas.obj("type", "string", "pattern",
          "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")));

  /** A day of the year, ISO {@code --MM-dd} ({@code "--10-31"}). */
  ValueCodec<MonthDay> MONTH_DAY = scalar("a day of the year",
      in -> in.parsed("a day of the year --MM-dd", MonthDay::parse),
      (out, value) -> out.string(value.toString()),
      schemas -> schemas.scalar("monthDay",
          JsonSchemas.obj("type", "string", "pattern", "^--[0-9]{2}-[0-9]{2}$")));

  /** A month, its English constant name ({@code "APRIL"}). */
  ValueCodec<Month> MONTH = ValueCodec.enumeration(Month.class);

  /** An external identifier, a non-blank string kept verbatim. */
  ValueCodec<ExternalId> EXTERNAL_ID = scalar("a non-blank string",
      in -> ExternalId.of(in.text()), (out, value) -> out.string(value.value()),
      TEXT::schema);

  /** A sustainable development goal, its number 1–17. */
  ValueCodec<Sdg> SDG = scalar("an integer 1–17", in -> {
    int number = in.integer();
    if (number < 1 || number > 17) {
      throw in.fail("expected a sustainable development goal 1–17, found " + number);
    }
    return Sdg.of(number);
  }, (out, value) -> out.generator().writeNumber(value.number()),
      schemas -> JsonSchemas.obj("type", "integer", "minimum", 1, "maximum", 17));

  /**
   * The constant name of an enumeration ({@code "IN_PROGRESS"}).
   *
   * @param <E> the enumeration
   * @param type its class
   * @return the codec
   */
  static <E extends Enum<E>> ValueCodec<E> enumeration(Class<E> type) {
    return scalar("one of the constants of " + type.getSimpleName(),
        in -> in.enumeration(type), (out, value) -> out.string(value.name()), schemas -> {
          List<String> names = new ArrayList<>();
          for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
          }
          return schemas.scalar(Character.toLowerCase(type.getSimpleName().charAt(0))
              + type.getSimpleName().substring(1), JsonSchemas.obj("enum", names));
        });
  }

  /**
   * A value of the model written as a string and read through one of its parse functions.
   *
   * @param <V> the type of the values
   * @param what what the string holds, for messages
   * @param parse the parse function of the model, whose exceptions become format problems
   * @param print how a value is written
   * @return the codec
   */
  static <V> ValueCodec<V> parsed(String what, JsonInput.ParseFunction<V> parse,
      Function<V, String> print) {
    return scalar(what.toLowerCase(Locale.ROOT), in -> in.parsed(what, parse),
        (out, value) -> out.string(print.apply(value)), schemas -> {
          Map<String, Object> schema = new LinkedHashMap<>();
          schema.put("type", "string");
          schema.put("description", what);
          return schema;
        });
  }

  /** The token a value starts with is one of these: a helper for codecs with several shapes. */
  static boolean isScalar(JsonToken token) {
    return token != null && token.isScalarValue();
  }
}
