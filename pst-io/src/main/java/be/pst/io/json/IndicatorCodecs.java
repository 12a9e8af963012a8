package be.pst.io.json;

import be.pst.core.indicator.Frequency;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.indicator.IndicatorOrder;
import be.pst.core.indicator.IndicatorValue;
import be.pst.core.indicator.Measurement;
import be.pst.core.indicator.Recurrence;
import be.pst.io.PstFormatException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The member tables of indicators, their measurements and recurrences. An indicator value's
 * JSON shape follows its indicator's kind (DONE boolean, COUNT and RATIO decimal, AMOUNT amount
 * object, TEXT string, MILESTONE date); since members come in any order, values are read as
 * {@link ValueShape}s and decoded once the whole indicator, and so its kind, has been read. A
 * value of another kind than its indicator's is written tagged, {@code {"kind": …, "value":
 * …}}.
 */
final class IndicatorCodecs {

  private IndicatorCodecs() {}

  static final ObjectCodec<Recurrence, Recurrence.Builder> RECURRENCE =
      ObjectCodec.table("recurrence", "a recurrence", Recurrence::builder, Recurrence.Builder::build)
          .required("frequency", ValueCodec.enumeration(Frequency.class), Recurrence::frequency,
              Recurrence.Builder::frequency)
          .optional("start", ValueCodec.PARTIAL_DATE, Recurrence::start, Recurrence.Builder::start)
          .optional("end", ValueCodec.PARTIAL_DATE, Recurrence::end, Recurrence.Builder::end)
          .optional("onDay", ValueCodec.MONTH_DAY, Recurrence::onDay, Recurrence.Builder::onDay)
          .optional("inMonth", ValueCodec.MONTH, Recurrence::inMonth, Recurrence.Builder::inMonth)
          .optional("note", ValueCodec.STRING, Recurrence::note, Recurrence.Builder::note)
          .codec();

  /** A measurement being read: its builder and its value, decoded with the indicator's kind. */
  static final class MeasurementDraft {
    final Measurement.Builder builder = Measurement.builder();
    ValueShape value;
  }

  /**
   * A measurement in an indicator's list: to write, the measurement with its indicator's kind
   * (a value of another kind is written tagged); once read, the draft its indicator completes.
   */
  static final class MeasurementItem {
    final Measurement measurement;
    final IndicatorKind ownerKind;
    final MeasurementDraft draft;

    MeasurementItem(Measurement measurement, IndicatorKind ownerKind) {
      this.measurement = measurement;
      this.ownerKind = ownerKind;
      this.draft = null;
    }

    MeasurementItem(MeasurementDraft draft) {
      this.measurement = null;
      this.ownerKind = null;
      this.draft = draft;
    }
  }

  /** An indicator being read. */
  static final class IndicatorDraft {
    final Indicator.Builder builder = Indicator.builder();
    IndicatorKind kind;
    ValueShape baseline;
    ValueShape target;
    List<MeasurementItem> measurements = List.of();
  }

  static final ObjectCodec<MeasurementItem, MeasurementDraft> MEASUREMENT =
      ObjectCodec.table("measurement", "a measurement", MeasurementDraft::new, MeasurementItem::new)
          .required("date", ValueCodec.DATE, i -> i.measurement.date(),
              (d, v) -> d.builder.date(v))
          .required("value", ValueShape.CODEC,
              i -> ValueShape.of(i.measurement.value(), i.ownerKind), (d, v) -> d.value = v)
          .optional("note", ValueCodec.STRING, i -> i.measurement.note(),
              (d, v) -> d.builder.note(v))
          .codec();

  static final ObjectCodec<Indicator, IndicatorDraft> INDICATOR =
      ObjectCodec.table("indicator", "an indicator", IndicatorDraft::new, IndicatorCodecs::build)
          .required("name", ValueCodec.TEXT, Indicator::name, (d, v) -> d.builder.name(v))
          .optional("code", ValueCodec.TEXT, Indicator::code, (d, v) -> d.builder.code(v))
          .required("kind", ValueCodec.enumeration(IndicatorKind.class), Indicator::kind,
              (d, v) -> d.kind = v)
          .optional("order", ValueCodec.enumeration(IndicatorOrder.class), Indicator::order,
              (d, v) -> d.builder.order(v))
          .optional("unit", ValueCodec.STRING, Indicator::unit, (d, v) -> d.builder.unit(v))
          .optional("baseline", ValueShape.CODEC,
              i -> i.baseline().map(v -> ValueShape.of(v, i.kind())), (d, v) -> d.baseline = v)
          .optional("target", ValueShape.CODEC,
              i -> i.target().map(v -> ValueShape.of(v, i.kind())), (d, v) -> d.target = v)
          .list("targetDates", ValueCodec.PARTIAL_DATE, Indicator::targetDates,
              (d, v) -> d.builder.targetDates(v))
          .optional("recurrence", RECURRENCE, Indicator::recurrence,
              (d, v) -> d.builder.recurrence(v))
          .list("measurements", MEASUREMENT, IndicatorCodecs::measurementsOf,
              (d, v) -> d.measurements = v)
          .codec();

  private static List<MeasurementItem> measurementsOf(Indicator indicator) {
    List<MeasurementItem> result = new ArrayList<>(indicator.measurements().size());
    for (Measurement m : indicator.measurements()) {
      result.add(new MeasurementItem(m, indicator.kind()));
    }
    return result;
  }

  private static Indicator build(IndicatorDraft d) {
    d.builder.kind(d.kind);
    try {
      if (d.baseline != null) {
        d.builder.baseline(d.baseline.decode(d.kind));
      }
      if (d.target != null) {
        d.builder.target(d.target.decode(d.kind));
      }
      for (MeasurementItem item : d.measurements) {
        MeasurementDraft m = item.draft;
        d.builder.addMeasurements(m.builder.value(m.value.decode(d.kind)).build());
      }
    } catch (PstFormatException e) {
      throw new ObjectCodec.DeferredProblem(e);
    }
    return d.builder.build();
  }

  /**
   * An indicator value as read, before its indicator's kind is known: a boolean, an amount, a
   * tagged value, or the text of a string or number.
   */
  static final class ValueShape {
    final IndicatorValue value;
    final boolean tagged;
    final String text;
    final String pointer;
    final JsonLocation location;
    final JsonInput in;
    /** For writing: the kind of the indicator the value belongs to. */
    final IndicatorKind ownerKind;

    private ValueShape(IndicatorValue value, boolean tagged, String text, String pointer,
        JsonLocation location, JsonInput in, IndicatorKind ownerKind) {
      this.value = value;
      this.tagged = tagged;
      this.text = text;
      this.pointer = pointer;
      this.location = location;
      this.in = in;
      this.ownerKind = ownerKind;
    }

    /** A value to write for an indicator of the value's own kind. */
    static ValueShape of(IndicatorValue value) {
      return new ValueShape(value, false, null, null, null, null, null);
    }

    /** A value to write for an indicator of {@code kind}. */
    static ValueShape of(IndicatorValue value, IndicatorKind kind) {
      return new ValueShape(value, false, null, null, null, null, kind);
    }

    static final ValueCodec<ValueShape> CODEC = new ValueCodec<>() {
      @Override
      public ValueShape read(JsonInput in) throws IOException, PstFormatException {
        return shape(in);
      }

      @Override
      public void write(JsonOutput out, ValueShape shape) throws IOException {
        writeValue(out, shape.value, shape.ownerKind);
      }

      @Override
      public String describe() {
        return "an indicator value";
      }

      @Override
      public java.util.Map<String, Object> schema(JsonSchemas schemas) {
        return schemas.ref("indicatorValue", () -> JsonSchemas.obj(
            "description", "its shape follows the indicator's kind: DONE a boolean, COUNT and RATIO a"
                + " decimal, AMOUNT an amount, TEXT a string, MILESTONE a date; a value of another"
                + " kind is {\"kind\": …, \"value\": …}",
            "oneOf", java.util.List.of(
                JsonSchemas.obj("type", "boolean"),
                JsonSchemas.obj("type", "string"),
                JsonSchemas.obj("type", "number"),
                DetailCodecs.amountSchema(schemas),
                JsonSchemas.obj("type", "object", "required", java.util.List.of("kind", "value"),
                    "additionalProperties", false, "properties", JsonSchemas.obj(
                        "kind", ValueCodec.enumeration(IndicatorKind.class).schema(schemas),
                        "value", JsonSchemas.obj())))));
      }
    };

    IndicatorValue decode(IndicatorKind kind) throws PstFormatException {
      if (value != null) {
        if (!tagged && value.kind() != kind) {
          throw in.failAt(pointer, location, "expected a value of kind " + kind + ", found "
              + (value.kind() == IndicatorKind.DONE ? "a boolean" : "an amount"));
        }
        return value;
      }
      try {
        switch (kind) {
          case COUNT:
            return IndicatorValue.count(decimal());
          case RATIO:
            return IndicatorValue.ratio(decimal());
          case TEXT:
            return IndicatorValue.text(text);
          case MILESTONE:
            return IndicatorValue.milestone(LocalDate.parse(text));
          default:
            throw in.failAt(pointer, location, "expected a value of kind " + kind
                + ", found \"" + JsonInput.abbreviate(text) + "\"");
        }
      } catch (RuntimeException e) {
        throw in.failAt(pointer, location, "expected a value of kind " + kind
            + ", found \"" + JsonInput.abbreviate(text) + "\"", e);
      }
    }

    private BigDecimal decimal() throws PstFormatException {
      if (text.length() > JsonInput.MAX_DECIMAL_TEXT_LENGTH) {
        throw in.failAt(pointer, location, "decimal out of range: \""
            + JsonInput.abbreviate(text) + "\" is too long");
      }
      BigDecimal decimal = new BigDecimal(text);
      String problem = JsonInput.decimalProblem(decimal, text);
      if (problem != null) {
        throw in.failAt(pointer, location, problem);
      }
      return decimal;
    }
  }

  private static ValueShape shape(JsonInput in) throws IOException, PstFormatException {
    JsonLocation location = in.parser.currentTokenLocation();
    String pointer = in.pointer();
    JsonToken token = in.parser.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return new ValueShape(IndicatorValue.done(in.bool()), false, null, pointer, location, in,
          null);
    }
    if (token == JsonToken.START_OBJECT) {
      String first = in.parser.nextFieldName();
      if ("kind".equals(first)) {
        return new ValueShape(taggedAfterKind(in, location), true, null, pointer, location, in,
            null);
      }
      MonetaryAmount amount = be.pst.budget.money.EuroAmount.ofCents(
          Amounts.readCentsAfter(in, first, location));
      return new ValueShape(IndicatorValue.amount(amount), false, null, pointer, location, in,
          null);
    }
    if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT
        || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return new ValueShape(null, false, in.parser.getText(), pointer, location, in, null);
    }
    throw in.expected("an indicator value");
  }

  /** Reads the rest of {@code {"kind": …, "value": …}} whose {@code kind} name was just read. */
  private static IndicatorValue taggedAfterKind(JsonInput in, JsonLocation start)
      throws IOException, PstFormatException {
    in.next();
    IndicatorKind kind = in.enumeration(IndicatorKind.class);
    IndicatorValue value = null;
    String name;
    while ((name = in.nextMember()) != null) {
      if (name.equals("value")) {
        if (value != null) {
          throw in.fail("duplicate member \"value\"");
        }
        value = bare(in, kind);
      } else if (name.equals("kind")) {
        throw in.fail("duplicate member \"kind\"");
      } else {
        in.unknownMember(name, "a value of another kind", "kind, value");
      }
    }
    if (value == null) {
      throw in.missing("value", "a value of another kind", in.pointer(), start);
    }
    return value;
  }

  private static IndicatorValue bare(JsonInput in, IndicatorKind kind)
      throws IOException, PstFormatException {
    switch (kind) {
      case DONE:
        return IndicatorValue.done(in.bool());
      case COUNT:
        return IndicatorValue.count(in.decimal());
      case RATIO:
        return IndicatorValue.ratio(in.decimal());
      case AMOUNT:
        return IndicatorValue.amount(
            be.pst.budget.money.EuroAmount.ofCents(Amounts.readCents(in)));
      case TEXT:
        return IndicatorValue.text(in.string());
      case MILESTONE:
        return IndicatorValue.milestone(in.date());
      default:
        throw new AssertionError(kind);
    }
  }

  /** Writes a value bare when it is of {@code ownerKind} (or no owner), tagged otherwise. */
  private static void writeValue(JsonOutput out, IndicatorValue value, IndicatorKind ownerKind)
      throws IOException {
    if (ownerKind != null && value.kind() != ownerKind) {
      out.generator().writeStartObject();
      out.generator().writeStringField("kind", value.kind().name());
      out.generator().writeFieldName("value");
      writeBare(out, value);
      out.generator().writeEndObject();
    } else {
      writeBare(out, value);
    }
  }

  private static void writeBare(JsonOutput out, IndicatorValue value) throws IOException {
    if (value instanceof IndicatorValue.Done) {
      out.generator().writeBoolean(((IndicatorValue.Done) value).done());
    } else if (value instanceof IndicatorValue.Count) {
      out.decimal(((IndicatorValue.Count) value).count());
    } else if (value instanceof IndicatorValue.Ratio) {
      out.decimal(((IndicatorValue.Ratio) value).percent());
    } else if (value instanceof IndicatorValue.Amount) {
      Amounts.write(out, ((IndicatorValue.Amount) value).amount());
    } else if (value instanceof IndicatorValue.Text) {
      out.string(((IndicatorValue.Text) value).text());
    } else {
      out.string(((IndicatorValue.Milestone) value).date().toString());
    }
  }
}
