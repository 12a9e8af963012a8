package be.pst.budget.testdata;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Realised lines (imputé, {@link BudgetFigure#CHARGED}) for the Ottignies PST, INVENTED FOR THE
 * TEST ("inventé pour le test"): the CPAS published no accounts with its plan. They are typed once
 * here, for the tests of the comparison and of the evaluation report.
 */
public final class InventedAccounts {

  /** What every invented line says of itself. */
  public static final String LABEL = "Imputé inventé pour le test";

  private InventedAccounts() {}

  /**
   * Seven charged lines: five of OS1-OP1-A1, one of OS1-OP3-A9, one of the plan itself; one of
   * them in group 72, which the projection does not use.
   *
   * @return the lines, figure {@link BudgetFigure#CHARGED}
   */
  public static List<BudgetLine> lines() {
    return lines(UnaryOperator.identity());
  }

  /**
   * The same lines for the action codes of another fixture.
   *
   * @param codes turns a code of the example file ({@code OS1-OP1-A1}) into the fixture's
   * @return the lines, figure {@link BudgetFigure#CHARGED}
   */
  public static List<BudgetLine> lines(UnaryOperator<String> codes) {
    return List.of(
        line(codes.apply("OS1-OP1-A1"), 2020, "70", "127350.45"),
        line(codes.apply("OS1-OP1-A1"), 2020, "91", "141212.30"),
        line(codes.apply("OS1-OP1-A1"), 2020, "61", "133000.00"),
        line(codes.apply("OS1-OP3-A9"), 2020, "91", "29990.10"),
        line(codes.apply("OS1-OP1-A1"), 2020, "72", "1250.00"),
        line(codes.apply("OS1-OP1-A1"), 2021, "70", "168420.07"),
        line(null, 2020, "71", "2000.00"));
  }

  private static BudgetLine line(String element, int exercice, String group, String amount) {
    BudgetLine.Builder builder = BudgetLine.builder().exercice(exercice)
        .group(EconomicGroup.ofCode(group)).amount(amount).figure(BudgetFigure.CHARGED)
        .label(LABEL);
    if (element != null) {
      builder.elementCode(element);
    }
    return builder.build();
  }
}
