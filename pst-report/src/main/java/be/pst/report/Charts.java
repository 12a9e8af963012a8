package be.pst.report;

import be.pst.budget.BudgetTable;
import be.pst.budget.compare.TableComparison;
import be.pst.budget.compare.Variance;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Side;
import be.pst.budget.money.EuroAmount;
import be.pst.core.element.Status;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The charts of the documents, drawn as inline SVG: the budget per exercice and economic group
 * (stacked bars of expenses and receipts), planned against realised expenses per exercice, the
 * actions per status per objective, and the attainment of indicators. Bar lengths are computed
 * from cents with {@link BigDecimal} (pixels only are rounded, to a tenth); amounts printed are
 * Belgian. Stateless; package-private.
 */
final class Charts {

  private static final String[] GROUP_COLOURS = {
    "#1b6ca8", "#5fa8d3", "#a3cef1", "#274c77", "#6096ba", "#8b8c89",
    "#c1121f", "#f4a261", "#e9c46a", "#2a9d8f", "#264653", "#e76f51",
    "#9d4edd", "#7b2cbf", "#adb5bd", "#52b788", "#b7e4c7", "#ffb703"
  };

  private static final Map<Status, String> STATUS_COLOURS = new LinkedHashMap<>();

  static {
    STATUS_COLOURS.put(Status.TO_PROGRAM, "#ced4da");
    STATUS_COLOURS.put(Status.UNDER_STUDY, "#a3cef1");
    STATUS_COLOURS.put(Status.PROPOSAL, "#cdb4db");
    STATUS_COLOURS.put(Status.NOT_STARTED, "#e9ecef");
    STATUS_COLOURS.put(Status.IN_PROGRESS, "#1b6ca8");
    STATUS_COLOURS.put(Status.WAITING, "#e9c46a");
    STATUS_COLOURS.put(Status.PROBLEM, "#c1121f");
    STATUS_COLOURS.put(Status.POSTPONED, "#f4a261");
    STATUS_COLOURS.put(Status.COMPLETED, "#2a9d8f");
    STATUS_COLOURS.put(Status.ABANDONED, "#495057");
    STATUS_COLOURS.put(Status.UNDETERMINED, "#dee2e6");
  }

  /** The colour of actions without status. */
  static final String NO_STATUS_COLOUR = "#f8f9fa";

  private static final double WIDTH = 720;

  private Charts() {}

  /**
   * The colour of a status in the charts and the tables.
   *
   * @param status a status, or null for none
   * @return a CSS colour
   */
  static String colour(Status status) {
    return status == null ? NO_STATUS_COLOUR : STATUS_COLOURS.get(status);
  }

  /**
   * The colour of text on a status's colour: white on the dark ones.
   *
   * @param status a status, or null for none
   * @return a CSS colour
   */
  static String textColour(Status status) {
    return status == Status.IN_PROGRESS || status == Status.PROBLEM
        || status == Status.ABANDONED || status == Status.COMPLETED ? "#fff" : "#212529";
  }

  /** Pixels for an amount: {@code cents × length / maxCents}, to a tenth of a pixel. */
  private static double pixels(BigInteger cents, BigInteger maxCents, double length) {
    if (maxCents.signum() == 0) {
      return 0;
    }
    return new BigDecimal(cents).multiply(BigDecimal.valueOf((long) (length * 10)))
        .divide(new BigDecimal(maxCents), 0, RoundingMode.HALF_EVEN).doubleValue() / 10;
  }

  private static BigInteger cents(EuroAmount amount) {
    return amount.toBigDecimal().movePointRight(2).toBigIntegerExact();
  }

  /** A round step for about four ticks up to {@code max} cents: 1, 2 or 5 × 10^k euros. */
  private static BigInteger step(BigInteger maxCents) {
    BigInteger quarter = maxCents.divide(BigInteger.valueOf(4)).max(BigInteger.valueOf(100));
    BigInteger power = BigInteger.valueOf(100);
    while (true) {
      for (int m : new int[] {1, 2, 5}) {
        BigInteger candidate = power.multiply(BigInteger.valueOf(m));
        if (candidate.compareTo(quarter) >= 0) {
          return candidate;
        }
      }
      power = power.multiply(BigInteger.TEN);
    }
  }

  private static String euros(BigInteger cents) {
    String text = EuroAmount.ofCents(cents).formatPlain();
    return text.endsWith(",00") ? text.substring(0, text.length() - 3) : text;
  }

  /** Draws the value axis: grid lines and labels from 0 to {@code top} cents. */
  private static void axis(Svg svg, BigInteger top, BigInteger step, double left, double base,
      double height, double right) {
    for (BigInteger v = BigInteger.ZERO; v.compareTo(top) <= 0; v = v.add(step)) {
      double y = base - pixels(v, top, height);
      svg.line(left, y, right, y, "#dee2e6");
      svg.text(left - 6, y + 4, euros(v), "end", "tick");
    }
  }

  /**
   * The budget per exercice and economic group: for each exercice a bar of expenses and a bar of
   * receipts, stacked by group, and the legend of the groups.
   *
   * @param table a consolidated table
   * @return the SVG, or an empty string if the table has no exercice
   */
  static String budgetByYearAndGroup(BudgetTable table) {
    List<Integer> years = table.exercices();
    if (years.isEmpty()) {
      return "";
    }
    List<EconomicGroup> groups = new ArrayList<>(table.groups());
    BigInteger max = BigInteger.ZERO;
    for (int year : years) {
      max = max.max(cents(table.totalExpenses(year))).max(cents(table.totalReceipts(year)));
    }
    BigInteger step = step(max);
    BigInteger top = max.add(step).subtract(BigInteger.ONE).divide(step).multiply(step)
        .max(step);
    double left = 90;
    double base = 250;
    double plot = 220;
    double legendRows = Math.ceil(groups.size() / 3.0);
    Svg svg = new Svg(WIDTH, base + 40 + legendRows * 18, "Budget par exercice et groupe"
        + " économique (" + table.figure().label() + ") : dépenses et recettes");
    svg.text(left, 12, "Par exercice : D dépenses, R recettes, par groupe économique, en euros",
        "start", "legend");
    axis(svg, top, step, left, base, plot, WIDTH - 10);
    double slot = (WIDTH - left - 20) / years.size();
    double bar = Math.min(34, slot / 2 - 6);
    for (int i = 0; i < years.size(); i++) {
      int year = years.get(i);
      double x = left + 10 + i * slot;
      for (Side side : new Side[] {Side.EXPENSES, Side.RECEIPTS}) {
        double bx = side == Side.EXPENSES ? x : x + bar + 4;
        double y = base;
        for (EconomicGroup g : groups) {
          if (g.side() != side) {
            continue;
          }
          EuroAmount amount = table.amount(year, g);
          if (amount.signum() <= 0) {
            continue;
          }
          double h = pixels(cents(amount), top, plot);
          y -= h;
          svg.rect(bx, y, bar, h, GROUP_COLOURS[g.ordinal() % GROUP_COLOURS.length],
              year + " — " + g.displayName() + " (" + g.service().label() + ", "
                  + g.side().label() + ") : " + amount.format());
        }
      }
      svg.text(x + bar + 2, base + 16, Integer.toString(year), "middle", "axis");
      svg.text(x + bar / 2, base + 28, "D", "middle", "tick");
      svg.text(x + bar * 1.5 + 4, base + 28, "R", "middle", "tick");
    }
    svg.line(left, base, WIDTH - 10, base, "#495057");
    double ly = base + 46;
    for (int i = 0; i < groups.size(); i++) {
      EconomicGroup g = groups.get(i);
      double lx = left + (i % 3) * 205;
      double y = ly + (i / 3) * 18;
      svg.rect(lx, y - 10, 12, 12, GROUP_COLOURS[g.ordinal() % GROUP_COLOURS.length], null);
      svg.text(lx + 16, y, (g.isReceipt() ? "R " : "D ") + g.displayName()
          + (g.service() == be.pst.budget.group.Service.ORDINARY ? " (ord.)" : " (extra.)"), "start", "legend");
    }
    return svg.end();
  }

  /**
   * Planned against realised expenses per exercice: two bars per exercice.
   *
   * @param comparison the comparison
   * @return the SVG, or an empty string if it has no exercice
   */
  static String plannedAgainstRealised(TableComparison comparison) {
    List<Integer> years = comparison.exercices();
    if (years.isEmpty()) {
      return "";
    }
    List<Variance> expenses = new ArrayList<>();
    BigInteger max = BigInteger.ZERO;
    for (TableComparison.Row row : comparison.rows()) {
      if (row.kind() == BudgetTable.RowKind.TOTAL_EXPENSES) {
        expenses.addAll(row.cells());
      }
    }
    for (Variance v : expenses) {
      max = max.max(cents(v.reference())).max(cents(v.compared()));
    }
    BigInteger step = step(max);
    BigInteger top = max.add(step).subtract(BigInteger.ONE).divide(step).multiply(step)
        .max(step);
    double left = 90;
    double base = 220;
    double plot = 190;
    Svg svg = new Svg(WIDTH, base + 50, "Dépenses par exercice : " + comparison.referenceLabel()
        + " et " + comparison.comparedLabel());
    svg.text(left, 12, "Dépenses totales (ordinaires et extraordinaires) par exercice, en euros",
        "start", "legend");
    axis(svg, top, step, left, base, plot, WIDTH - 10);
    double slot = (WIDTH - left - 20) / years.size();
    double bar = Math.min(40, slot / 2 - 8);
    for (int i = 0; i < years.size(); i++) {
      Variance v = expenses.get(i);
      double x = left + 10 + i * slot;
      double h1 = pixels(cents(v.reference()).max(BigInteger.ZERO), top, plot);
      double h2 = pixels(cents(v.compared()).max(BigInteger.ZERO), top, plot);
      svg.rect(x, base - h1, bar, h1, "#a3cef1", years.get(i) + " — "
          + comparison.referenceLabel() + " : " + v.reference().format());
      svg.rect(x + bar + 4, base - h2, bar, h2, "#1b6ca8", years.get(i) + " — "
          + comparison.comparedLabel() + " : " + v.compared().format() + " (écart "
          + v.difference().format() + ", " + v.formatPercent() + ")");
      svg.text(x + bar + 2, base + 16, Integer.toString(years.get(i)), "middle", "axis");
    }
    svg.line(left, base, WIDTH - 10, base, "#495057");
    svg.rect(left, base + 30, 12, 12, "#a3cef1", null);
    svg.text(left + 16, base + 40, comparison.referenceLabel(), "start", "legend");
    svg.rect(left + 205, base + 30, 12, 12, "#1b6ca8", null);
    svg.text(left + 221, base + 40, comparison.comparedLabel(), "start", "legend");
    return svg.end();
  }

  /** One objective's actions per status, for {@link #statusesPerObjective}. */
  record StatusBar(String label, String tooltip, Map<Status, Integer> counts, int withoutStatus) {}

  /**
   * The actions per status of each objective: one horizontal bar per objective, a segment per
   * status, and the legend of the statuses present.
   *
   * @param bars one bar per objective
   * @return the SVG, or an empty string if there is no bar
   */
  static String statusesPerObjective(List<StatusBar> bars) {
    if (bars.isEmpty()) {
      return "";
    }
    int max = 1;
    Set<Status> present = EnumSet.noneOf(Status.class);
    boolean none = false;
    for (StatusBar bar : bars) {
      int total = bar.withoutStatus();
      for (Map.Entry<Status, Integer> e : bar.counts().entrySet()) {
        total += e.getValue();
        if (e.getValue() > 0) {
          present.add(e.getKey());
        }
      }
      none |= bar.withoutStatus() > 0;
      max = Math.max(max, total);
    }
    double left = 90;
    double plot = WIDTH - left - 50;
    double row = 26;
    int legendItems = present.size() + (none ? 1 : 0);
    double legendTop = 10 + bars.size() * row + 14;
    Svg svg = new Svg(WIDTH, legendTop + Math.ceil(legendItems / 4.0) * 18 + 6,
        "Actions par statut et par objectif");
    for (int i = 0; i < bars.size(); i++) {
      StatusBar bar = bars.get(i);
      double y = 10 + i * row;
      svg.text(left - 8, y + 15, bar.label(), "end", "axis");
      double x = left;
      int total = 0;
      for (Status status : Status.values()) {
        int n = bar.counts().getOrDefault(status, 0);
        if (n > 0) {
          double w = plot * n / max;
          svg.rect(x, y, w, 20, colour(status), bar.tooltip() + " — " + status.label() + " : "
              + n + " action(s)");
          x += w;
          total += n;
        }
      }
      if (bar.withoutStatus() > 0) {
        double w = plot * bar.withoutStatus() / max;
        svg.rect(x, y, w, 20, NO_STATUS_COLOUR, bar.tooltip() + " — sans statut : "
            + bar.withoutStatus() + " action(s)");
        x += w;
        total += bar.withoutStatus();
      }
      svg.text(x + 6, y + 15, Integer.toString(total), "start", "tick");
    }
    int k = 0;
    List<String[]> legend = new ArrayList<>();
    for (Status status : present) {
      legend.add(new String[] {colour(status), status.label()});
    }
    if (none) {
      legend.add(new String[] {NO_STATUS_COLOUR, "Sans statut"});
    }
    for (String[] item : legend) {
      double lx = left + (k % 4) * 150;
      double ly = legendTop + (k / 4) * 18;
      svg.rect(lx, ly - 10, 12, 12, item[0], null);
      svg.text(lx + 16, ly, item[1], "start", "legend");
      k++;
    }
    return svg.end();
  }

  /** One measured indicator, for {@link #attainment}. */
  record AttainmentBar(String label, String tooltip, BigDecimal percent) {}

  /**
   * The attainment of measured indicators: one horizontal bar from 0 to 100 % each.
   *
   * @param bars one bar per measured indicator
   * @return the SVG, or an empty string if there is no bar
   */
  static String attainment(List<AttainmentBar> bars) {
    if (bars.isEmpty()) {
      return "";
    }
    double left = 300;
    double plot = WIDTH - left - 60;
    double row = 20;
    Svg svg = new Svg(WIDTH, 30 + bars.size() * row, "Atteinte des indicateurs mesurés");
    for (int p = 0; p <= 100; p += 25) {
      double x = left + plot * p / 100;
      svg.line(x, 4, x, 10 + bars.size() * row, "#dee2e6");
      svg.text(x, 24 + bars.size() * row, p + " %", "middle", "tick");
    }
    for (int i = 0; i < bars.size(); i++) {
      AttainmentBar bar = bars.get(i);
      double y = 8 + i * row;
      String label = bar.label().length() > 48 ? bar.label().substring(0, 47) + "…" : bar.label();
      svg.text(left - 8, y + 11, label, "end", "tick");
      double w = bar.percent().multiply(BigDecimal.valueOf((long) (plot * 10)))
          .divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_EVEN).doubleValue() / 10;
      String colour = bar.percent().compareTo(BigDecimal.valueOf(100)) >= 0 ? "#2a9d8f"
          : bar.percent().compareTo(BigDecimal.valueOf(50)) >= 0 ? "#1b6ca8" : "#f4a261";
      svg.rect(left, y, w, 14, colour, bar.tooltip());
      svg.text(left + w + 6, y + 11, Formats.percent(bar.percent()), "start", "tick");
    }
    return svg.end();
  }
}
