package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.BudgetedPlan;
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
  void mapperReadsAndWritesPlansActionsAndBudgetLines() throws Exception {
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
  }

  @Test
  void amountsUseTheFormatShapeAndAcceptTheMonetaShape() throws Exception {
    MonetaryAmount amount = EuroAmount.of("287500.00");
    assertThat(mapper.writeValueAsString(amount))
        .isEqualTo("{\"amount\":\"287500.00\",\"currency\":\"EUR\"}");
    assertThat(mapper.readValue("{\"amount\": 287500.00, \"currency\": \"EUR\"}", MonetaryAmount.class))
        .isEqualTo(amount);
    assertThat(mapper.readValue("{\"amount\": \"12.5\", \"currency\": \"EUR\"}", Money.class))
        .isEqualTo(Money.from(EuroAmount.of("12.50")));
    assertThat(mapper.readValue("{\"amount\": \"12.5\", \"currency\": \"EUR\"}", EuroAmount.class))
        .isEqualTo(EuroAmount.of("12.50"))
        .hasToString("12,50 €");
    assertThat(mapper.writeValueAsString(EuroAmount.of("-984700")))
        .isEqualTo("{\"amount\":\"-984700.00\",\"currency\":\"EUR\"}");
  }

  /** An ERP's own value, holding our types. */
  public static final class ErpRecord {
    public String id;
    public List<Action> actions;
    public Map<String, MonetaryAmount> totals;
  }

  @Test
  void erpValuesHoldingOurTypesRoundTrip() throws Exception {
    ErpRecord record = new ErpRecord();
    record.id = "42";
    record.actions = SamplePlans.small().plan().actions();
    record.totals = Map.of("2020", EuroAmount.of("133000.00"));
    ErpRecord back = mapper.readValue(mapper.writeValueAsString(record), ErpRecord.class);
    assertThat(back.actions).isEqualTo(record.actions);
    assertThat(back.totals).isEqualTo(record.totals);
  }

  @Test
  void problemsAreMappingExceptionsCarryingTheFormatException() {
    String json = "[{\"code\": \"A1\", \"title\": \"Créer\", \"status\": \"DONE\"}]";
    JsonMappingException e =
        catchThrowableOfType(
            JsonMappingException.class,
            () -> mapper.readValue(json, new TypeReference<List<Action>>() {}));
    assertThat(e.getCause()).isInstanceOf(PstFormatException.class);
    PstFormatException cause = (PstFormatException) e.getCause();
    assertThat(cause.pointer()).isEqualTo("/0/status");
    assertThat(cause.problem()).contains("expected one of").contains("\"DONE\"");
    assertThat(cause.source()).isEqualTo("<ObjectMapper>");
  }

  @Test
  void planReadThroughTheMapperChecksItsReferences() {
    String json =
        PstJson.toJson(SamplePlans.small().plan())
            .replace("\"axis\": \"AX1\"", "\"axis\": \"AX7\"");
    String planJson = json.substring(json.indexOf("\"plan\": ") + 8, json.lastIndexOf('}'));
    JsonMappingException e =
        catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(planJson, Plan.class));
    assertThat(e.getCause()).isInstanceOf(PstFormatException.class);
    assertThat(((PstFormatException) e.getCause()).problem()).contains("dangling reference");
  }

  @Test
  void moduleIsAJacksonModuleWithAStableName() {
    Module module = PstJson.module();
    assertThat(module).isInstanceOf(PstModule.class);
    assertThat(module.getModuleName()).isEqualTo("be.pst.io.json.PstModule");
  }
}
