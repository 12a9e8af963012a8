package be.pst.io.json;

import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.funding.FundingSource;
import be.pst.core.indicator.Indicator;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.person.Person;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import be.pst.io.PstFormatException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serializable;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The Jackson module of pst (module Jackson): lets any {@code ObjectMapper} read and write
 * pst's types in their {@code be.pst/1} shapes, with the very codec of {@link PstJsonReader}
 * and {@link PstJsonWriter} (one codec, two doors).
 *
 * <p>Covered types: {@link BudgetedPlan} (a whole document, with its {@code format} member),
 * {@link Plan}, {@link StrategicObjective}, {@link OperationalObjective}, {@link Action},
 * {@link Indicator}, {@link Person}, {@link Schedule}, {@link PartialDate}, {@link
 * FundingSource}, {@link BudgetLine}, and euro amounts ({@link MonetaryAmount}, {@link
 * EuroAmount}, {@link Money}) as {@code {"amount": "287500.00", "currency": "EUR"}}. Reading is
 * strict; a problem is a {@link JsonMappingException} whose cause is the {@link
 * PstFormatException} with the pointer.
 * Codes are checked for uniqueness within the value read; references (axes, political
 * objectives, objective shares, projects, budget elements) are checked when a {@code Plan} or
 * {@code BudgetedPlan} is read as a whole.
 *
 * <p>Register it with {@code mapper.registerModule(PstJson.module())}, or let {@code
 * ObjectMapper.findAndRegisterModules()} find it (it is declared in {@code
 * META-INF/services/com.fasterxml.jackson.databind.Module}). Its amount (de)serializers take
 * precedence over those of another money module registered before it.
 *
 * <p>Instances are immutable once registered and thread-safe.
 */
public final class PstModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The source name given to problems found through an {@code ObjectMapper}. */
  static final String MAPPER_SOURCE = "<ObjectMapper>";

  /** Creates the module. */
  public PstModule() {
    super("be.pst.io.json.PstModule", new Version(0, 1, 0, "SNAPSHOT", "be.pst", "pst-io"));
    add(BudgetedPlan.class, DocumentEncoder::writeDocument, DocumentDecoder::document);
    add(Plan.class, DocumentEncoder::writePlan, DocumentDecoder::wholePlan);
    add(
        StrategicObjective.class,
        DocumentEncoder::writeStrategicObjective,
        DocumentDecoder::strategicObjective);
    add(
        OperationalObjective.class,
        DocumentEncoder::writeOperationalObjective,
        DocumentDecoder::operationalObjective);
    add(Action.class, DocumentEncoder::writeAction, DocumentDecoder::action);
    add(Indicator.class, DocumentEncoder::writeIndicator, DocumentDecoder::indicator);
    add(Person.class, DocumentEncoder::writePerson, DocumentDecoder::person);
    add(Schedule.class, DocumentEncoder::writeSchedule, DocumentDecoder::schedule);
    add(
        PartialDate.class,
        (out, date) -> out.writeString(DocumentEncoder.partialDate(date)),
        DocumentDecoder::partialDate);
    add(FundingSource.class, DocumentEncoder::writeFundingSource, DocumentDecoder::fundingSource);
    add(BudgetLine.class, DocumentEncoder::writeBudgetLine, decoder -> decoder.budgetLine(-1));
    add(MonetaryAmount.class, Amounts::write, DocumentDecoder::amount);
    add(Money.class, Amounts::write, decoder -> Money.from(decoder.amount()));
    add(EuroAmount.class, Amounts::write, decoder -> EuroAmount.from(decoder.amount()));
  }

  private <T> void add(Class<T> type, Encoder<? super T> encoder, Decoder<T> decoder) {
    addSerializer(type, new CodecSerializer<T>(type, encoder));
    addDeserializer(type, new CodecDeserializer<>(type, decoder));
  }

  /** Writes a value with the codec. */
  @FunctionalInterface
  private interface Encoder<T> extends Serializable {
    void write(JsonGenerator out, T value) throws IOException;
  }

  /** Reads a value with the codec. */
  @FunctionalInterface
  private interface Decoder<T> extends Serializable {
    T read(DocumentDecoder decoder) throws IOException, PstFormatException;
  }

  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final Encoder<? super T> encoder;

    CodecSerializer(Class<T> type, Encoder<? super T> encoder) {
      super(type);
      this.encoder = encoder;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      encoder.write(out, value);
    }
  }

  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Decoder<T> decoder;

    CodecDeserializer(Class<T> type, Decoder<T> decoder) {
      super(type);
      this.decoder = decoder;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonInput in = new JsonInput(parser, MAPPER_SOURCE, false);
      try {
        return decoder.read(new DocumentDecoder(in));
      } catch (PstFormatException e) {
        throw JsonMappingException.from(parser, e.getMessage(), e);
      }
    }
  }
}
