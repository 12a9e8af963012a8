package be.pst.core.label;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.element.Status;
import be.pst.core.element.ElementPath;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class LabelsProperties {

  @Property
  void normalizeIsIdempotent(@ForAll String text) {
    String once = Labels.normalize(text);
    assertThat(Labels.normalize(once)).isEqualTo(once);
  }

  @Property
  void statusLabelsParseWhateverTheCase(@ForAll Status status, @ForAll boolean upper) {
    String label = upper ? status.label().toUpperCase(Locale.ROOT) : status.label().toLowerCase(Locale.ROOT);
    assertThat(Status.parse("  " + label + " ")).isEqualTo(status);
  }

  @Property
  void elementPathParseReadsToString(
      @ForAll @Size(min = 1, max = 5) List<@AlphaChars @NotBlank @StringLength(max = 8) String> codes) {
    ElementPath path = ElementPath.of(codes);
    assertThat(ElementPath.parse(path.toString())).isEqualTo(path);
    assertThat(path.parent().orElseThrow().child(path.code().orElseThrow())).isEqualTo(path);
  }
}
