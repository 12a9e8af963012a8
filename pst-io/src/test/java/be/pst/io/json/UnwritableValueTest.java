package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.action.BudgetItem;
import be.pst.core.schedule.PartialDate;
import be.pst.core.schedule.Schedule;
import java.math.BigDecimal;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The writer never writes a file the reader refuses: it names the value it cannot write. */
class UnwritableValueTest {

  private static UnwritableValueException writing(BudgetedPlan plan) {
    return catchThrowableOfType(UnwritableValueException.class, () -> PstJson.toJson(plan));
  }

  @Test
  void aTextBeyondTheReadersBoundIsRefusedNamingItsPointer() {
    BudgetedPlan plan = PstJsonReaderTest.withFirstAction(
        a -> a.withDescription("x".repeat(1_000_001)));

    UnwritableValueException e = writing(plan);

    assertThat(e.pointer())
        .isEqualTo("/plan/strategicObjectives/0/operationalObjectives/0/actions/0/description");
    assertThat(e).hasMessageContaining("1000001 characters");
  }

  @Test
  void subActionsNestedDeeperThanTheReaderReadsAreRefused() {
    Action deep = Action.of("A", "Profonde");
    for (int i = 0; i < 60; i++) {
      deep = Action.builder().code("A" + i).title("Niveau " + i).addSubActions(deep).build();
    }
    Action nested = deep;
    UnwritableValueException e = writing(PstJsonReaderTest.withFirstAction(a -> nested));

    assertThat(e).hasMessageContaining("nested").hasMessageContaining("100");
    assertThat(e.pointer()).contains("/subActions/0/subActions/0");
  }

  @Test
  void anAmountWithAFractionOfACentOrAPartialDateOfAFiveDigitYearIsRefused() {
    BudgetedPlan cent = PstJsonReaderTest.withFirstAction(a -> a.withBudgetItems(
        BudgetItem.builder().label("Sacs").unitPrice(Money.of(new BigDecimal("0.725"), "EUR"))
            .build()));
    assertThat(writing(cent).pointer()).endsWith("/budgetItems/0/unitPrice");

    BudgetedPlan year = PstJsonReaderTest.withFirstAction(
        a -> a.withSchedule(Schedule.until(PartialDate.ofYear(12024))));
    assertThat(writing(year)).hasMessageContaining("four-digit years");
  }
}
