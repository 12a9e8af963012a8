package be.pst.io.json;

import be.pst.core.element.ExternalId;
import be.pst.core.element.Sdg;
import be.pst.core.schedule.PartialDate;
import be.pst.io.PstFormatException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

  /** A string, possibly blank. */
  ValueCodec<String> STRING = new ValueCodec<>() {
    @Override
    public String read(JsonInput in) throws PstFormatException {
      return in.string();
    }

    @Override
    public void write(JsonOutput out, String value) throws IOException {
      out.string(value);
    }

    @Override
    public Map<String, Object> schema(JsonSchemas schemas) {
      return JsonSchemas.obj("type", "string");
    }

    @Override
    public String describe() {
      return "a string";
    }
  };

  /** A string holding something other than white space: codes, titles, names. */
  ValueCodec<String> TEXT = new ValueCodec<>() {
    @Override
    public String read(JsonInput in) throws PstFormatException {
      return in.text();
    }

    @Override
    public void write(JsonOutput out, String value) throws IOException {
      out.string(value);
    }

    @Override
    public Map<String, Object> schema(JsonSchemas schemas) {
      return schemas.scalar("text", JsonSchemas.obj("type", "string", "pattern", "\\S"));
    }

    @Override
    public String describe() {
      return "a non-blank string";
    }
  };

  /** A whole number in the range of an {@code int}. */
  ValueCodec<Integer> INTEGER = new ValueCodec<>() {
    @Override
    public Integer read(JsonInput in) throws IOException, PstFormatException {
      return in.integer();
    }

    @Override
    public void write(JsonOutput out, Integer value) throws IOException {
      out.generator().writeNumber(value);
    }

    @Override
    public Map<String, Object> schema(JsonSchemas schemas) {
      return JsonSchemas.obj("type", "integer");
    }

    @Override
    public String describe() {
      return "an integer";
    }
  };

  /** A four-digit year, as exercices are. */
  ValueCodec<Integer> YEAR = new ValueCodec<>() {
    @Override
    public Integer read(JsonInput in) throws IOException, PstFormatException {
      int year = in.integer();
      if (year < 1000 || year > 9999) {
        throw in.fail("expected a four-digit year, found " + year);
      }
      return year;
    }

    @Override
    public void write(JsonOutput out, Integer value) throws IOException {
      out.generator().writeNumber(value);
    }

    @Override
    public Map<String, Object> schema(JsonSchemas schemas) {
      return schemas.scalar("year", JsonSchemas.obj("type", "integer", "minimum", 1000, "maximum", 9999));
    }

    @Override
    public String describe() {
      return "a four-digit year";
    }
  };

  /** A decimal, written as a string holding a plain decimal; numbers are read too. */
  ValueCodec<BigDecimal> DECIMAL = new ValueCodec<>() {
    @Override
    public BigDecimal read(JsonInput in) throws IOException, PstFormatException {
      return in.decimal();
    }

    @Override
    public void write(JsonOutput out, BigDecimal value) throws IOException {
      out.decimal(value);
    }

    @Override
    public Map<String, Object> schema(JsonSchemas schemas) {
      return schemas.scalar("decimal", JsonSchemas.obj("oneOf", List.of(JsonSchemas.obj("type", "string", "pattern",
          "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$"), JsonSchemas.obj("type", "number"))));
    }

    @Override
    public String describe() {
      return "a decimal";
    }
  };

  /** {@code true} or {@code false}. */
  ValueCodec<Boolean> BOOLEAN = new ValueCodec<>() {
    @Override
    public Boolean read(JsonInput in) throws PstFormatException {
      return in.bool();
    }

    @Override
    public void write(JsonOutput out, Boolean value) throws IOException {
      out.generator().writeBoolean(value);
    }

    @Override
    public Map<String, Object> schema(JsonSchemas schemas) {
      return JsonSchemas.obj("type", "boolean");
    }

    @Override
    public String describe() {
      return "a boolean";
    }
  };

  /** An ISO date, {@code yyyy-MM-dd}. */
  ValueCodec<LocalDate> DATE = new ValueCodec<>() {
    @Override
    public LocalDate read(JsonInput in) throws PstFormatException {
      return in.date();
    }

    @Override
    public void write(JsonOutput out, LocalDate value) throws IOException {
      out.string(value.toString());
    }

    @Override
    public Map<String, Object> schema(JsonSchemas schemas) {
      return schemas.scalar("date", JsonSchemas.obj("type", "string", "pattern",
          "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}$"));
    }

    @Override
    public String describe() {
      return "a date";
    }
  };

  /** A partial date, {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
  ValueCodec<PartialDate> PARTIAL_DATE = new ValueCodec<>() {
    @Override
    public PartialDate read(JsonInput in) throws PstFormatException {
      return in.partialDate();
    }

    @Override
    public void write(JsonOutput out, PartialDate value) throws IOException {
      out.partialDate(value);
    }

    @Override
    public Map<String, Object> schema(JsonSchemas schemas) {
      return schemas.scalar("partialDate", JsonSchemas.obj("type", "string", "pattern",
          "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"));
    }

    @Override
    public String describe() {
      return "a partial date";
    }
  };

  /** A day of the year, ISO {@code --MM-dd} ({@code "--10-31"}). */
  ValueCodec<MonthDay> MONTH_DAY = new ValueCodec<>() {
    @Override
    public MonthDay read(JsonInput in) throws PstFormatException {
      return in.parsed("a day of the year --MM-dd", MonthDay::parse);
    }

    @Override
    public void write(JsonOutput out, MonthDay value) throws IOException {
      out.string(value.toString());
    }

    @Override
    public Map<String, Object> schema(JsonSchemas schemas) {
      return schemas.scalar("monthDay", JsonSchemas.obj("type", "string", "pattern", "^--[0-9]{2}-[0-9]{2}$"));
    }

    @Override
    public String describe() {
      return "a day of the year";
    }
  };

  /** A month, its English constant name ({@code "APRIL"}). */
  ValueCodec<Month> MONTH = ValueCodec.enumeration(Month.class);

  /** An external identifier, a non-blank string kept verbatim. */
  ValueCodec<ExternalId> EXTERNAL_ID = new ValueCodec<>() {
    @Override
    public ExternalId read(JsonInput in) throws PstFormatException {
      return ExternalId.of(in.text());
    }

    @Override
    public void write(JsonOutput out, ExternalId value) throws IOException {
      out.string(value.value());
    }

    @Override
    public Map<String, Object> schema(JsonSchemas schemas) {
      return schemas.scalar("text", JsonSchemas.obj("type", "string", "pattern", "\\S"));
    }

    @Override
    public String describe() {
      return "a non-blank string";
    }
  };

  /** A sustainable development goal, its number 1–17. */
  ValueCodec<Sdg> SDG = new ValueCodec<>() {
    @Override
    public Sdg read(JsonInput in) throws IOException, PstFormatException {
      int number = in.integer();
      if (number < 1 || number > 17) {
        throw in.fail("expected a sustainable development goal 1–17, found " + number);
      }
      return Sdg.of(number);
    }

    @Override
    public void write(JsonOutput out, Sdg value) throws IOException {
      out.generator().writeNumber(value.number());
    }

    @Override
    public Map<String, Object> schema(JsonSchemas schemas) {
      return JsonSchemas.obj("type", "integer", "minimum", 1, "maximum", 17);
    }

    @Override
    public String describe() {
      return "an integer 1–17";
    }
  };

  /**
   * The constant name of an enumeration ({@code "IN_PROGRESS"}).
   *
   * @param <E> the enumeration
   * @param type its class
   * @return the codec
   */
  static <E extends Enum<E>> ValueCodec<E> enumeration(Class<E> type) {
    return new ValueCodec<>() {
      @Override
      public E read(JsonInput in) throws PstFormatException {
        return in.enumeration(type);
      }

      @Override
      public void write(JsonOutput out, E value) throws IOException {
        out.string(value.name());
      }

      @Override
      public String describe() {
        return "one of the constants of " + type.getSimpleName();
      }

      @Override
      public Map<String, Object> schema(JsonSchemas schemas) {
        List<String> names = new java.util.ArrayList<>();
        for (E constant : type.getEnumConstants()) {
          names.add(constant.name());
        }
        return schemas.scalar(Character.toLowerCase(type.getSimpleName().charAt(0))
            + type.getSimpleName().substring(1), JsonSchemas.obj("enum", names));
      }
    };
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
      java.util.function.Function<V, String> print) {
    return new ValueCodec<>() {
      @Override
      public V read(JsonInput in) throws PstFormatException {
        return in.parsed(what, parse);
      }

      @Override
      public void write(JsonOutput out, V value) throws IOException {
        out.string(print.apply(value));
      }

      @Override
      public String describe() {
        return what.toLowerCase(Locale.ROOT);
      }

      @Override
      public Map<String, Object> schema(JsonSchemas schemas) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("description", what);
        return schema;
      }
    };
  }

  /** The token a value starts with is one of these: a helper for codecs with several shapes. */
  static boolean isScalar(JsonToken token) {
    return token != null && token.isScalarValue();
  }
}
