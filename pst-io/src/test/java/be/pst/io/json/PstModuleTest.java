package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.plan.Plan;
import be.pst.core.schedule.PartialDate;
import be.pst.io.PstFormatException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.zalando.jackson.datatype.money.MoneyModule;

class PstModuleTest {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(PstJson.module());

  @Test
  void mapperWritesAndReadsBudgetedPlansAsDocuments() throws Exception {
    BudgetedPlan plan = SamplePlans.small();
    String json = mapper.writeValueAsString(plan);
    assertThat(PstJson.parse(json)).isEqualTo(plan);
    assertThat(mapper.readValue(PstJson.toJson(plan), BudgetedPlan.class)).isEqualTo(plan);
  }

  @Test
  void prettyPrintingMapperWritesTheSameTreeAsTheWriter() throws Exception {
    BudgetedPlan plan = SamplePlans.small();
    String json = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(plan);
    assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(PstJson.toJson(plan)));
  }

  @Test
  void mapperReadsAndWritesPlansActionsBudgetLinesAndEuroAmounts() throws Exception {
    BudgetedPlan small = SamplePlans.small();
    Plan plan = small.plan();
    assertThat(mapper.readValue(mapper.writeValueAsString(plan), Plan.class)).isEqualTo(plan);
    Action action = plan.actions().get(0);
    assertThat(mapper.readValue(mapper.writeValueAsString(action), Action.class))
        .isEqualTo(action);
    BudgetLine line = small.lines().get(0);
    assertThat(mapper.readValue(mapper.writeValueAsString(line), BudgetLine.class))
        .isEqualTo(line);
    PartialDate date = PartialDate.parse("2020-06");
    assertThat(mapper.writeValueAsString(date)).isEqualTo("\"2020-06\"");
    assertThat(mapper.readValue("\"2020-06\"", PartialDate.class)).isEqualTo(date);
    assertThat(mapper.writeValueAsString(EuroAmount.of("-984700")))
        .isEqualTo("{\"amount\":\"-984700.00\",\"currency\":\"EUR\"}");
    assertThat(mapper.readValue("{\"amount\": \"12.5\", \"currency\": \"EUR\"}", EuroAmount.class))
        .isEqualTo(EuroAmount.of("12.50"));
  }

  /** An ERP's own value: pst types next to the host's own money. */
  public static final class ErpRecord {
    public String id;
    public List<Action> actions;
    public MonetaryAmount dollars;
    public Map<String, EuroAmount> totals;
    public BudgetLine line;
  }

  private static ErpRecord record() {
    ErpRecord record = new ErpRecord();
    record.id = "42";
    record.actions = SamplePlans.small().plan().actions();
    record.dollars = Money.of(1250, "USD");
    record.totals = Map.of("2020", EuroAmount.of("133000.00"));
    record.line = SamplePlans.small().lines().get(0);
    return record;
  }

  @Test
  void theHostsMoneyIsLeftToTheHostsMoneyModuleInEitherRegistrationOrder() throws Exception {
    for (ObjectMapper host : List.of(
        new ObjectMapper().registerModule(new MoneyModule()).registerModule(PstJson.module()),
        new ObjectMapper().registerModule(PstJson.module()).registerModule(new MoneyModule()))) {
      ErpRecord record = record();
      String json = host.writeValueAsString(record);
      ErpRecord back = host.readValue(json, ErpRecord.class);

      assertThat(back.dollars.isEqualTo(Money.of(1250, "USD"))).isTrue();
      assertThat(back.actions).isEqualTo(record.actions);
      assertThat(back.totals).isEqualTo(record.totals);
      assertThat(back.line).isEqualTo(record.line);
      assertThat(host.readTree(json).path("line").path("amount").path("amount").isTextual())
          .as("an amount inside a pst type keeps pst's shape").isTrue();
      BudgetedPlan plan = SamplePlans.small();
      assertThat(host.readValue(host.writeValueAsString(plan), BudgetedPlan.class))
          .isEqualTo(plan);
    }
  }

  @Test
  void moduleRegistersSerializersForPstsOwnTypesOnly() throws Exception {
    ObjectMapper alone = new ObjectMapper().registerModule(PstJson.module());
    assertThat(alone.getSerializerProviderInstance().findValueSerializer(MonetaryAmount.class,
        null).getClass().getName()).doesNotContain("be.pst");
  }

  @Test
  void everyContentProblemIsAMappingExceptionCarryingTheFormatException() {
    String json = "[{\"code\": \"A1\", \"title\": \"Créer\", \"status\": \"DONE\"}]";
    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> mapper.readValue(json, new TypeReference<List<Action>>() {}));
    PstFormatException cause = (PstFormatException) e.getCause();
    assertThat(cause.pointer()).isEqualTo("/0/status");
    assertThat(cause.problem()).contains("expected one of").contains("\"DONE\"");
    assertThat(cause.source()).isEqualTo("<ObjectMapper>");
    assertThat(cause.line()).isEqualTo(1);
    assertThat(cause.column()).isPositive();
  }

  @Test
  void syntaxErrorsBoundsAndTrailingTokensAreTheSameExceptionType() {
    String document = PstJson.toJson(SamplePlans.small());
    for (String bad : List.of(
        document.substring(0, 200),
        document + " {}",
        document.replace("\"title\": \"Programme", "\"title\": \"" + "x".repeat(1_000_001)),
        "[".repeat(150) + "]".repeat(150),
        "null")) {
      JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
          () -> mapper.readValue(bad, BudgetedPlan.class));
      assertThat(e).as(bad.length() > 80 ? bad.substring(0, 80) : bad).isNotNull();
      assertThat(e.getCause()).isInstanceOf(PstFormatException.class);
    }
  }

  @Test
  void aNullFieldOfAHostRecordStaysNull() throws Exception {
    ErpRecord back = mapper.readValue("{\"id\": \"1\", \"actions\": null}", ErpRecord.class);
    assertThat(back.actions).isNull();
  }

  @Test
  void wellFormedButDirtyPlansAreReadValidationReportsThem() throws Exception {
    String json = PstJson.toJson(SamplePlans.small().plan());
    String planJson = json.substring(json.indexOf("\"plan\": ") + 8, json.lastIndexOf('}'))
        .replace("\"axis\": \"AX1\"", "\"axis\": \"AX7\"");
    Plan plan = mapper.readValue(planJson, Plan.class);
    assertThat(plan.strategicObjectives().get(0).axisCode()).hasValue("AX7");
  }

  @Test
  void moduleHasAStableNameAndTheVersionOfTheBuild() {
    Module module = PstJson.module();
    assertThat(module).isInstanceOf(PstModule.class);
    assertThat(module.getModuleName()).isEqualTo("be.pst.io.json.PstModule");
    assertThat(module.version().getGroupId()).isEqualTo("be.pst");
    assertThat(module.version().getArtifactId()).isEqualTo("pst-io");
    assertThat(module.version().toString()).isEqualTo("0.1.0-SNAPSHOT");
  }
}
