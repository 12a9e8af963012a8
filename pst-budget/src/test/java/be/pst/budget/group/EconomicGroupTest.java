package be.pst.budget.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EconomicGroupTest {

  @Test
  void codesOfTheDesignAreAllThereInAnnexOrder() {
    assertThat(Arrays.stream(EconomicGroup.values()).map(EconomicGroup::code))
        .containsExactly("60", "61", "62", "68", "70", "71", "72", "7X", "78",
            "80", "81", "82", "88", "90", "91", "92", "98");
  }

  @Test
  void groupIsFoundByItsCode() {
    assertThat(EconomicGroup.ofCode("70")).isEqualTo(EconomicGroup.ORDINARY_EXPENSES_STAFF);
    assertThat(EconomicGroup.ofCode("7X")).isEqualTo(EconomicGroup.ORDINARY_EXPENSES_DEBT);
    assertThat(EconomicGroup.ofCode("7x")).isEqualTo(EconomicGroup.ORDINARY_EXPENSES_DEBT);
    assertThat(EconomicGroup.ofCode(" 88 ")).isEqualTo(EconomicGroup.EXTRAORDINARY_RECEIPTS_WITHDRAWALS);
  }

  @Test
  void unknownCodeIsRejectedListingTheKnownOnes() {
    assertThatThrownBy(() -> EconomicGroup.ofCode("77"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'77'")
        .hasMessageContaining("60, 61, 62, 68, 70, 71, 72, 7X, 78, 80, 81, 82, 88, 90, 91, 92, 98");
  }

  @Test
  void everyGroupHasTheServiceSideAndLabelOfTheTable() {
    assertThat(EconomicGroup.ofCode("60").label()).isEqualTo("Prestations");
    assertThat(EconomicGroup.ofCode("7X").label()).isEqualTo("Dettes");
    assertThat(EconomicGroup.ofCode("62").label()).isEqualTo("Dette");
    assertThat(EconomicGroup.ofCode("88").label()).isEqualTo("Prélèvements");
    assertThat(EconomicGroup.ofCode("91").service()).isEqualTo(Service.EXTRAORDINARY);
    assertThat(EconomicGroup.ofCode("91").side()).isEqualTo(Side.EXPENSES);
    assertThat(EconomicGroup.ofCode("61").isReceipt()).isTrue();
    for (EconomicGroup g : EconomicGroup.values()) {
      char first = g.code().charAt(0);
      assertThat(g.service()).as(g.code())
          .isEqualTo(first <= '7' ? Service.ORDINARY : Service.EXTRAORDINARY);
      boolean receipt = first == '6' || first == '8';
      assertThat(g.side()).as(g.code()).isEqualTo(receipt ? Side.RECEIPTS : Side.EXPENSES);
    }
    assertThat(EconomicGroup.of(Service.ORDINARY, Side.EXPENSES).stream()
        .map(EconomicGroup::code).collect(Collectors.joining(" "))).isEqualTo("70 71 72 7X 78");
  }

  @Test
  void groupIsParsedFromCodeAnnexTextOrName() {
    assertThat(EconomicGroup.parse("91 Investissements"))
        .isEqualTo(EconomicGroup.EXTRAORDINARY_EXPENSES_INVESTMENTS);
    assertThat(EconomicGroup.parse("7x")).isEqualTo(EconomicGroup.ORDINARY_EXPENSES_DEBT);
    assertThat(EconomicGroup.parse("ordinary_expenses_staff"))
        .isEqualTo(EconomicGroup.ORDINARY_EXPENSES_STAFF);
    assertThatThrownBy(() -> EconomicGroup.parse("Transferts"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Transferts'");
  }

  @Test
  void servicesAndSidesParseFrenchWords() {
    assertThat(Service.parse("Extraordinaire")).isEqualTo(Service.EXTRAORDINARY);
    assertThat(Service.parse("O")).isEqualTo(Service.ORDINARY);
    assertThat(Side.parse("Depenses")).isEqualTo(Side.EXPENSES);
    assertThat(Side.parse("R")).isEqualTo(Side.RECEIPTS);
    assertThatThrownBy(() -> Side.parse("bénéfices"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bénéfices");
  }
}
