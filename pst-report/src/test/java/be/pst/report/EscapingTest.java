package be.pst.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetLine;
import be.pst.core.action.Action;
import be.pst.core.objective.OperationalObjective;
import be.pst.core.objective.StrategicObjective;
import be.pst.core.plan.Authority;
import be.pst.core.plan.AuthorityKind;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Hostile texts in a plan come out escaped: the documents stay well-formed and script-free. */
class EscapingTest {

  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String AMPERSAND = "Logement & énergie \"PAPE\" l'été";
  private static final String CONTROL = "Tab\tnul\u0000 cloche\u0007 seul\uD800 fin";

  private final BudgetedPlan plan = BudgetedPlan.of(Plan.builder()
      .authority(Authority.of(AuthorityKind.CPAS, "CPAS <b>de</b> Test & Co", "99999"))
      .title("PST " + SCRIPT)
      .legislature(Legislature.of(2019, 2024))
      .description("]]> <!-- --> <![CDATA[ x ]]>")
      .addStrategicObjectives(StrategicObjective.builder().code("OS\"1").title(AMPERSAND)
          .addOperationalObjectives(OperationalObjective.builder().code("OO<1>").title(CONTROL)
              .addActions(Action.builder().code("A&1").title(SCRIPT)
                  .description("</p><p onclick=\"x\">").addRisks("<img src=x onerror=alert(1)>")
                  .build())
              .build())
          .build())
      .build(), List.of(BudgetLine.builder().elementCode("A&1").exercice(2020)
          .group(EconomicGroup.ofCode("71")).amount("12.34").label(SCRIPT).build()));

  @Test
  void theEvaluationReportEscapesEveryText() throws Exception {
    check(EvaluationReport.of(plan, LocalDate.of(2021, 1, 1)).withSubtitle(SCRIPT).toHtml());
  }

  @Test
  void thePublishedPlanEscapesEveryText() throws Exception {
    check(PublishedPlan.of(plan).withSubtitle(AMPERSAND).toHtml());
  }

  private static void check(String html) throws Exception {
    Document document = Examples.parse(html);

    assertThat(document.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "script")
        .getLength()).isZero();
    assertThat(document.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "img")
        .getLength()).isZero();
    assertThat(html).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<img")
        .doesNotContain("onclick=\"").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("Logement &amp; énergie &quot;PAPE&quot; l&#39;été")
        .contains("Tab\tnul\uFFFD cloche\uFFFD seul\uFFFD fin")
        .doesNotContain("\u0000");
    assertThat(document.getDocumentElement().getTextContent()).contains(SCRIPT)
        .contains("CPAS <b>de</b> Test & Co");
  }
}
