package be.pst.budget.group;

import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_EXPENSES_DEBT;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_EXPENSES_INVESTMENTS;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_EXPENSES_TRANSFERS;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_EXPENSES_WITHDRAWALS;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_RECEIPTS_DEBT;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_RECEIPTS_INVESTMENTS;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_RECEIPTS_TRANSFERS;
import static be.pst.budget.group.EconomicGroup.EXTRAORDINARY_RECEIPTS_WITHDRAWALS;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_DEBT;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_OPERATING;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_STAFF;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_TRANSFERS;
import static be.pst.budget.group.EconomicGroup.ORDINARY_EXPENSES_WITHDRAWALS;
import static be.pst.budget.group.EconomicGroup.ORDINARY_RECEIPTS_DEBT;
import static be.pst.budget.group.EconomicGroup.ORDINARY_RECEIPTS_FEES;
import static be.pst.budget.group.EconomicGroup.ORDINARY_RECEIPTS_TRANSFERS;
import static be.pst.budget.group.EconomicGroup.ORDINARY_RECEIPTS_WITHDRAWALS;
import static be.pst.budget.group.Service.EXTRAORDINARY;
import static be.pst.budget.group.Service.ORDINARY;
import static be.pst.budget.group.Side.EXPENSES;
import static be.pst.budget.group.Side.RECEIPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EconomicClassificationTest {

  private static void assertGroup(Service service, Side side, String code, EconomicGroup group) {
    assertThat(EconomicClassification.groupOf(service, side, code))
        .as(service + " " + side + " " + code).contains(group);
    assertThat(EconomicGroup.ofEconomicCode(service, side, code))
        .as(service + " " + side + " " + code).contains(group);
  }

  @Test
  void ordinaryReceiptsOfRepresentativeCodesFallInTheirGroups() {
    assertGroup(ORDINARY, RECEIPTS, "161-01", ORDINARY_RECEIPTS_FEES);
    assertGroup(ORDINARY, RECEIPTS, "180-48", ORDINARY_RECEIPTS_FEES);
    assertGroup(ORDINARY, RECEIPTS, "371-01", ORDINARY_RECEIPTS_TRANSFERS);
    assertGroup(ORDINARY, RECEIPTS, "466-01", ORDINARY_RECEIPTS_TRANSFERS);
    assertGroup(ORDINARY, RECEIPTS, "485-48", ORDINARY_RECEIPTS_TRANSFERS);
    assertGroup(ORDINARY, RECEIPTS, "272-01", ORDINARY_RECEIPTS_DEBT);
    assertGroup(ORDINARY, RECEIPTS, "264-01", ORDINARY_RECEIPTS_DEBT);
    assertGroup(ORDINARY, RECEIPTS, "994-01", ORDINARY_RECEIPTS_WITHDRAWALS);
  }

  @Test
  void ordinaryExpensesOfRepresentativeCodesFallInTheirGroups() {
    assertGroup(ORDINARY, EXPENSES, "111-01", ORDINARY_EXPENSES_STAFF);
    assertGroup(ORDINARY, EXPENSES, "113-21", ORDINARY_EXPENSES_STAFF);
    assertGroup(ORDINARY, EXPENSES, "123-48", ORDINARY_EXPENSES_OPERATING);
    assertGroup(ORDINARY, EXPENSES, "12145", ORDINARY_EXPENSES_OPERATING);
    assertGroup(ORDINARY, EXPENSES, "140", ORDINARY_EXPENSES_OPERATING);
    assertGroup(ORDINARY, EXPENSES, "332-02", ORDINARY_EXPENSES_TRANSFERS);
    assertGroup(ORDINARY, EXPENSES, "435-01", ORDINARY_EXPENSES_TRANSFERS);
    assertGroup(ORDINARY, EXPENSES, "211-01", ORDINARY_EXPENSES_DEBT);
    assertGroup(ORDINARY, EXPENSES, "911-01", ORDINARY_EXPENSES_DEBT);
    assertGroup(ORDINARY, EXPENSES, "955-01", ORDINARY_EXPENSES_WITHDRAWALS);
  }

  @Test
  void extraordinaryCodesFallInTheirGroups() {
    assertGroup(EXTRAORDINARY, RECEIPTS, "663-51", EXTRAORDINARY_RECEIPTS_TRANSFERS);
    assertGroup(EXTRAORDINARY, RECEIPTS, "580-53", EXTRAORDINARY_RECEIPTS_TRANSFERS);
    assertGroup(EXTRAORDINARY, RECEIPTS, "761-52", EXTRAORDINARY_RECEIPTS_INVESTMENTS);
    assertGroup(EXTRAORDINARY, RECEIPTS, "961-51", EXTRAORDINARY_RECEIPTS_DEBT);
    assertGroup(EXTRAORDINARY, RECEIPTS, "995-51", EXTRAORDINARY_RECEIPTS_WITHDRAWALS);
    assertGroup(EXTRAORDINARY, EXPENSES, "522-52", EXTRAORDINARY_EXPENSES_TRANSFERS);
    assertGroup(EXTRAORDINARY, EXPENSES, "635-51", EXTRAORDINARY_EXPENSES_TRANSFERS);
    assertGroup(EXTRAORDINARY, EXPENSES, "722-51", EXTRAORDINARY_EXPENSES_INVESTMENTS);
    assertGroup(EXTRAORDINARY, EXPENSES, "74253", EXTRAORDINARY_EXPENSES_INVESTMENTS);
    assertGroup(EXTRAORDINARY, EXPENSES, "911-51", EXTRAORDINARY_EXPENSES_DEBT);
    assertGroup(EXTRAORDINARY, EXPENSES, "955-51", EXTRAORDINARY_EXPENSES_WITHDRAWALS);
  }

  @Test
  void everyGroupHasClassifiedNaturesThatMapBackToIt() {
    for (EconomicGroup group : EconomicGroup.values()) {
      Set<String> natures = EconomicClassification.naturesOf(group);
      assertThat(natures).as(group.displayName()).isNotEmpty();
      for (String nature : natures) {
        assertThat(EconomicClassification.groupOf(group.service(), group.side(), nature))
            .as(group.displayName() + " " + nature).contains(group);
      }
    }
    assertThat(EconomicClassification.naturesOf(ORDINARY_EXPENSES_STAFF))
        .containsExactly("111", "112", "113", "115", "116", "117", "118");
  }

  @Test
  void groupIsAlwaysOfTheServiceAndSideAsked() {
    int classified = 0;
    Set<EconomicGroup> seen = EnumSet.noneOf(EconomicGroup.class);
    for (Service service : Service.values()) {
      for (Side side : Side.values()) {
        for (int n = 0; n < 1000; n++) {
          Optional<EconomicGroup> group = EconomicClassification.groupOf(
              service, side, String.format(Locale.ROOT, "%03d", n));
          if (group.isPresent()) {
            classified++;
            seen.add(group.get());
            assertThat(group.get().service()).isEqualTo(service);
            assertThat(group.get().side()).isEqualTo(side);
          }
        }
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(EconomicGroup.values());
    int listed = 0;
    for (EconomicGroup group : EconomicGroup.values()) {
      listed += EconomicClassification.naturesOf(group).size();
    }
    assertThat(classified).isEqualTo(listed);
  }

  @Test
  void codesOfTheWrongServiceOrSideAreNotClassified() {
    assertThat(EconomicClassification.groupOf(ORDINARY, RECEIPTS, "111-01")).isEmpty();
    assertThat(EconomicClassification.groupOf(EXTRAORDINARY, EXPENSES, "111-01")).isEmpty();
    assertThat(EconomicClassification.groupOf(ORDINARY, EXPENSES, "722-51")).isEmpty();
    assertThat(EconomicClassification.groupOf(ORDINARY, RECEIPTS, "663-51")).isEmpty();
  }

  @Test
  void naturesWhoseGroupIsNotKnownAreNotClassified() {
    for (String code : List.of("106-01", "206-01", "301-01", "302-01", "307-01", "221-01",
        "464-01", "968-01", "951-01", "991-01", "130", "000", "971-01")) {
      for (Service service : Service.values()) {
        for (Side side : Side.values()) {
          assertThat(EconomicClassification.groupOf(service, side, code))
              .as(code + " " + service + " " + side).isEmpty();
        }
      }
    }
    assertThat(EconomicClassification.groupOf(EXTRAORDINARY, EXPENSES, "811-51")).isEmpty();
    assertThat(EconomicClassification.groupOf(EXTRAORDINARY, RECEIPTS, "861-51")).isEmpty();
    assertThat(EconomicClassification.groupOf(ORDINARY, RECEIPTS, "861-01")).isEmpty();
    assertThat(EconomicClassification.groupOf(ORDINARY, RECEIPTS, "664-01")).isEmpty();
  }

  @Test
  void natureDecidesNotTheSubCode() {
    // 664-01 is an ordinary code and 664-51 an extraordinary one; the nature 664 in the
    // extraordinary service is a capital subsidy whatever the sub-code says.
    assertGroup(EXTRAORDINARY, RECEIPTS, "664-01", EXTRAORDINARY_RECEIPTS_TRANSFERS);
    assertGroup(EXTRAORDINARY, RECEIPTS, "664-51", EXTRAORDINARY_RECEIPTS_TRANSFERS);
  }

  @Test
  void textsThatAreNotEconomicCodesGiveNothing() {
    for (String code : List.of("wal", "abc", "", "12", "1234", "123-4", "123-456", "1000",
        "12-345", " 111", "111 ", "１１１", "111-0a", "x".repeat(1_000_000))) {
      assertThat(EconomicClassification.groupOf(ORDINARY, EXPENSES, code))
          .as(code.length() > 20 ? "huge" : code).isEmpty();
    }
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> EconomicClassification.groupOf(null, EXPENSES, "111"))
        .isInstanceOf(NullPointerException.class).hasMessage("service");
    assertThatThrownBy(() -> EconomicClassification.groupOf(ORDINARY, null, "111"))
        .isInstanceOf(NullPointerException.class).hasMessage("side");
    assertThatThrownBy(() -> EconomicGroup.ofEconomicCode(ORDINARY, EXPENSES, null))
        .isInstanceOf(NullPointerException.class).hasMessage("economicCode");
    assertThatThrownBy(() -> EconomicClassification.naturesOf(null))
        .isInstanceOf(NullPointerException.class).hasMessage("group");
  }
}
