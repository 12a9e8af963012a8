package be.pst.core.element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ElementPathTest {

  @Test
  void parsesAndPrintsSlashSeparatedCodes() {
    ElementPath path = ElementPath.parse("OS1/OP2/A7");
    assertThat(path.segments()).containsExactly("OS1", "OP2", "A7");
    assertThat(path).hasToString("OS1/OP2/A7").isEqualTo(ElementPath.of("OS1", "OP2", "A7"));
  }

  @Test
  void codesWithSpacesAndDotsAreKept() {
    assertThat(ElementPath.parse("O.S.3/O.O.3.1/Action 52").code()).contains("Action 52");
  }

  @Test
  void rootIsThePlan() {
    assertThat(ElementPath.parse("").isRoot()).isTrue();
    assertThat(ElementPath.root().parent()).isEmpty();
    assertThat(ElementPath.of("OS1").parent()).contains(ElementPath.root());
    assertThat(ElementPath.root().child("OS1")).isEqualTo(ElementPath.parse("OS1"));
  }

  @Test
  void blankSegmentsAreRejected() {
    assertThatThrownBy(() -> ElementPath.parse("OS1//A7")).hasMessageContaining("OS1//A7");
  }
}
