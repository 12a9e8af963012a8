package be.pst.io.json;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.funding.Funding;
import be.pst.core.funding.FundingSource;
import be.pst.core.indicator.Indicator;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.objective.VoletSection;
import be.pst.core.person.Person;
import be.pst.core.person.Pilot;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import be.pst.io.PstFormatException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Jackson module of pst (module Jackson): lets any {@code ObjectMapper} read and write
 * pst's own types in their {@code be.pst/1} shapes, with the very member tables of {@link
 * PstJsonReader} and {@link PstJsonWriter} (one codec, two doors).
 *
 * <p><b>Scope.</b> Like Jackson's datatype modules, it serializes its own types only: {@link
 * BudgetedPlan} (a whole document, with its {@code format} member), {@link Plan}, {@link
 * VoletSection}, {@link StrategicObjective}, {@link OperationalObjective}, {@link Action},
 * {@link Indicator}, {@link Person}, {@link Pilot}, {@link Schedule}, {@link PartialDate},
 * {@link FundingSource}, {@link Funding}, {@link BudgetLine} and {@link EuroAmount}. The
 * host's {@code javax.money.MonetaryAmount} fields and Moneta's {@code Money} are left to
 * whatever the host registers (for instance {@code jackson-datatype-money}); amounts inside
 * pst's types keep pst's {@code {"amount": "…", "currency": "EUR"}} shape whatever else is
 * registered.
 *
 * <p><b>Strictness and bounds</b> are those of {@link PstJson}: unknown members, duplicate
 * members and {@code null} values are refused, texts are bounded to {@value #MAX_STRING_LENGTH}
 * characters and nesting to {@value #MAX_DEPTH} levels whatever the host parser allows, a
 * {@code null} where a pst value is read at the root ({@code readValue("null", Plan.class)}) is
 * refused, and a document ({@code BudgetedPlan}) read at the root must end the input. <b>Every
 * content problem</b> surfaces as a {@link JsonMappingException} whose cause is the {@link
 * PstFormatException} with pointer, line and column (source {@code <ObjectMapper>}); a
 * value that cannot be written is an {@link UnwritableValueException} wrapped the same way by
 * Jackson.
 *
 * <p>Register it with {@code mapper.registerModule(PstJson.module())}, or let {@code
 * ObjectMapper.findAndRegisterModules()} find it (it is declared in {@code
 * META-INF/services/com.fasterxml.jackson.databind.Module}). Its {@linkplain #version() version}
 * is the version of pst-io.
 *
 * <p>Instances are immutable once registered and thread-safe.
 */
public final class PstModule extends SimpleModule {

  private static final long serialVersionUID = 2L;

  /** The source name given to problems found through an {@code ObjectMapper}. */
  static final String MAPPER_SOURCE = "<ObjectMapper>";

  /** The longest text read through the module, as {@link PstJsonReader#DEFAULT_CONSTRAINTS}. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The deepest nesting read through the module, as {@link PstJsonReader#DEFAULT_CONSTRAINTS}. */
  public static final int MAX_DEPTH = 100;

  private static final Version VERSION = readVersion();

  /** Creates the module. */
  public PstModule() {
    super("be.pst.io.json.PstModule", VERSION);
    add(BudgetedPlan.class, PlanCodecs.DOCUMENT, true);
    add(Plan.class, PlanCodecs.PLAN, false);
    add(VoletSection.class, ElementCodecs.VOLET_SECTION, false);
    add(StrategicObjective.class, ElementCodecs.STRATEGIC, false);
    add(OperationalObjective.class, ElementCodecs.OPERATIONAL, false);
    add(Action.class, ElementCodecs.ACTION, false);
    add(Indicator.class, IndicatorCodecs.INDICATOR, false);
    add(Person.class, DetailCodecs.PERSON, false);
    add(Pilot.class, DetailCodecs.PILOT, false);
    add(Schedule.class, DetailCodecs.SCHEDULE, false);
    add(PartialDate.class, ValueCodec.PARTIAL_DATE, false);
    add(FundingSource.class, DetailCodecs.FUNDING_SOURCE, false);
    add(Funding.class, DetailCodecs.FUNDING, false);
    add(BudgetLine.class, PlanCodecs.BUDGET_LINE, false);
    add(EuroAmount.class, DetailCodecs.AMOUNT, false);
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = PstModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("be/pst/io/json/version.properties is missing");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"), "be.pst", "pst-io");
  }

  private <T> void add(Class<T> type, ValueCodec<T> codec, boolean document) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec, document));
  }

  /** Whether the value whose first token is current is the root value of the input. */
  private static boolean atRoot(JsonParser parser) {
    com.fasterxml.jackson.core.JsonStreamContext context = parser.getParsingContext();
    if (parser.currentToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT
        || parser.currentToken() == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
      context = context.getParent();
    }
    return context != null && context.inRoot();
  }

  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient ValueCodec<T> codec;

    CodecSerializer(Class<T> type, ValueCodec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      codec.write(new JsonOutput(out, MAX_STRING_LENGTH, MAX_DEPTH), value);
    }
  }

  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient ValueCodec<T> codec;
    private final boolean document;

    CodecDeserializer(Class<T> type, ValueCodec<T> codec, boolean document) {
      super(type);
      this.codec = codec;
      this.document = document;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonInput in = new JsonInput(parser, MAPPER_SOURCE, false, MAX_STRING_LENGTH, MAX_DEPTH);
      try {
        boolean root = atRoot(parser);
        T value = codec.read(in);
        if (document && root && parser.nextToken() != null) {
          throw in.fail("unexpected content (" + JsonInput.describe(parser.currentToken())
              + ") after the end of the document");
        }
        return value;
      } catch (PstFormatException e) {
        throw JsonMappingException.from(parser, e.getMessage(), e);
      } catch (JsonMappingException e) {
        throw e;
      } catch (JsonProcessingException e) {
        PstFormatException problem = in.fromJackson(e);
        throw JsonMappingException.from(parser, problem.getMessage(), problem);
      }
    }

    @Override
    public T getNullValue(DeserializationContext context) throws JsonMappingException {
      JsonParser parser = context.getParser();
      if (parser != null && atRoot(parser)) {
        PstFormatException problem = new PstFormatException(
            "null is not " + codec.describe(), MAPPER_SOURCE, "",
            parser.currentTokenLocation().getLineNr(),
            parser.currentTokenLocation().getColumnNr());
        throw JsonMappingException.from(parser, problem.getMessage(), problem);
      }
      return null;
    }
  }
}
