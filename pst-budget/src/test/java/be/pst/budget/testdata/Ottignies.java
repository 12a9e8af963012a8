package be.pst.budget.testdata;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.element.Status;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The budget annex of seed 000 (PST 2019-2024 of the CPAS of Ottignies-Louvain-la-Neuve), typed
 * in as printed: the table "Total par groupe économique" and the per-action rows of 2020 and 2021.
 */
public final class Ottignies {

  private Ottignies() {}

  /** Rows of "Total par groupe économique", columns 2019 to 2024; an empty cell is blank. */
  public static final String[][] TOTALS = {
    {"91", "0", "287.500,00", "96.000,00", "22.000,00", "42.000,00", "22.000,00"},
    {"80", "0", "64.100,00", "", "", "", ""},
    {"82", "0", "193.400,00", "96.000,00", "22.000,00", "42.000,00", "22.000,00"},
    {"88", "0", "0", "0", "0", "0", "0"},
    {"70", "0", "279.500,00", "390.500,00", "431.000,00", "551.500,00", "592.000,00"},
    {"71", "0", "18.000,00", "21.000,00", "16.600,00", "41.600,00", "23.600,00"},
    {"7X", "0", "3.100,00", "29.150,00", "47.050,00", "51.300,00", "59.800,00"},
    {"60", "0", "37.000,00", "37.000,00", "37.000,00", "44.500,00", "44.500,00"},
    {"61", "0", "177.000,00", "213.400,00", "249.800,00", "362.200,00", "398.600,00"},
  };

  /** "Total des Recettes (Ord. + Extra.)", 2019 to 2024. */
  public static final String[] TOTAL_RECEIPTS =
      {"0", "471.500,00", "346.400,00", "308.800,00", "448.700,00", "465.100,00"};

  /** "Total des Dépenses (Ord. + Extra.)", 2019 to 2024. */
  public static final String[] TOTAL_EXPENSES =
      {"0", "588.100,00", "536.650,00", "516.650,00", "686.400,00", "697.400,00"};

  /** "Coût net", 2019 to 2024. */
  public static final String[] NET_COST =
      {"0", "116.600,00", "190.250,00", "207.850,00", "237.700,00", "232.300,00"};

  /** The column groups of the per-action table, per year, as printed. */
  public static final String[] ACTION_COLUMNS = {"61", "60", "7X", "71", "70", "82", "80", "91"};

  /** The per-action rows with a budget: code, then 2020 and 2021 in {@link #ACTION_COLUMNS} order. */
  public static final String[] ACTION_ROWS = {
    "A1|133.000,00 €|10.000,00 €|500,00 €|3.000,00 €|133.000,00 €|46.400,00 €|61.600,00 €|138.000,00 €|133.000,00 €|10.000,00 €|10.750,00 €|- €|171.000,00 €|20.000,00 €|- €|20.000,00 €",
    "A5|36.400,00 €|- €|- €|- €|40.500,00 €|- €|- €|- €|72.800,00 €|- €|- €|- €|81.000,00 €|- €|- €|- €",
    "A6|- €|- €|- €|- €|- €|- €|- €|- €|- €|- €|100,00 €|- €|- €|30.000,00 €|- €|30.000,00 €",
    "A9|- €|- €|400,00 €|- €|- €|30.000,00 €|2.500,00 €|32.500,00 €|- €|- €|6.400,00 €|- €|- €|- €|- €|- €",
    "A11|- €|- €|1.000,00 €|- €|- €|100.000,00 €|- €|100.000,00 €|- €|- €|7.700,00 €|- €|- €|- €|- €|- €",
    "A21|- €|- €|- €|- €|63.500,00 €|- €|- €|- €|- €|- €|- €|- €|96.000,00 €|- €|- €|- €",
    "A28|- €|- €|200,00 €|- €|- €|15.000,00 €|- €|15.000,00 €|- €|- €|1.700,00 €|- €|- €|- €|- €|- €",
    "A30|- €|- €|- €|- €|- €|- €|- €|- €|- €|- €|100,00 €|- €|- €|10.000,00 €|- €|10.000,00 €",
    "A31|- €|- €|- €|- €|- €|- €|- €|- €|- €|- €|200,00 €|- €|- €|20.000,00 €|- €|20.000,00 €",
    "A33|- €|- €|- €|4.000,00 €|- €|- €|- €|- €|- €|- €|- €|4.000,00 €|- €|- €|- €|- €",
    "A34|- €|- €|- €|- €|- €|- €|- €|- €|- €|- €|100,00 €|- €|- €|10.000,00 €|- €|10.000,00 €",
    "A36|- €|- €|1.000,00 €|- €|- €|2.000,00 €|- €|2.000,00 €|- €|- €|2.100,00 €|- €|- €|6.000,00 €|- €|6.000,00 €",
    "A37|- €|- €|- €|- €|- €|- €|- €|- €|- €|- €|- €|6.000,00 €|- €|- €|- €|- €",
    "A40|7.600,00 €|27.000,00 €|- €|8.000,00 €|42.500,00 €|- €|- €|- €|7.600,00 €|27.000,00 €|- €|8.000,00 €|42.500,00 €|- €|- €|- €",
    "A43|- €|- €|- €|3.000,00 €|- €|- €|- €|- €|- €|- €|- €|3.000,00 €|- €|- €|- €|- €",
  };

  /** The plan-level lines of the totals table: one line per non-blank cell. */
  public static List<BudgetLine> totalsLines() {
    List<BudgetLine> lines = new ArrayList<>();
    for (String[] row : TOTALS) {
      for (int c = 1; c < row.length; c++) {
        if (!row[c].isEmpty()) {
          lines.add(BudgetLine.of(2018 + c, EconomicGroup.ofCode(row[0]), EuroAmount.parseBelgian(row[c])));
        }
      }
    }
    return lines;
  }

  /** The per-action lines of 2020 and 2021: one line per cell that is not "- €". */
  public static List<BudgetLine> actionLines() {
    List<BudgetLine> lines = new ArrayList<>();
    for (String row : ACTION_ROWS) {
      String[] cells = row.split("\\|");
      for (int c = 1; c < cells.length; c++) {
        if (!cells[c].equals("- €")) {
          int year = c <= ACTION_COLUMNS.length ? 2020 : 2021;
          String group = ACTION_COLUMNS[(c - 1) % ACTION_COLUMNS.length];
          lines.add(BudgetLine.of(cells[0], year, EconomicGroup.ofCode(group),
              EuroAmount.parseBelgian(cells[c])));
        }
      }
    }
    return lines;
  }

  /** The plan: its five OS, the OOs and the actions that have a budget, with their statuses. */
  public static Plan plan() {
    Map<String, Map<String, List<Action>>> tree = new LinkedHashMap<>();
    action(tree, "OS1", "OP1", "A1", Status.IN_PROGRESS);
    action(tree, "OS1", "OP1", "A5", Status.IN_PROGRESS);
    action(tree, "OS1", "OP2", "A6", Status.IN_PROGRESS);
    action(tree, "OS1", "OP3", "A9", Status.IN_PROGRESS);
    action(tree, "OS1", "OP4", "A11", Status.UNDER_STUDY);
    action(tree, "OS2", "OP7", "A21", Status.IN_PROGRESS);
    action(tree, "OS3", "OP9", "A28", Status.IN_PROGRESS);
    action(tree, "OS4", "OP11", "A30", Status.UNDER_STUDY);
    action(tree, "OS4", "OP11", "A31", Status.UNDER_STUDY);
    action(tree, "OS4", "OP12", "A33", Status.IN_PROGRESS);
    action(tree, "OS4", "OP12", "A34", Status.UNDER_STUDY);
    action(tree, "OS4", "OP14", "A36", Status.IN_PROGRESS);
    action(tree, "OS4", "OP15", "A37", Status.UNDER_STUDY);
    action(tree, "OS5", "OP16", "A40", Status.IN_PROGRESS);
    action(tree, "OS5", "OP18", "A43", Status.IN_PROGRESS);
    Plan.Builder plan = Plan.builder();
    plan.authority(Authority.of(AuthorityKind.CPAS, "CPAS d'Ottignies-Louvain-la-Neuve", "25121"))
        .title("Programme Stratégique Transversal 2019-2024")
        .legislature(Legislature.of(2019, 2024));
    tree.forEach((os, oos) -> {
      StrategicObjective.Builder s = StrategicObjective.builder();
      s.code(os).title("Objectif stratégique " + os);
      oos.forEach((oo, actions) -> s.addOperationalObjectives(OperationalObjective.builder()
          .code(oo).title("Objectif opérationnel " + oo).addAllActions(actions).build()));
      plan.addStrategicObjectives(s.build());
    });
    return plan.build();
  }

  private static void action(
      Map<String, Map<String, List<Action>>> tree, String os, String oo, String code, Status status) {
    tree.computeIfAbsent(os, k -> new LinkedHashMap<>())
        .computeIfAbsent(oo, k -> new ArrayList<>())
        .add(Action.builder().code(code).title("Action " + code).status(status).build());
  }

  /** The plan with its per-action lines of 2020 and 2021. */
  public static BudgetedPlan actionsBudget() {
    return BudgetedPlan.of(plan(), actionLines());
  }

  /** The plan with the totals table as plan-level lines. */
  public static BudgetedPlan totalsBudget() {
    return BudgetedPlan.of(plan(), totalsLines());
  }
}
