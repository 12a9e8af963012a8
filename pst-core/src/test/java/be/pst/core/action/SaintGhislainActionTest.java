package be.pst.core.action;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.element.Health;
import be.pst.core.element.HumanResources;
import be.pst.core.element.Sdg;
import be.pst.core.element.Status;
import be.pst.core.fixtures.SaintGhislain;
import be.pst.core.funding.Funder;
import be.pst.core.funding.FundingSource;
import be.pst.core.person.Person;
import be.pst.core.plan.Plan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaintGhislainActionTest {

  private final Action a111 = SaintGhislain.a111();

  @Test
  void fiche111CarriesStepsReferentsAndTeam() {
    assertThat(a111.steps()).hasSize(9);
    assertThat(a111.steps().get(0).title()).isEqualTo("Demande de permis d'urbanisme");
    assertThat(a111.steps()).noneMatch(Step::done);
    assertThat(a111.referents()).extracting(Person::displayName).containsExactly("BASTIEN Nicolas", "WALCZAK Mélanie");
    assertThat(a111.risks()).hasSize(3);
  }

  @Test
  void fiche111IsFundedByIlaSorealAndFead() {
    assertThat(a111.funding()).extracting(be.pst.core.funding.Funding::source)
        .containsExactly(
            FundingSource.of(Funder.FEDERAL, "ILA"),
            FundingSource.of(Funder.WALLONIA, "SOREAL"),
            FundingSource.of(Funder.EUROPE, "FEAD"));
  }

  @Test
  void fiche111NeedsSixHoursAWeekAndIsAQuarterDone() {
    assertThat(a111.humanResources().flatMap(HumanResources::hoursPerWeek)).contains(BigDecimal.valueOf(6));
    assertThat(a111.humanResources().orElseThrow()).hasToString("6 h/semaine");
    assertThat(a111.progress()).contains(new BigDecimal("25"));
    assertThat(a111.status()).contains(Status.IN_PROGRESS);
    assertThat(a111).hasToString(
        "1.1.1 - Amplifier le stockage et la distribution des denrées alimentaire à destination"
            + " de nos bénéficiaires [En cours, 25 %]");
  }

  @Test
  void withCopiesChangeOneThingOnly() {
    Action next =
        a111.withProgress(new BigDecimal("50"))
            .withHealth(Health.AT_RISK)
            .withSteps(a111.steps().stream().map(s -> s.withDone(true)).toList());
    assertThat(next.progress()).contains(new BigDecimal("50"));
    assertThat(next.health()).contains(Health.AT_RISK);
    assertThat(next.steps()).allMatch(Step::done);
    assertThat(next.funding()).isEqualTo(a111.funding());
    assertThat(a111.progress()).contains(new BigDecimal("25"));
    assertThat(a111.health()).isEmpty();
  }

  @Test
  void everyDetailHasAWithCopy() {
    Action edited =
        a111.withContext("Constat")
            .withComments("Revu en CAS")
            .withRisks(List.of("Dépendance"))
            .withServices(List.of("Service social"))
            .withPartners(List.of("FEAD"))
            .withReferents(List.of(Person.of("WALCZAK Mélanie")))
            .withTeam(List.of(Person.ofInitials("NB")))
            .withSynergy(Synergy.TO_CONSIDER)
            .withFunding(List.of(be.pst.core.funding.Funding.of(FundingSource.parse("FEAD"))))
            .withHumanResources(HumanResources.ofFte(new BigDecimal("0.5")))
            .withSdgs(List.of(Sdg.SDG_2, Sdg.SDG_1));
    assertThat(edited.context()).contains("Constat");
    assertThat(edited.comments()).contains("Revu en CAS");
    assertThat(edited.risks()).containsExactly("Dépendance");
    assertThat(edited.services()).containsExactly("Service social");
    assertThat(edited.partners()).containsExactly("FEAD");
    assertThat(edited.referents()).hasSize(1);
    assertThat(edited.team()).containsExactly(Person.ofInitials("NB"));
    assertThat(edited.synergy()).contains(Synergy.TO_CONSIDER);
    assertThat(edited.funding()).extracting(be.pst.core.funding.Funding::source)
        .containsExactly(FundingSource.of(Funder.EUROPE, "FEAD"));
    assertThat(edited.humanResources().orElseThrow()).hasToString("0.5 ETP");
    assertThat(edited.sdgs()).containsExactly(Sdg.SDG_1, Sdg.SDG_2);
    assertThat(edited.steps()).isEqualTo(a111.steps());
  }

  @Test
  void filtersByFunderPartnerAndService() {
    Plan plan = SaintGhislain.plan();
    assertThat(plan.actions(ActionFilters.fundedBy(Funder.EUROPE))).containsExactly(a111);
    assertThat(plan.actions(ActionFilters.partner("soreal"))).containsExactly(a111);
    assertThat(plan.actions(ActionFilters.service("service SOCIAL"))).extracting(Action::code).containsExactly("1.1.2", "1.1.3");
    assertThat(plan.actions(ActionFilters.sdg(Sdg.SDG_2))).isEmpty();
    assertThat(plan.actions(ActionFilters.sdg(Sdg.SDG_2).negate())).hasSize(3);
  }

  @Test
  void sdgsAreKeptInGoalOrder() {
    Action tagged = Action.builder().code("1.1.1").title("Denrées").addSdgs(Sdg.SDG_10, Sdg.SDG_2, Sdg.SDG_1).build();
    assertThat(tagged.sdgs()).containsExactly(Sdg.SDG_1, Sdg.SDG_2, Sdg.SDG_10);
  }
}
