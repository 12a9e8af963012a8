package be.pst.core.label;

import static org.assertj.core.api.Assertions.assertThat;

import be.pst.core.element.Status;
import be.pst.core.element.ElementPath;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
  void normalizeGivesWhatTheRegularExpressionsGave(
      @ForAll("labelLike") String text) {
    assertThat(Labels.normalize(text)).isEqualTo(byRegularExpressions(text));
  }

  @Example
  void normalizeFoldsAccentsCaseDashesAndSlashes() {
    assertThat(Labels.normalize("  À l\u2019ÉTUDE \u2013 Fait /  pas_fait\t")).isEqualTo("a l'etude fait/pas fait");
    assertThat(Labels.normalize("Service  Jeunesse")).isEqualTo("service jeunesse");
  }

  /** Strings over the characters that normalisation treats specially, and a few others. */
  @Provide
  Arbitrary<String> labelLike() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(" \t\n\r\u000B\f\u0001_-/`'\u2019\u2013\u2014aAzZéÉèÀçÇœİ\u0301ß")
            .ofMaxLength(12),
        Arbitraries.strings().ofMaxLength(12));
  }

  /** The definition of {@link Labels#normalize}, as it was written before its one-pass form. */
  private static String byRegularExpressions(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed
        .toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replace('`', '\'')
        .replaceAll("[_\\-\u2013\u2014]", " ")
        .replaceAll("\\s+", " ")
        .replaceAll(" ?/ ?", "/")
        .trim();
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
