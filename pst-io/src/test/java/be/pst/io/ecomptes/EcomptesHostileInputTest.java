package be.pst.io.ecomptes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.validation.Rule;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Hand-made hostile eComptes documents, each once slow, crashing or silently wrong: every one is
 * now read (or refused with a {@link PstFormatException} at its element) within a time bound,
 * without recursion on its size. Each starts from the export of a small plan
 * ({@link OttigniesPlans}) with one element replaced.
 */
class EcomptesHostileInputTest {

  /**
   * CPU time of the reading thread, generous for documents of one to six megabytes: what the
   * reader costs, which other builds competing for this two-core machine do not inflate.
   */
  private static final Duration BOUND = Duration.ofSeconds(3);

  /** Wall-clock time after which a reader that never ends is stopped. */
  private static final Duration HANG = Duration.ofSeconds(60);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final EcomptesOptions STRICT = EcomptesOptions.builder().lenient(false).build();
  private static final EcomptesOptions LENIENT = EcomptesOptions.defaults();

  private static final String BASE = EcomptesXml.toXml(OttigniesPlans.budgeted());

  /** The export with the first match of {@code regex} replaced by {@code replacement}. */
  private static String replaceFirst(String regex, String replacement) {
    Matcher m = Pattern.compile(regex).matcher(BASE);
    assertThat(m.find()).as("the export has %s", regex).isTrue();
    return BASE.substring(0, m.start()) + replacement + BASE.substring(m.end());
  }

  /** The export with the label of action OS1-OP1-A1 replaced by {@code label}. */
  private static String withA1Label(String label) {
    return replaceFirst("(?<=<Action ElementId=\"OS1-OP1-A1\" Exercice=\"2019\">\\s{0,40}"
        + "<Libelle>)[^<]*", Matcher.quoteReplacement(label));
  }

  private static EcomptesImport read(String xml, EcomptesOptions options)
      throws PstFormatException {
    return EcomptesXml.parse(xml, options);
  }

  /**
   * Runs {@code work}, failing it if it costs more than {@link #BOUND} of CPU time (even when it
   * throws) or never ends.
   */
  private static <T> T within(ThrowingSupplier<T> work) {
    return assertTimeoutPreemptively(HANG, () -> {
      long start = THREADS.getCurrentThreadCpuTime();
      try {
        return work.get();
      } finally {
        long used = THREADS.getCurrentThreadCpuTime() - start;
        if (used > BOUND.toNanos()) {
          throw new AssertionError("took " + used / 1_000_000 + " ms of CPU time, more than "
              + BOUND.toMillis() + " ms");
        }
      }
    });
  }

  private static Action action(BudgetedPlan plan, String code) {
    return plan.plan().actions().stream().filter(a -> a.code().equals(code)).findFirst()
        .orElseThrow();
  }

  @Test
  void labelRepeatingACodePrefixFiveHundredTimesIsReadWithoutOverflowingTheStack() {
    String label = "A1-".repeat(500);
    EcomptesImport in = within(() -> read(withA1Label(label), LENIENT));
    assertThat(action(in.budgetedPlan(), "OS1-OP1-A1").title()).isEqualTo(label);
    assertThat(in.warnings()).filteredOn(i -> i.kind().equals(Optional.of(
        EcomptesWarning.LONG_LABEL))).singleElement()
        .satisfies(i -> assertThat(i.message()).startsWith("1 labels longer than 255"));
    assertThatThrownBy(() -> within(() -> read(withA1Label(label), STRICT)))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("maxLength")
        .satisfies(e -> assertThat(((PstFormatException) e).pointer()).endsWith("/Libelle"))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1_500));
    String prefixes = "A.1 - ".repeat(5_000) + "titre";
    EcomptesImport chain = within(() -> read(withA1Label(prefixes), LENIENT));
    assertThat(chain.plan().actions()).extracting(Action::title).contains("titre");
  }

  @Test
  void hundredThousandEmptyActionSiblingsAreRefusedInLinearTime() {
    String xml = replaceFirst("<Actions>", "<Actions>" + "<Action/>".repeat(100_000));
    assertThat(xml.length()).isGreaterThan(900_000);
    assertThatThrownBy(() -> within(() -> read(xml, LENIENT)))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("/Actions/Action[1]: missing Action/Libelle");
    assertThatThrownBy(() -> within(() -> read(xml, STRICT)))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("not valid against the eComptes schema")
        .satisfies(e -> assertThat(((PstFormatException) e).pointer())
            .endsWith("/Actions/Action[1]"));
    List<EcomptesIssue> issues = within(() -> EcomptesXml.validate(xml));
    assertThat(issues).hasSize(EcomptesSchema.MAX_ISSUES + 1);
    assertThat(issues.get(EcomptesSchema.MAX_ISSUES).message())
        .isEqualTo("more than 1000 schema violations: validation stopped here");
  }

  @Test
  void labelOfTwoHundredThousandCharacterReferencesIsReadInLinearTime() {
    String xml = withA1Label("&#233;".repeat(200_000));
    EcomptesImport in = within(() -> read(xml, LENIENT));
    assertThat(action(in.budgetedPlan(), "OS1-OP1-A1").title()).isEqualTo("é".repeat(200_000));
    assertThatThrownBy(() -> within(() -> read(xml, STRICT)))
        .isInstanceOf(PstFormatException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1_500));
    assertThat(within(() -> EcomptesXml.validate(xml))).isNotEmpty();
  }

  @Test
  void amountOfAMillionDigitsIsRefusedBeforeItIsConverted() {
    String xml = replaceFirst("(?<=<Montant>)[^<]*", "9".repeat(1_000_000));
    for (EcomptesOptions options : List.of(STRICT, LENIENT)) {
      assertThatThrownBy(() -> within(() -> read(xml, options)))
          .isInstanceOf(PstFormatException.class)
          .hasMessageContaining("is out of range (at most ±92233720368547758.07)")
          .satisfies(e -> assertThat(((PstFormatException) e).pointer()).endsWith("/Montant"));
    }
    String decimals = replaceFirst("(?<=<Montant>)[^<]*", "1." + "0".repeat(999_990) + "1");
    assertThatThrownBy(() -> within(() -> read(decimals, LENIENT)))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("has a fraction of a cent");
  }

  @Test
  void projectionCellsAtTheEdgeOfTheRangeAreReadAsLinesAndWrittenBackWithoutSumming()
      throws PstFormatException {
    String twoMontants = "<Exercices><Exercice Valeur=\"2031\"><Montant>92233720368547758.07"
        + "</Montant></Exercice><Exercice Valeur=\"2031\"><Montant>0.01</Montant></Exercice>";
    String xml = replaceFirst("<Exercices>", twoMontants);
    for (EcomptesOptions options : List.of(STRICT, LENIENT)) {
      BudgetedPlan plan = within(() -> read(xml, options)).budgetedPlan();
      assertThat(plan.lines()).filteredOn(l -> l.exercice() == 2031)
          .extracting(l -> l.amount().cents())
          .containsExactly(Long.MAX_VALUE, 1L);
      String again = EcomptesXml.toXml(plan);
      assertThat(EcomptesXml.validate(again)).isEmpty();
      assertThat(again).contains("<Montant>92233720368547758.07</Montant>");
    }
    String negative = replaceFirst("<Exercices>", "<Exercices><Exercice Valeur=\"2031\">"
        + "<Montant>-92233720368547758.08</Montant></Exercice>");
    assertThatThrownBy(() -> read(negative, LENIENT))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("out of range");
  }

  @Test
  void exerciceThatIsNotAFourDigitYearIsAFormatErrorAtItsElement() {
    for (String year : List.of("5", "99999", "-2020", "2020.5", "9".repeat(50))) {
      String xml = replaceFirst("(?<=<Exercice Valeur=\")\\d+", year);
      assertThatThrownBy(() -> read(xml, LENIENT))
          .as(year)
          .isInstanceOf(PstFormatException.class)
          .satisfies(e -> {
            PstFormatException f = (PstFormatException) e;
            assertThat(f.pointer()).endsWith("/Exercices/Exercice[1]");
            assertThat(f.line()).isPositive();
            assertThat(f.column()).isPositive();
          });
    }
    assertThatThrownBy(() -> read(replaceFirst("(?<=<Exercice Valeur=\")\\d+", "5"), LENIENT))
        .hasMessageContaining("expected an exercice (a four-digit year), found '5'");
  }

  @Test
  void planTitleOfMoreThan255CharactersWithAnEmojiIsWrittenValidAndValidatedInCodePoints()
      throws PstFormatException {
    BudgetedPlan plan = OttigniesPlans.budgeted();
    String title = "\uD83D\uDE00" + "x".repeat(300);
    String xml = EcomptesXml.toXml(BudgetedPlan.of(plan.plan().withTitle(title), plan.lines()));
    assertThat(EcomptesXml.validate(xml)).isEmpty();
    String written = read(xml, STRICT).plan().title();
    assertThat(written.codePointCount(0, written.length())).isEqualTo(255);
    assertThat(written).startsWith("\uD83D\uDE00xxx").endsWith("x\u2026");

    String emoji255 = "\uD83D\uDE00".repeat(255);
    assertThat(EcomptesXml.validate(withA1Label(emoji255))).isEmpty();
    assertThat(EcomptesXml.validate(withA1Label(emoji255 + "x")))
        .anySatisfy(i -> assertThat(i.message()).contains("maxLength"));
  }

  @Test
  void importWithDuplicateCodesIsReadAndLeftToTheValidator() throws PstFormatException {
    Matcher a5 = Pattern.compile("<Action ElementId=\"OS1-OP1-A5\".*?</Action>", Pattern.DOTALL)
        .matcher(BASE);
    assertThat(a5.find()).isTrue();
    String xml = BASE.substring(0, a5.end()) + a5.group() + BASE.substring(a5.end());
    for (EcomptesOptions options : List.of(STRICT, LENIENT)) {
      BudgetedPlan plan = read(xml, options).budgetedPlan();
      assertThat(plan.plan().actions()).filteredOn(a -> a.code().equals("OS1-OP1-A5"))
          .hasSize(2);
      assertThat(plan.validate().issues(Rule.DUPLICATE_CODE)).isNotEmpty();
      assertThat(within(() -> PstJson.parse(PstJson.toJson(plan)))).isEqualTo(plan);
    }
  }

  /** The export with the description of action OS1-OP1-A5 replaced by {@code text}. */
  private static String withA5Description(String text) {
    Matcher a5 = Pattern.compile("<Action ElementId=\"OS1-OP1-A5\".*?</Action>", Pattern.DOTALL)
        .matcher(BASE);
    assertThat(a5.find()).isTrue();
    String action = a5.group().replaceFirst(
        "(<Description>\\s*<Mode>TEXTE</Mode>\\s*<Valeur>)[^<]*", "$1" + text);
    return BASE.substring(0, a5.start()) + action + BASE.substring(a5.end());
  }

  @Test
  void importWithAMillionCharacterTextSavesAsJsonAndReadsBack() throws PstFormatException {
    String description = "d".repeat(SecureXml.MAX_TEXT_CHARS);
    String xml = withA5Description(description);
    BudgetedPlan plan = within(() -> read(xml, STRICT)).budgetedPlan();
    assertThat(action(plan, "OS1-OP1-A5").description()).contains(description);
    assertThat(within(() -> PstJson.parse(PstJson.toJson(plan)))).isEqualTo(plan);

    String tooLong = withA5Description(description + "d");
    assertThatThrownBy(() -> read(tooLong, LENIENT))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("text longer than 1000000 characters");
    String names = replaceFirst("(?<=<Nom>)[^<]*", "N".repeat(600_000))
        .replaceFirst("(?<=<Prenom>)[^<]*", "p".repeat(600_000));
    BudgetedPlan named = within(() -> read(names, LENIENT)).budgetedPlan();
    assertThat(named.plan().actions()).anySatisfy(a -> assertThat(a.administrativePilots())
        .flatExtracting(p -> List.of(p.person().orElseThrow().lastName().orElse(""),
            p.person().orElseThrow().firstName().orElse("")))
        .containsExactly("N".repeat(600_000), "p".repeat(600_000)));
    assertThat(within(() -> PstJson.parse(PstJson.toJson(named)))).isEqualTo(named);
  }

  @Test
  void chainOfTenThousandSubActionsIsBoundedWithoutRecursion() {
    StringBuilder chain = new StringBuilder("<Actions>");
    for (int i = 1; i <= 10_000; i++) {
      chain.append("<Action ElementId=\"X").append(i).append("\" Exercice=\"2019\"><Libelle>")
          .append(i == 1 ? "" : "X" + (i - 1) + " - ").append('X').append(i)
          .append(" - étape</Libelle></Action>");
    }
    String xml = replaceFirst("<Actions>", chain.toString());
    EcomptesImport in = within(() -> read(xml, LENIENT));
    assertThat(in.warnings()).filteredOn(i -> i.kind().equals(Optional.of(
        EcomptesWarning.SUB_ACTION_DEPTH))).singleElement()
        .satisfies(i -> assertThat(i.count()).isGreaterThan(500))
        .satisfies(i -> assertThat(i.examples()).hasSize(EcomptesIssue.MAX_EXAMPLES));
    int deepest = 0;
    for (Action top : in.plan().strategicObjectives().get(0).operationalObjectives().get(0)
        .actions()) {
      int depth = 0;
      for (Action a = top; !a.subActions().isEmpty(); a = a.subActions().get(0)) {
        depth++;
      }
      deepest = Math.max(deepest, depth);
    }
    assertThat(deepest).isEqualTo(EcomptesReader.MAX_SUB_ACTION_DEPTH);
    BudgetedPlan plan = in.budgetedPlan();
    assertThat(within(() -> PstJson.parse(PstJson.toJson(plan)))).isEqualTo(plan);
  }

  @Test
  void subActionsNestedDeeperThanTheLimitAreRefusedWhenStrict() {
    Matcher a5 = Pattern.compile("<Action ElementId=\"OS1-OP1-A5\".*?</Action>", Pattern.DOTALL)
        .matcher(BASE);
    assertThat(a5.find()).isTrue();
    StringBuilder chain = new StringBuilder();
    for (int i = 1; i <= EcomptesReader.MAX_SUB_ACTION_DEPTH + 2; i++) {
      String label = (i == 1 ? "" : "Y" + (i - 1) + " - ") + "Y" + i + " - étape";
      chain.append(a5.group().replace("ElementId=\"OS1-OP1-A5\"", "ElementId=\"Y" + i + "\"")
          .replaceFirst("<Libelle>[^<]*", Matcher.quoteReplacement("<Libelle>" + label)));
    }
    String xml = BASE.substring(0, a5.end()) + chain + BASE.substring(a5.end());
    assertThatThrownBy(() -> read(xml, STRICT))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("sub-action of 'Y17' nested deeper than 16 levels");
  }

  @Test
  void veryLongSurnameLikeInitialsIsKeptAsTheLastName() throws PstFormatException {
    String nom = "AB/".repeat(300_000) + "C";
    String xml = replaceFirst("(?<=<Nom>)[^<]*", nom)
        .replaceFirst("(?<=<Prenom>)[^<]*(?=</Prenom>)", "");
    EcomptesImport in = within(() -> read(xml, LENIENT));
    assertThat(in.plan().actions()).anySatisfy(a -> assertThat(a.administrativePilots()
        .stream().flatMap(p -> p.person().stream()).flatMap(p -> p.lastName().stream()))
        .contains(nom));
  }

  @Test
  void longElementIdAlmostMatchingALongLabelIsLinear() {
    String label = "a - ".repeat(200_000);
    String id = "a - ".repeat(50_000) + "b";
    String xml = withA1Label(label).replace("ElementId=\"OS1-OP1-A1\"", "ElementId=\"" + id
        + "\"");
    EcomptesImport in = within(() -> read(xml, LENIENT));
    assertThat(in.plan().actions()).extracting(Action::code).contains(id);
    assertThat(xml.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1_000_000);
  }
}
