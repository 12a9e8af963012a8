package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.Budgets;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.budget.BudgetedPlan;
import be.pst.core.funding.FundingSource;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import be.pst.core.validation.PlanValidator;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** {@link PstDomain} provides every PST type to {@code @ForAll} parameters. */
@Domain(PstDomain.class)
class PstDomainProperties {

  @Property(tries = 50)
  void theDomainProvidesBudgetedPlansWhoseTotalsAreTheSumOfTheirLines(
      @ForAll BudgetedPlan budgeted) {
    long expenses =
        budgeted.lines().stream()
            .filter(l -> l.side() != be.pst.budget.group.Side.RECEIPTS)
            .mapToLong(l -> l.amount().cents())
            .sum();
    assertThat(EuroAmount.from(Budgets.consolidate(budgeted).totalExpenses()).cents()).isEqualTo(expenses);
  }

  @Property(tries = 50)
  void theDomainProvidesValidPlans(@ForAll Plan plan) {
    assertThat(PlanValidator.validate(plan).isValid()).isTrue();
  }

  @Property(tries = 100)
  void theDomainProvidesTheSmallValues(
      @ForAll MonetaryAmount amount,
      @ForAll EconomicGroup group,
      @ForAll BudgetArticle article,
      @ForAll FundingSource funding,
      @ForAll Legislature legislature,
      @ForAll BudgetLine line) {
    assertThat(EuroAmount.from(amount).cents()).isBetween(0L, 100_000_000L);
    assertThat(EconomicGroup.ofCode(group.code())).isEqualTo(group);
    assertThat(BudgetArticle.parse(article.toString())).isEqualTo(article);
    assertThat(FundingSource.parse(funding.funder().name() + funding.programme().map(p -> "/" + p)
        .orElse(""))).isEqualTo(funding);
    assertThat(legislature.exercices()).hasSize(6);
    assertThat(line.exercice()).isBetween(2019, 2024);
  }
}
