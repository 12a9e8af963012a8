package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.indicator.Indicator;
import be.pst.core.indicator.IndicatorKind;
import be.pst.core.indicator.IndicatorValue;
import be.pst.core.indicator.Measurement;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Organisation;
import be.pst.core.plan.OrganisationKind;
import be.pst.core.plan.Plan;
import be.pst.io.PstFormatException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PstJsonReaderTest {

  private static final String ACTION_POINTER =
      "/plan/strategicObjectives/0/operationalObjectives/0/actions/0";

  private static String golden() {
    return PstJson.toJson(SamplePlans.small());
  }

  @Test
  void streamIsReadButNotClosedAndNamedStream() throws Exception {
    boolean[] closed = {false};
    InputStream in =
        new FilterInputStream(new ByteArrayInputStream(golden().getBytes(StandardCharsets.UTF_8))) {
          @Override
          public void close() throws IOException {
            closed[0] = true;
            super.close();
          }
        };
    assertThat(PstJson.read(in)).isEqualTo(SamplePlans.small());
    assertThat(closed[0]).isFalse();

    PstFormatException e =
        catchThrowableOfType(
            PstFormatException.class,
            () -> PstJson.read(new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8))));
    assertThat(e.source()).isEqualTo("<stream>");
  }

  @Test
  void utf16DocumentsAreDetected() throws Exception {
    byte[] utf16 = golden().getBytes(StandardCharsets.UTF_16);
    assertThat(PstJson.read(new ByteArrayInputStream(utf16))).isEqualTo(SamplePlans.small());
  }

  @Test
  void invalidUtf8IsAFormatProblemWithItsPlace() {
    byte[] bytes = golden().replace("1.0", "1.0#").getBytes(StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('#');
    bytes[at] = (byte) 0xFF;
    PstFormatException e =
        catchThrowableOfType(
            PstFormatException.class, () -> PstJson.read(new ByteArrayInputStream(bytes)));
    assertThat(e.problem()).contains("Invalid UTF-8");
    assertThat(e.line()).isEqualTo(15);
  }

  @Test
  void missingFileIsAnIoExceptionNotAFormatProblem(@TempDir Path dir) {
    assertThatThrownBy(() -> PstJson.read(dir.resolve("absent.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void membersMayComeInAnyOrder() throws Exception {
    String reordered =
        "{\"budget\": [], \"plan\": {\"strategicObjectives\": [{\"operationalObjectives\": [],"
            + " \"title\": \"Être\", \"code\": \"OS1\"}], \"legislature\": {\"lastExercice\": 2024,"
            + " \"firstExercice\": 2019}, \"title\": \"PST\", \"authority\": {\"insCode\": \"25121\","
            + " \"name\": \"CPAS\", \"kind\": \"CPAS\"}}, \"format\": \"be.pst/1\"}";
    BudgetedPlan plan = PstJson.parse(reordered);
    assertThat(plan.plan().strategicObjectives().get(0).code()).isEqualTo("OS1");
    assertThat(PstJson.parse(PstJson.toJson(plan))).isEqualTo(plan);
  }

  @Test
  void indicatorValuesBeforeTheKindAreReadByTheKind() throws Exception {
    String json =
        golden()
            .replace(
                "\"name\": \"Taux de sortie vers l'emploi\",\n            \"kind\": \"RATIO\",",
                "\"baseline\": 12.5,\n            \"name\": \"Taux de sortie vers l'emploi\",")
            .replace("\"baseline\": \"12\",", "\"kind\": \"RATIO\",")
            .replace(
                "\"name\": \"Cellule créée\",\n                    \"kind\": \"DONE\",",
                "\"name\": \"Cellule créée\",")
            .replace("\"target\": true,", "\"target\": true, \"kind\": \"DONE\",");
    BudgetedPlan plan = PstJson.parse(json);
    Indicator ratio = plan.plan().strategicObjectives().get(0).indicators().get(0);
    assertThat(ratio.baseline()).contains(IndicatorValue.ratio(new BigDecimal("12.5")));
    Indicator done = plan.plan().actions().get(0).indicators().get(0);
    assertThat(done.target()).contains(IndicatorValue.done(true));
    assertThat(done.measurements()).extracting(Measurement::value)
        .containsExactly(IndicatorValue.done(true));
  }

  @Test
  void valuesReadBeforeTheKindAreCheckedAtTheirOwnPlace() {
    String kindAfter =
        golden()
            .replace(
                "\"name\": \"Taux de sortie vers l'emploi\",\n            \"kind\": \"RATIO\",",
                "\"name\": \"Taux de sortie vers l'emploi\",");
    PstFormatException huge =
        catchThrowableOfType(
            PstFormatException.class,
            () ->
                PstJson.parse(
                    kindAfter.replace(
                        "\"baseline\": \"12\",", "\"baseline\": \"1e999999999\", \"kind\": \"RATIO\",")));
    assertThat(huge.pointer()).isEqualTo("/plan/strategicObjectives/0/indicators/0/baseline");
    assertThat(huge.problem()).contains("decimal out of range");
    assertThat(huge.line()).isEqualTo(50);

    PstFormatException notDone =
        catchThrowableOfType(
            PstFormatException.class,
            () ->
                PstJson.parse(
                    kindAfter
                        .replace("\"target\": \"20\",", "")
                        .replace(
                            "\"baseline\": \"12\",", "\"baseline\": \"12\", \"kind\": \"DONE\",")));
    assertThat(notDone.pointer()).isEqualTo("/plan/strategicObjectives/0/indicators/0/baseline");
    assertThat(notDone.problem()).contains("expected a value of kind DONE");
  }

  @Test
  void valueOfAnotherKindThanItsIndicatorRoundTripsTagged() throws Exception {
    Indicator odd =
        Indicator.builder()
            .name("Nombre d'ateliers")
            .kind(IndicatorKind.COUNT)
            .target(IndicatorValue.done(true))
            .baseline(IndicatorValue.text("aucun"))
            .addMeasurements(Measurement.of(LocalDate.of(2021, 1, 1), IndicatorValue.count(3)))
            .build();
    BudgetedPlan plan = withFirstAction(a -> a.withIndicators(List.of(odd)));
    String json = PstJson.toJson(plan);
    assertThat(json).contains("\"target\": {\n").contains("\"kind\": \"DONE\",");
    assertThat(PstJson.parse(json)).isEqualTo(plan);
  }

  @Test
  void organisationOfTheOtherKindKeepsItsKind() throws Exception {
    Plan plan = SamplePlans.small().plan();
    Plan odd =
        Plan.builder()
            .authority(plan.authority())
            .title(plan.title())
            .legislature(plan.legislature())
            .addServices(Organisation.partner("Commune"))
            .addPartners(
                Organisation.builder().name("SPW").kind(OrganisationKind.PARTNER).build())
            .build();
    String json = PstJson.toJson(odd);
    assertThat(json).contains("\"kind\": \"PARTNER\"");
    assertThat(PstJson.parse(json).plan()).isEqualTo(odd);
  }

  @Test
  void decimalsKeepTheirScaleIncludingNegativeOnes() throws Exception {
    BudgetedPlan plan = withFirstAction(a -> a.withProgress(new BigDecimal("1E+2")));
    String json = PstJson.toJson(plan);
    assertThat(json).contains("\"progress\": \"1E+2\"");
    assertThat(PstJson.parse(json)).isEqualTo(plan);
    BudgetedPlan scaled = withFirstAction(a -> a.withProgress(new BigDecimal("25.50")));
    assertThat(PstJson.toJson(scaled)).contains("\"progress\": \"25.50\"");
    assertThat(PstJson.parse(PstJson.toJson(scaled))).isEqualTo(scaled);
  }

  @Test
  void progressMayBeAJsonNumber() throws Exception {
    BudgetedPlan plan = PstJson.parse(golden().replace("\"progress\": \"25\"", "\"progress\": 25"));
    assertThat(plan.plan().actions().get(0).progress()).contains(new BigDecimal("25"));
  }

  @Test
  void documentLongerThanTheConstraintIsRefused() throws IOException {
    PstJsonReader reader =
        PstJson.reader()
            .withConstraints(StreamReadConstraints.builder().maxDocumentLength(1000).build());
    PstFormatException e =
        catchThrowableOfType(PstFormatException.class, () -> reader.parse(golden()));
    assertThat(e.problem()).containsIgnoringCase("document length").contains("1000");

    StringBuilder big = new StringBuilder(golden());
    big.insert(big.indexOf("\"version\""), "\"description\": \"" + "x".repeat(20_000) + "\",\n");
    PstFormatException fromStream =
        catchThrowableOfType(
            PstFormatException.class,
            () -> reader.read(new ByteArrayInputStream(big.toString().getBytes(StandardCharsets.UTF_8))));
    assertThat(fromStream.problem()).containsIgnoringCase("document length");
  }

  @Test
  void stringLongerThanTheConstraintIsRefused() {
    PstJsonReader reader =
        PstJson.reader()
            .withConstraints(StreamReadConstraints.builder().maxStringLength(20).build());
    PstFormatException e =
        catchThrowableOfType(PstFormatException.class, () -> reader.parse(golden()));
    assertThat(e.problem()).contains("String value length").contains("20");
    assertThat(e.pointer()).isEqualTo("/plan/authority/name");
  }

  @Test
  void numberLongerThanTheConstraintIsRefused() {
    String json = "{\"format\": \"be.pst/1\", \"budget\": [{\"exercice\": 2" + "0".repeat(200) + "}]}";
    PstFormatException e = catchThrowableOfType(PstFormatException.class, () -> PstJson.parse(json));
    assertThat(e.problem()).contains("Number value length");
    assertThat(e.pointer()).isEqualTo("/budget/0/exercice");
  }

  @Test
  void defaultConstraintsBoundDepthNumbersStringsAndDocuments() {
    StreamReadConstraints constraints = PstJson.reader().constraints();
    assertThat(constraints.getMaxNestingDepth()).isEqualTo(100);
    assertThat(constraints.getMaxNumberLength()).isEqualTo(100);
    assertThat(constraints.getMaxStringLength()).isEqualTo(1_000_000);
    assertThat(constraints.getMaxDocumentLength()).isEqualTo(256L * 1024 * 1024);
  }

  @Test
  void lenientReaderWarnsOfUnknownMembersNullsAndMissingStructure() throws Exception {
    String json =
        golden()
            .replace("\"version\": \"1.0\",", "\"version\": null, \"colour\": [1, {\"a\": 2}],")
            .replace(
                ",\n            \"actions\": []\n", "\n")
            .replace("\"context\":", "\"mood\": \"good\", \"context\":");
    PstJsonResult result = PstJson.reader().lenient().parse(json);

    assertThat(result.warnings())
        .extracting(PstJsonWarning::pointer)
        .containsExactly(
            "/plan/version",
            "/plan/colour",
            ACTION_POINTER + "/mood",
            "/plan/strategicObjectives/0/operationalObjectives/1");
    assertThat(result.warnings().get(1).message()).contains("unknown member \"colour\"");
    assertThat(result.warnings().get(3).message()).contains("\"actions\"").contains("empty");
    assertThat(result.warnings().get(1).line()).isEqualTo(15);
    assertThat(result.plan().plan().version()).isEmpty();
    assertThat(result.plan().plan().operationalObjectives().get(1).actions()).isEmpty();

    assertThat(catchThrowableOfType(PstFormatException.class, () -> PstJson.parse(json)))
        .isNotNull();
  }

  @Test
  void lenientReaderStillRefusesWrongTypesButReadsDanglingReferences() throws Exception {
    PstJsonReader lenient = PstJson.reader().lenient();
    assertThatThrownBy(() -> lenient.parse(golden().replace("\"title\": \"Programme", "\"title\": 1, \"x\": \"")))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("expected a string, found a number");
    assertThat(lenient.parse(golden().replace("\"axis\": \"AX1\"", "\"axis\": \"AX2\"")).plan()
        .plan().strategicObjectives().get(0).axisCode()).hasValue("AX2");
  }

  @Test
  void strictReaderReturnsNoWarnings() throws Exception {
    PstJsonResult result = PstJson.reader().parse(golden());
    assertThat(result.warnings()).isEmpty();
    assertThat(result.plan()).isEqualTo(SamplePlans.small());
    assertThat(PstJson.reader().isLenient()).isFalse();
    assertThat(PstJson.reader().lenient().isLenient()).isTrue();
    assertThat(PstJson.reader().lenient().strict().isLenient()).isFalse();
  }

  @Test
  void subActionsAndTheirCodesAreRead() throws Exception {
    BudgetedPlan plan =
        withFirstAction(a -> a.withSubActions(List.of(Action.of("A1.1", "Sous-action"))));
    BudgetedPlan back = PstJson.parse(PstJson.toJson(plan));
    assertThat(back).isEqualTo(plan);
    assertThat(back.plan().actions()).extracting(Action::code).contains("A1.1");

    BudgetedPlan duplicate =
        withFirstAction(a -> a.withSubActions(List.of(Action.of("OS1", "Sous-action"))));
    // a duplicate code is well-formed: it is read as is, and validation reports it
    assertThat(PstJson.parse(PstJson.toJson(duplicate))).isEqualTo(duplicate);
  }

  /** The small plan with its first action changed. */
  static BudgetedPlan withFirstAction(java.util.function.UnaryOperator<Action> change) {
    BudgetedPlan small = SamplePlans.small();
    StrategicObjective os = small.plan().strategicObjectives().get(0);
    OperationalObjective oo = os.operationalObjectives().get(0);
    OperationalObjective changedOo =
        oo.withActions(List.of(change.apply(oo.actions().get(0))));
    StrategicObjective changedOs =
        os.withOperationalObjectives(
            List.of(changedOo, os.operationalObjectives().get(1)));
    return small.withPlan(withStrategicObjectives(small.plan(), changedOs));
  }

  private static Plan withStrategicObjectives(Plan plan, StrategicObjective objective) {
    return Plan.builder()
        .authority(plan.authority())
        .title(plan.title())
        .legislature(plan.legislature())
        .adoptionDate(plan.adoptionDate())
        .version(plan.version())
        .addAllAxes(plan.axes())
        .addAllPoliticalObjectives(plan.politicalObjectives())
        .addAllServices(plan.services())
        .addAllPartners(plan.partners())
        .addStrategicObjectives(objective)
        .addAllProjects(plan.projects())
        .build();
  }
}
