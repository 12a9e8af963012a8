package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.pst.budget.BudgetedPlan;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import be.pst.io.json.PstJsonResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * An unknown member added to any object of any document: strict reading fails at its pointer
 * and line; lenient reading gives the same plan and one warning at the same place.
 */
class UnknownMemberProperties {

  /** The end of a non-empty object as the writer lays it out: a value, a newline, a brace. */
  private static final Pattern OBJECT_END = Pattern.compile("[^{\\n]\\n( *)}");

  @Provide
  Arbitrary<Tuple2<BudgetedPlan, Integer>> documentsAndPlaces() {
    return PstArbitraries.budgetedPlans()
        .flatMap(plan -> Arbitraries.integers().between(0, 10_000).map(i -> Tuple.of(plan, i)));
  }

  @Property(tries = 200)
  void unknownMemberFailsStrictlyAndIsSkippedLeniently(
      @ForAll("documentsAndPlaces") Tuple2<BudgetedPlan, Integer> documentAndPlace)
      throws PstFormatException {
    BudgetedPlan plan = documentAndPlace.get1();
    String json = PstJson.toJson(plan);
    List<Integer> ends = new ArrayList<>();
    Matcher matcher = OBJECT_END.matcher(json);
    while (matcher.find()) {
      ends.add(matcher.start() + 1);
    }
    int at = ends.get(documentAndPlace.get2() % ends.size());
    String altered =
        json.substring(0, at) + ",\n\"zzUnknown\": [1, {\"a\": null}]" + json.substring(at);
    int line = (int) altered.substring(0, at + 2).chars().filter(c -> c == '\n').count() + 1;

    PstFormatException strict =
        catchThrowableOfType(PstFormatException.class, () -> PstJson.parse(altered));
    assertThat(strict).isNotNull();
    assertThat(strict.pointer()).endsWith("/zzUnknown");
    assertThat(strict.line()).isEqualTo(line);
    assertThat(strict.problem()).contains("unknown member \"zzUnknown\"").contains("expected one of");

    PstJsonResult lenient = PstJson.reader().lenient().parse(altered);
    assertThat(lenient.plan()).isEqualTo(plan);
    assertThat(lenient.warnings()).hasSize(1);
    assertThat(lenient.warnings().get(0).pointer()).isEqualTo(strict.pointer());
    assertThat(lenient.warnings().get(0).line()).isEqualTo(line);
  }
}
