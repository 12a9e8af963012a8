package be.pst.benchmarks;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.element.ExternalId;
import be.pst.core.element.Status;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.person.Civility;
import be.pst.core.person.Person;
import be.pst.core.person.Pilot;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import be.pst.io.PstFormatException;
import be.pst.io.ecomptes.EcomptesImport;
import be.pst.io.ecomptes.EcomptesOptions;
import be.pst.io.ecomptes.EcomptesXml;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing eComptes documents (échange eComptes) of 10², 10³, 10⁴ and 10⁵ actions:
 * {@code EcomptesXml.read} against a plain StAX pass over the same bytes that touches every
 * name, attribute and text (the floor of any XML reader), and {@code EcomptesXml.write} against
 * a plain StAX writer that writes the same events (elements, attributes, texts and indentation)
 * replayed from a list, with the same buffering. Each action has a UID, a title, a description,
 * a status, a progress, dates, a responsible, a department, a partner, a budget article and a
 * projection over two exercices.
 *
 * <p>The target (issue 12): read and write within 2× of their floor at every size, growing
 * linearly, and a 100,000-action document read in under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EcomptesBenchmark {

  /** The number of actions of the document. */
  @Param({"100", "1000", "10000", "100000"})
  public int actions;

  /** Reading options: the default limits (64 MiB, a million elements) fit 10⁴ actions. */
  private EcomptesOptions options;
  private BudgetedPlan plan;
  private byte[] document;
  private List<Object[]> events;

  /** Creates the state; JMH calls {@link #setUp()} before timing. */
  public EcomptesBenchmark() {}

  /**
   * Generates the plan, writes it, reads it back (checking the action count) and records the
   * events of the document for the StAX writer.
   *
   * @throws IOException never, the document is in memory
   * @throws PstFormatException if the document cannot be read back
   * @throws XMLStreamException if StAX cannot read the document
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, PstFormatException, XMLStreamException {
    plan = plan(actions);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EcomptesXml.write(plan, out);
    document = out.toByteArray();
    options = EcomptesOptions.builder().maxBytes(Math.max(document.length, 1L << 26))
        .maxElements(Math.max(100 * actions, 1_000_000)).build();
    int read = EcomptesXml.read(new ByteArrayInputStream(document), options).plan().actions()
        .size();
    if (read != actions) {
      throw new IllegalStateException("read " + read + " actions instead of " + actions);
    }
    events = events(document);
    System.out.printf(Locale.ROOT, "%n%d actions: %,d bytes, %,d StAX events%n", actions,
        document.length, events.size());
  }

  /**
   * A plan of {@code n} actions, ten per operational objective and ten operational objectives
   * per strategic objective, with a budget line of each kind per action.
   *
   * @param n the number of actions
   * @return the plan and its lines
   */
  public static BudgetedPlan plan(int n) {
    List<StrategicObjective> objectives = new ArrayList<>();
    List<BudgetLine> lines = new ArrayList<>();
    int a = 0;
    for (int s = 1; a < n; s++) {
      StrategicObjective.Builder os = StrategicObjective.builder().code("OS" + s)
          .title("Être une administration moderne, efficace et proche du citoyen " + s)
          .externalId(ExternalId.of(uid(s, 1))).status(Status.IN_PROGRESS);
      for (int o = 1; o <= 10 && a < n; o++) {
        String ooCode = "OS" + s + ".OO" + o;
        OperationalObjective.Builder oo = OperationalObjective.builder().code(ooCode)
            .title("Développer l'accueil et l'accompagnement des usagers " + o)
            .externalId(ExternalId.of(uid(s * 100 + o, 2)));
        for (int i = 1; i <= 10 && a < n; i++, a++) {
          String code = ooCode + ".A" + i;
          oo.addActions(Action.builder().code(code)
              .title("Rénover le bâtiment de l'accueil et former le personnel, étape " + i)
              .description("Un consensus devra être trouvé sur la qualité de l'accueil.")
              .externalId(ExternalId.of(uid(a, 3)))
              .status(Status.values()[a % Status.values().length])
              .progress(BigDecimal.valueOf(a % 101))
              .schedule(Schedule.of(PartialDate.parse("2020-03-01"),
                  PartialDate.parse("2024-06-30")))
              .addAdministrativePilots(Pilot.of(Person.builder().civility(Civility.MRS)
                  .firstName("Laurence").lastName("MERTENS").phone("010 43 65 11")
                  .email("l.mertens@cpas.be").build()))
              .department("Action sociale")
              .addPartners("ONE")
              .build());
          lines.add(BudgetLine.builder().elementCode(code).exercice(2021)
              .figure(BudgetFigure.BUDGET).group(EconomicGroup.ofCode("70"))
              .article(BudgetArticle.parse("835/111-01")).label("Puéricultrices")
              .amount(EuroAmount.ofCents(13_300_000L + a)).build());
          lines.add(BudgetLine.of(code, 2021, EconomicGroup.ofCode("71"),
              EuroAmount.ofCents(300_000L + a)));
          lines.add(BudgetLine.of(code, 2022, EconomicGroup.ofCode("71"),
              EuroAmount.ofCents(310_000L + a)));
        }
        os.addOperationalObjectives(oo.build());
      }
      objectives.add(os.build());
    }
    Plan p = Plan.builder()
        .authority(Authority.of(AuthorityKind.CPAS, "CPAS d'Ottignies-Louvain-la-Neuve", "25121"))
        .title("PST du CPAS 2019-2024").legislature(Legislature.of(2019, 2024))
        .addAllStrategicObjectives(objectives).build();
    return BudgetedPlan.of(p, lines);
  }

  private static String uid(long number, int kind) {
    return String.format(Locale.ROOT, "%016x%016x", number * 0x9E3779B97F4A7C15L, kind + number);
  }

  /**
   * The events of a document: element starts with their attributes, texts and ends.
   *
   * @param document the document
   * @return one array per event: {@code {"s", name, attributeNames[], values[]}},
   *     {@code {"t", text}} or {@code {"e"}}
   * @throws XMLStreamException if StAX cannot read it
   */
  static List<Object[]> events(byte[] document) throws XMLStreamException {
    List<Object[]> events = new ArrayList<>();
    XMLStreamReader r = inputs().createXMLStreamReader(new ByteArrayInputStream(document));
    while (r.hasNext()) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT:
          String[] names = new String[r.getAttributeCount()];
          String[] values = new String[names.length];
          for (int i = 0; i < names.length; i++) {
            names[i] = r.getAttributeLocalName(i);
            values[i] = r.getAttributeValue(i);
          }
          events.add(new Object[] {"s", r.getLocalName(), names, values});
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.SPACE:
          events.add(new Object[] {"t", r.getText()});
          break;
        case XMLStreamConstants.END_ELEMENT:
          events.add(new Object[] {"e"});
          break;
        default:
          break;
      }
    }
    return events;
  }

  private static XMLInputFactory inputs() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /**
   * Our reader (lenient, the default), with limits that admit the largest document.
   *
   * @return the import, consumed by JMH
   * @throws IOException never
   * @throws PstFormatException never, the document is valid
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public EcomptesImport ecomptesRead() throws IOException, PstFormatException {
    return EcomptesXml.read(new ByteArrayInputStream(document), options);
  }

  /**
   * The floor: a StAX pass over the same bytes that reads every name, attribute and text.
   *
   * @return a checksum of what was read, consumed by JMH
   * @throws XMLStreamException never, the document is well-formed
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public long staxRead() throws XMLStreamException {
    long sum = 0;
    XMLStreamReader r = inputs().createXMLStreamReader(new ByteArrayInputStream(document));
    while (r.hasNext()) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT:
          sum += r.getLocalName().length();
          for (int i = 0; i < r.getAttributeCount(); i++) {
            sum += r.getAttributeLocalName(i).length() + r.getAttributeValue(i).length();
          }
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.SPACE:
          sum += r.getText().length();
          break;
        default:
          break;
      }
    }
    r.close();
    return sum;
  }

  /**
   * Our writer.
   *
   * @return the number of bytes written, consumed by JMH
   * @throws IOException never
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public long ecomptesWrite() throws IOException {
    JsonBenchmark.CountingSink sink = new JsonBenchmark.CountingSink();
    EcomptesXml.write(plan, sink);
    return sink.count;
  }

  /**
   * The floor: a StAX writer writing the same events, buffered as our writer buffers.
   *
   * @return the number of bytes written, consumed by JMH
   * @throws XMLStreamException never
   * @throws IOException never
   */
  @Benchmark
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  public long staxWrite() throws XMLStreamException, IOException {
    JsonBenchmark.CountingSink sink = new JsonBenchmark.CountingSink();
    BufferedOutputStream buffer = new BufferedOutputStream(sink, 1 << 16);
    XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer,
        "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    for (Object[] e : events) {
      String kind = (String) e[0];
      if (kind.equals("s")) {
        w.writeStartElement((String) e[1]);
        String[] names = (String[]) e[2];
        String[] values = (String[]) e[3];
        for (int i = 0; i < names.length; i++) {
          w.writeAttribute(names[i], values[i]);
        }
      } else if (kind.equals("t")) {
        w.writeCharacters((String) e[1]);
      } else {
        w.writeEndElement();
      }
    }
    w.writeEndDocument();
    w.close();
    buffer.flush();
    return sink.count;
  }
}
