package be.pst.benchmarks.data;

import be.pst.budget.group.EconomicGroup;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generates {@code be.pst/1} documents (documents PST) of any size: a plan of {@code os × oo ×
 * actions} actions, each with the texts, pilots, indicators and statuses a real PST carries, and
 * one budget line per action, exercice (2019–2024) and economic group of {@link
 * LineGenerator#GROUPS}. The document is written with Jackson's streaming generator straight from
 * {@code docs/format.md}, so that loading it exercises {@code PstJson.read} as a region loading
 * the files of its communes would.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PlanDocuments {

  private static final JsonFactory JSON = new JsonFactory();

  private static final String[] WORDS = (
      "renforcer la cohésion sociale du territoire en développant des partenariats avec les "
      + "associations locales afin d'améliorer l'accueil des citoyens et la qualité des services "
      + "rendus par l'administration communale et le centre public d'action sociale dans le "
      + "respect des obligations légales et des moyens budgétaires disponibles pour la mise en "
      + "oeuvre du programme stratégique transversal durant la législature énergie logement "
      + "jeunesse aînés mobilité emploi insertion formation numérique environnement").split(" ");

  private static final String[] STATUSES = {
      "TO_PROGRAM", "UNDER_STUDY", "NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "WAITING",
      "COMPLETED", "POSTPONED"};

  private static final String[] PRIORITIES = {"HIGH", "MEDIUM", "LOW", "MANDATORY"};

  private static final String[] VOLETS = {"INTERNAL", "EXTERNAL", "BOTH"};

  private static final String[] SERVICES = {
      "Service social", "Service des travaux", "Service du personnel", "Direction générale",
      "Service des finances", "Service jeunesse"};

  private static final String[] FUNDERS = {"WALLONIA", "EUROPE", "OWN_FUNDS", "FEDERAL"};

  private final int strategicObjectives;
  private final int operationalPerStrategic;
  private final int actionsPerOperational;

  private PlanDocuments(int strategicObjectives, int operationalPerStrategic,
      int actionsPerOperational) {
    this.strategicObjectives = strategicObjectives;
    this.operationalPerStrategic = operationalPerStrategic;
    this.actionsPerOperational = actionsPerOperational;
  }

  /**
   * Documents of plans with {@code os} strategic objectives of {@code oo} operational objectives
   * of {@code actions} actions each.
   *
   * @param os strategic objectives per plan
   * @param oo operational objectives per strategic objective
   * @param actions actions per operational objective
   * @return the generator
   */
  public static PlanDocuments of(int os, int oo, int actions) {
    if (os < 1 || oo < 1 || actions < 1) {
      throw new IllegalArgumentException(
          "os, oo and actions must be positive: " + os + ", " + oo + ", " + actions);
    }
    return new PlanDocuments(os, oo, actions);
  }

  /**
   * The plan of a region's commune or CPAS: 5 OS × 4 OO × 5 actions = 100 actions, so 4800
   * budget lines.
   *
   * @return the generator
   */
  public static PlanDocuments regional() {
    return of(5, 4, 5);
  }

  /**
   * The large plan of the JSON benchmark: 10 OS × 10 OO × 6 actions = 600 actions and 28.800
   * budget lines, about 7 MB.
   *
   * @return the generator
   */
  public static PlanDocuments large() {
    return of(10, 10, 6);
  }

  /**
   * Plans of {@code actions} actions, for the benchmarks that grow by powers of ten: 10^2 (5 OS ×
   * 4 OO × 5 actions, a commune's plan), 10^3 (10 × 10 × 10) or 10^4 (20 × 25 × 20) actions, each
   * with 48 budget lines.
   *
   * @param actions 100, 1000 or 10000
   * @return the generator
   * @throws IllegalArgumentException for another number
   */
  public static PlanDocuments withActions(int actions) {
    switch (actions) {
      case 100:
        return regional();
      case 1000:
        return of(10, 10, 10);
      case 10000:
        return of(20, 25, 20);
      default:
        throw new IllegalArgumentException("no plan shape for " + actions + " actions");
    }
  }

  /**
   * The number of actions of each plan.
   *
   * @return {@code os × oo × actions}
   */
  public int actions() {
    return strategicObjectives * operationalPerStrategic * actionsPerOperational;
  }

  /**
   * The number of budget lines of each plan.
   *
   * @return one per action, exercice and group
   */
  public int lines() {
    return actions() * LineGenerator.EXERCICES * LineGenerator.GROUPS.size();
  }

  /**
   * The document of plan number {@code index}.
   *
   * @param index which plan of the region, from 0; odd indexes are CPAS, even ones communes
   * @param seed the seed; the same index and seed give the same bytes
   * @return the UTF-8 document
   */
  public byte[] document(int index, long seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(lines() * 160 + actions() * 1200);
    write(index, seed, out);
    return out.toByteArray();
  }

  /**
   * Writes the document of plan number {@code index}.
   *
   * @param index which plan of the region, from 0
   * @param seed the seed
   * @param out where to write the UTF-8 document; not closed
   */
  public void write(int index, long seed, OutputStream out) {
    Objects.requireNonNull(out, "out");
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("format", "be.pst/1");
      writePlan(json, index, random);
      writeBudget(json, random);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writePlan(JsonGenerator json, int index, SplittableRandom random)
      throws IOException {
    boolean cpas = index % 2 == 1;
    String commune = "Commune " + (1 + index / 2);
    json.writeObjectFieldStart("plan");
    json.writeObjectFieldStart("authority");
    json.writeStringField("kind", cpas ? "CPAS" : "COMMUNE");
    json.writeStringField("name", (cpas ? "CPAS de " : "Ville de ") + commune);
    json.writeStringField("insCode", String.valueOf(50000 + index / 2));
    json.writeEndObject();
    json.writeStringField("title", "Programme stratégique transversal 2019-2024 – " + commune);
    json.writeObjectFieldStart("legislature");
    json.writeNumberField("firstExercice", LineGenerator.FIRST_EXERCICE);
    json.writeNumberField("lastExercice",
        LineGenerator.FIRST_EXERCICE + LineGenerator.EXERCICES - 1);
    json.writeEndObject();
    json.writeStringField("adoptionDate", "2019-09-26");
    json.writeStringField("description", text(random, 60));
    json.writeArrayFieldStart("services");
    for (String service : SERVICES) {
      json.writeStartObject();
      json.writeStringField("name", service);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("strategicObjectives");
    for (int os = 1; os <= strategicObjectives; os++) {
      json.writeStartObject();
      json.writeStringField("code", "OS" + os);
      json.writeStringField("title", sentence(random, 10));
      json.writeStringField("description", text(random, 40));
      json.writeStringField("volet", VOLETS[random.nextInt(VOLETS.length)]);
      json.writeArrayFieldStart("operationalObjectives");
      for (int oo = 1; oo <= operationalPerStrategic; oo++) {
        json.writeStartObject();
        json.writeStringField("code", "OO" + os + "." + oo);
        json.writeStringField("title", sentence(random, 8));
        json.writeObjectFieldStart("schedule");
        json.writeStringField("end", "2024-12");
        json.writeEndObject();
        json.writeArrayFieldStart("actions");
        for (int a = 1; a <= actionsPerOperational; a++) {
          writeAction(json, actionCode(os, oo, a), random);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeAction(JsonGenerator json, String code, SplittableRandom random)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("code", code);
    json.writeStringField("title", sentence(random, 9));
    json.writeStringField("description", text(random, 50));
    json.writeArrayFieldStart("indicators");
    json.writeStartObject();
    json.writeStringField("name", "Nombre de bénéficiaires");
    json.writeStringField("kind", "COUNT");
    json.writeStringField("order", "RESULT");
    json.writeStringField("target", String.valueOf(10 + random.nextInt(200)));
    json.writeArrayFieldStart("measurements");
    for (int year = 2020; year <= 2023; year++) {
      json.writeStartObject();
      json.writeStringField("date", year + "-12-31");
      json.writeStringField("value", String.valueOf(random.nextInt(150)));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("schedule");
    // Most actions run over the legislature, as their budget lines do; one in eight starts
    // late and one in eight ends early, so that validation has some lines outside their
    // action's schedule to report.
    int late = random.nextInt(8) == 0 ? 1 + random.nextInt(2) : 0;
    int early = random.nextInt(8) == 0 ? 1 + random.nextInt(2) : 0;
    json.writeStringField("start", String.valueOf(LineGenerator.FIRST_EXERCICE + late));
    json.writeStringField("end", String.valueOf(
        LineGenerator.FIRST_EXERCICE + LineGenerator.EXERCICES - 1 - early));
    json.writeEndObject();
    json.writeStringField("status", STATUSES[random.nextInt(STATUSES.length)]);
    json.writeStringField("priority", PRIORITIES[random.nextInt(PRIORITIES.length)]);
    json.writeStringField("progress", String.valueOf(5 * random.nextInt(21)));
    json.writeArrayFieldStart("politicalPilots");
    json.writeStartObject();
    json.writeStringField("kind", "PERSON");
    json.writeObjectFieldStart("person");
    json.writeStringField("name", "Échevin " + (1 + random.nextInt(7)));
    json.writeStringField("role", "Échevin");
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeArrayFieldStart("administrativePilots");
    json.writeStartObject();
    json.writeStringField("kind", "PERSON");
    json.writeObjectFieldStart("person");
    json.writeStringField("initials", "AB/" + (char) ('A' + random.nextInt(26)) + "D");
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeArrayFieldStart("services");
    json.writeString(SERVICES[random.nextInt(SERVICES.length)]);
    json.writeEndArray();
    json.writeArrayFieldStart("funding");
    json.writeStartObject();
    json.writeObjectFieldStart("source");
    json.writeStringField("funder", FUNDERS[random.nextInt(FUNDERS.length)]);
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeArrayFieldStart("sdgs");
    json.writeNumber(1 + random.nextInt(8));
    json.writeNumber(9 + random.nextInt(9));
    json.writeEndArray();
    json.writeStringField("lastUpdate", "2023-0" + (1 + random.nextInt(9)) + "-15");
    json.writeStringField("budgetImpact", "YES");
    json.writeEndObject();
  }

  private void writeBudget(JsonGenerator json, SplittableRandom random) throws IOException {
    json.writeArrayFieldStart("budget");
    for (int os = 1; os <= strategicObjectives; os++) {
      for (int oo = 1; oo <= operationalPerStrategic; oo++) {
        for (int a = 1; a <= actionsPerOperational; a++) {
          String code = actionCode(os, oo, a);
          for (int year = 0; year < LineGenerator.EXERCICES; year++) {
            for (EconomicGroup group : LineGenerator.GROUPS) {
              writeLine(json, code, LineGenerator.FIRST_EXERCICE + year, group, random);
            }
          }
        }
      }
    }
    json.writeEndArray();
  }

  private static void writeLine(JsonGenerator json, String code, int exercice,
      EconomicGroup group, SplittableRandom random) throws IOException {
    json.writeStartObject();
    json.writeNumberField("exercice", exercice);
    json.writeStringField("group", group.code());
    json.writeObjectFieldStart("amount");
    long cents = 100 + random.nextLong(50_000_000L);
    json.writeStringField("amount", BigDecimal.valueOf(cents, 2).toPlainString());
    json.writeStringField("currency", "EUR");
    json.writeEndObject();
    json.writeStringField("element", code);
    int kind = random.nextInt(4);
    if (kind == 0) {
      json.writeStringField("article",
          (100 + random.nextInt(800)) + "/" + (100 + random.nextInt(800)) + "-"
              + (10 + random.nextInt(89)));
    } else if (kind == 1) {
      json.writeObjectFieldStart("funding");
      json.writeStringField("funder", FUNDERS[random.nextInt(FUNDERS.length)]);
      json.writeEndObject();
    } else if (kind == 2) {
      json.writeStringField("label", sentence(random, 3));
    }
    if (random.nextInt(10) == 0) {
      json.writeBooleanField("estimate", true);
    }
    json.writeEndObject();
  }

  /**
   * The code of an action of the generated plans.
   *
   * @param os the number of its strategic objective, from 1
   * @param oo the number of its operational objective, from 1
   * @param action its number in the operational objective, from 1
   * @return e.g. {@code "A1.2.3"}
   */
  public static String actionCode(int os, int oo, int action) {
    return "A" + os + "." + oo + "." + action;
  }

  private static String sentence(SplittableRandom random, int words) {
    String text = text(random, words);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String text(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder(words * 9);
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }
}
