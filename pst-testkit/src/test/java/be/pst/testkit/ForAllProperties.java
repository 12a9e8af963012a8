package be.pst.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.budget.BudgetedPlan;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetFigure;
import be.pst.budget.line.BudgetLine;
import be.pst.budget.money.EuroAmount;
import be.pst.core.action.Action;
import be.pst.core.element.Status;
import be.pst.core.funding.Funding;
import be.pst.core.funding.FundingSource;
import be.pst.core.person.Person;
import be.pst.core.person.Pilot;
import be.pst.core.plan.Legislature;
import be.pst.core.plan.Plan;
import be.pst.core.validation.PlanValidator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.providers.ArbitraryProvider;
import org.junit.jupiter.api.Test;

/**
 * The PST types resolve for {@code @ForAll} without {@code @Domain}, next to jqwik's defaults in
 * the same property, through {@link PstArbitraryProvider} and the service-loader file.
 */
class ForAllProperties {

  @Property(tries = 30)
  void pstTypesAndJqwikDefaultsResolveInOneProperty(
      @ForAll BudgetedPlan budgeted,
      @ForAll Plan plan,
      @ForAll Action action,
      @ForAll BudgetLine line,
      @ForAll EuroAmount amount,
      @ForAll MonetaryAmount money,
      @ForAll EconomicGroup group,
      @ForAll BudgetFigure figure,
      @ForAll Status status,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @StringLength(max = 5) String label,
      @ForAll List<Boolean> flags) {
    assertThat(budgeted.validate().errors()).isEmpty();
    assertThat(PlanValidator.validate(plan).errors()).isEmpty();
    assertThat(action.hasPilot()).isTrue();
    assertThat(line.exercice()).isBetween(2019, 2024);
    assertThat(amount.cents()).isBetween(0L, 100_000_000L);
    assertThat(EuroAmount.from(money).cents()).isBetween(0L, 100_000_000L);
    assertThat(EconomicGroup.ofCode(group.code())).isEqualTo(group);
    assertThat(BudgetFigure.parse(figure.label())).isEqualTo(figure);
    assertThat(Status.parse(status.label())).isEqualTo(status);
    assertThat(month).isBetween(1, 12);
    assertThat(label).hasSizeLessThanOrEqualTo(5);
    assertThat(flags).doesNotContainNull();
  }

  @Property(tries = 100)
  void theSmallPstValuesResolveToo(
      @ForAll BudgetArticle article,
      @ForAll FundingSource source,
      @ForAll Funding funding,
      @ForAll Legislature legislature,
      @ForAll Person person,
      @ForAll Pilot pilot) {
    assertThat(BudgetArticle.parse(article.toString())).isEqualTo(article);
    assertThat(funding.source()).isNotNull();
    assertThat(source.funder()).isNotNull();
    assertThat(legislature.exercices()).hasSize(6);
    assertThat(person.displayName()).isNotBlank();
    assertThat(pilot.toString()).isNotBlank();
  }

  @Test
  void jqwikFindsTheProviderThroughTheServiceLoader() {
    List<String> providers =
        ServiceLoader.load(ArbitraryProvider.class).stream()
            .map(p -> p.type().getName())
            .collect(Collectors.toList());
    assertThat(providers).contains(PstArbitraryProvider.class.getName());
  }
}
