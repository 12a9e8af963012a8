package be.pst.budget.testdata;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Simple arbitraries of budget values, for the properties of this module. */
public final class BudgetArbitraries {

  private BudgetArbitraries() {}

  /** Cents: mostly everyday amounts, sometimes extreme ones that overflow a long when added. */
  public static Arbitrary<Long> cents() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, Arbitraries.longs().between(-100_000_000_00L, 100_000_000_00L)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1,
            Long.MIN_VALUE + 1, 0L, 1L, -1L)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs()));
  }

  /** Budget lines of 2017–2026, in any group, of the plan or of a few elements. */
  public static Arbitrary<BudgetLine> lines() {
    Arbitrary<Integer> exercices = Arbitraries.integers().between(2017, 2026);
    Arbitrary<EconomicGroup> groups = Arbitraries.of(EconomicGroup.class);
    Arbitrary<String> elements = Arbitraries.of("", "OS1", "OO1", "A1", "A2");
    return Combinators.combine(exercices, groups, cents(), elements).as((e, g, c, el) -> {
      BudgetLine.Builder b = BudgetLine.builder().exercice(e).group(g).amount(EuroAmount.ofCents(c));
      if (!el.isEmpty()) {
        b.elementCode(el);
      }
      return b.build();
    });
  }

  /** Lists of lines, possibly empty. */
  public static Arbitrary<List<BudgetLine>> lineLists() {
    return lines().list().ofMaxSize(40);
  }

  /** Non-negative weights of various scales, at least one of them positive. */
  public static Arbitrary<List<BigDecimal>> weights() {
    Arbitrary<BigDecimal> weight = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100"))
            .ofScale(2)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(BigDecimal.ZERO)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 1_000_000).map(BigDecimal::valueOf)));
    return weight.list().ofMinSize(1).ofMaxSize(12)
        .filter(ws -> ws.stream().anyMatch(w -> w.signum() > 0));
  }
}
