package be.pst.report;

import be.pst.budget.compare.TableComparison;
import be.pst.budget.compare.Variance;
import be.pst.budget.BudgetTable;
import be.pst.budget.BudgetTable.RowKind;
import be.pst.budget.money.EuroAmount;
import be.pst.core.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values the templates read: ordered maps of names to texts, booleans, lists of maps, built
 * from the plan. Pieces common to both documents (the header, budget tables) are here. Stateless;
 * package-private.
 */
final class View {

  private View() {}

  /** A map of names to values, in the order given: {@code map("a", 1, "b", "x")}. */
  static Map<String, Object> map(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      if (value == null) {
        throw new IllegalArgumentException("no value for " + namesAndValues[i]);
      }
      map.put((String) namesAndValues[i], value);
    }
    return map;
  }

  /** The head of a document: the authority, the plan, its legislature, version and adoption. */
  static Map<String, Object> header(Plan plan, String documentTitle, String subtitle) {
    return map(
        "documentTitle", documentTitle,
        "authority", plan.authority().name(),
        "authorityKind", plan.authority().kind().label(),
        "insCode", plan.authority().insCode(),
        "planTitle", plan.title(),
        "legislature", plan.legislature().toString(),
        "version", Formats.text(plan.version()),
        "adoptionDate", plan.adoptionDate().map(Formats::date).orElse(""),
        "subtitle", subtitle,
        "css", Templates.text("report.css"));
  }

  /** A consolidated table as rows of cells: label, one amount per exercice, total. */
  static Map<String, Object> table(BudgetTable table) {
    List<Object> years = new ArrayList<>();
    for (int year : table.exercices()) {
      years.add(Integer.toString(year));
    }
    List<Object> rows = new ArrayList<>();
    for (BudgetTable.Row row : table.rows()) {
      List<Object> cells = new ArrayList<>();
      for (EuroAmount amount : row.amounts()) {
        cells.add(amount.formatPlain());
      }
      rows.add(map("label", row.label(), "section", row.kind() == RowKind.SECTION,
          "total", row.kind() == RowKind.SECTION ? "" : row.total().formatPlain(),
          "strong", row.kind() == RowKind.NET_COST || row.kind() == RowKind.TOTAL_RECEIPTS
              || row.kind() == RowKind.TOTAL_EXPENSES,
          "cells", cells));
    }
    return map("title", table.title(), "figure", table.figure().label(), "years", years,
        "span", years.size() + 2, "rows", rows, "netCost", table.totalNetCost().format());
  }

  /** A comparison as rows of four lines each: reference, compared, variance, variance %. */
  static Map<String, Object> comparison(TableComparison comparison) {
    List<Object> years = new ArrayList<>();
    for (int year : comparison.exercices()) {
      years.add(Integer.toString(year));
    }
    List<Object> rows = new ArrayList<>();
    for (TableComparison.Row row : comparison.rows()) {
      if (row.kind() == RowKind.SECTION) {
        rows.add(map("section", true, "label", row.label(), "lines", List.of()));
        continue;
      }
      List<Variance> cells = new ArrayList<>(row.cells());
      cells.add(row.total());
      List<Object> reference = new ArrayList<>();
      List<Object> compared = new ArrayList<>();
      List<Object> difference = new ArrayList<>();
      List<Object> percent = new ArrayList<>();
      for (Variance v : cells) {
        reference.add(map("value", v.reference().formatPlain(), "cls", ""));
        compared.add(map("value", v.compared().formatPlain(), "cls", ""));
        difference.add(map("value", v.difference().formatPlain(), "cls", sign(v)));
        percent.add(map("value", v.formatPercent(), "cls", sign(v)));
      }
      rows.add(map("section", false, "label", row.label(),
          "strong", row.kind() == RowKind.NET_COST,
          "lines", List.of(
              map("first", true, "what", comparison.referenceLabel(), "cells", reference),
              map("first", false, "what", comparison.comparedLabel(), "cells", compared),
              map("first", false, "what", "écart", "cells", difference),
              map("first", false, "what", "écart %", "cells", percent))));
    }
    return map("title", comparison.title(), "reference", comparison.referenceLabel(),
        "compared", comparison.comparedLabel(), "years", years, "span", years.size() + 3,
        "rows", rows);
  }

  /** The CSS class of a variance: "up", "down" or "". */
  static String sign(Variance v) {
    int s = v.difference().signum();
    return s > 0 ? "up" : s < 0 ? "down" : "";
  }

  /** One line of a roll-up comparison: label, reference, compared, variance, percent. */
  static Map<String, Object> varianceLine(String label, Variance v) {
    return map("label", label, "reference", v.reference().formatPlain(),
        "compared", v.compared().formatPlain(), "difference", v.difference().formatPlain(),
        "percent", v.formatPercent(), "cls", sign(v));
  }
}
