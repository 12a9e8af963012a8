package be.pst.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.core.action.Action;
import be.pst.core.element.Status;
import be.pst.core.indicator.IndicatorValue;
import be.pst.core.indicator.Measurement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The evaluation report of Ottignies at mid-term, with realised lines INVENTED FOR THE TEST
 * ({@code InventedAccounts}): the variance table shows every figure of the comparison, to the
 * cent.
 */
class EvaluationReportTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";

  private final BudgetedPlan ottignies = Examples.ottigniesWithInventedAccounts();
  private final String html = EvaluationReport.of(ottignies, LocalDate.of(2021, 12, 31))
      .withSubtitle("Lignes « imputé » inventées pour le test").toHtml();

  @Test
  void theReportShowsTheVarianceTableToTheCent() throws Exception {
    Document document = Examples.parse(html);
    String table = text(document, "table", "comparison");

    assertThat(table)
        .contains("70 Personnel", "Projection", "Imputé")
        .contains("279.500,00", "127.350,45", "-152.149,55", "-54,44 %")
        .contains("171.202,40", "-116.297,60", "-40,45 %")
        .contains("72 Transferts", "1.250,00", "n.d.")
        .contains("116.600,00", "168.802,85", "52.202,85", "44,77 %");
    assertThat(html)
        .contains("Comparaison « Projection » et « Imputé » sur les exercices 2020–2021")
        .contains("Lignes « imputé » inventées pour le test");
  }

  @Test
  void perObjectiveAndPerElementTheRealisedNetCostIsShown() throws Exception {
    Document document = Examples.parse(html);
    NodeList tables = document.getElementsByTagNameNS(XHTML, "table");
    List<String> variance = new ArrayList<>();
    for (int i = 0; i < tables.getLength(); i++) {
      Element table = (Element) tables.item(i);
      if (table.getAttribute("class").equals("variance")) {
        variance.add(table.getTextContent());
      }
    }

    assertThat(variance).hasSizeGreaterThanOrEqualTo(2);
    assertThat(variance.get(0)).contains("OS1 - ", "335.222,92", "337.222,92");
    assertThat(variance.get(1)).contains("OS1-OP1-A1 - ", "Non attribué", "2.000,00");
  }

  @Test
  void theChartsAreInlineSvg() throws Exception {
    Document document = Examples.parse(html);
    NodeList charts = document.getElementsByTagNameNS(SVG, "svg");

    assertThat(charts.getLength()).isGreaterThanOrEqualTo(3);
    assertThat(html).doesNotContain("<script").doesNotContain("http://www.w3.org/1999/xlink")
        .doesNotContain("src=\"http").doesNotContain("href=\"http");
  }

  @Test
  void lateActionsAndIndicatorMeasurementsAreListed() throws Exception {
    Action a1 = ottignies.plan().findAction("OS1-OP1-A1").orElseThrow();
    var indicators = new ArrayList<>(a1.indicators());
    indicators.set(0, indicators.get(0).withMeasurement(Measurement.of(LocalDate.of(2021, 6, 30),
        IndicatorValue.done(true))));
    Action a2 = ottignies.plan().findAction("OS1-OP1-A2").orElseThrow();
    BudgetedPlan measured = ottignies.withPlan(ottignies.plan().replace(a1.withIndicators(indicators))
        .replace(a2.withSchedule(a2.schedule().orElseThrow().withEnd(
            be.pst.core.schedule.PartialDate.parse("2020-06"))).withStatus(Status.IN_PROGRESS)));

    String report = EvaluationReport.of(measured, LocalDate.of(2021, 12, 31)).toHtml();
    Examples.parse(report);

    assertThat(report).contains("1 indicateur(s) mesuré(s) sur")
        .contains("30 juin 2021 : fait")
        .contains("<span class=\"late\">juin 2020 (en retard)</span>");
  }

  @Test
  void withoutRealisedLinesThePlannedBudgetIsShownAndSaidSo() throws Exception {
    String plain = EvaluationReport.of(Examples.read("ottignies-2019-2024"),
        LocalDate.of(2021, 12, 31)).toHtml();

    Examples.parse(plain);
    assertThat(plain).contains("aucune ligne réalisée (engagé ou imputé)")
        .contains("984.700,00 €").doesNotContain("class=\"comparison\"");
  }

  private static String text(Document document, String tag, String cssClass) {
    NodeList nodes = document.getElementsByTagNameNS(XHTML, tag);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (e.getAttribute("class").equals(cssClass)) {
        s.append(e.getTextContent()).append('\n');
      }
    }
    return s.toString();
  }
}
