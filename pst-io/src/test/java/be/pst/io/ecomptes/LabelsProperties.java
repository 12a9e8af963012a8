package be.pst.io.ecomptes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class LabelsProperties {

  @Property
  void encodedLabelsNeverExceed255Characters(
      @ForAll @AlphaChars @NumericChars @Chars({'-', '.'}) @StringLength(min = 1, max = 300)
          String code,
      @ForAll @StringLength(max = 600) String title) {
    String label = Labels.encode(List.of(code), title);
    assertThat(label.codePointCount(0, label.length())).isLessThanOrEqualTo(Labels.MAX);
  }

  @Property
  void shortLabelsDecodeToTheirCodeAndTitle(
      @ForAll @AlphaChars @NumericChars @Chars({'-', '.'}) @StringLength(min = 1, max = 30)
          String code,
      @ForAll @StringLength(min = 1, max = 200) String title) {
    Assume.that(!title.isBlank() && title.strip().equals(title));
    Labels.Decoded decoded = Labels.decode(Labels.encode(List.of(code), title), code);
    assertThat(decoded.ownCode()).contains(code);
    assertThat(decoded.title()).isEqualTo(title);
  }

  @Property
  void subActionLabelsNameTheirParent(
      @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 20) String parent,
      @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 20) String child,
      @ForAll @AlphaChars @StringLength(min = 1, max = 100) String title) {
    Assume.that(!parent.equals(child));
    Labels.Decoded decoded = Labels.decode(Labels.encode(List.of(parent, child), title), child);
    assertThat(decoded.parentCode()).contains(parent);
    assertThat(decoded.title()).isEqualTo(title);
  }
}
