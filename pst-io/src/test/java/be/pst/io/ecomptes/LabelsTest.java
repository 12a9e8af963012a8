package be.pst.io.ecomptes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void encodesCodeInFrontOfTitle() {
    assertThat(Labels.encode(List.of("OS1"),
            "Etre un CPAS qui garantisse à chaque citoyen un accueil et un suivi de qualité"))
        .isEqualTo("OS1 - Etre un CPAS qui garantisse à chaque citoyen un accueil et un suivi"
            + " de qualité");
    assertThat(Labels.encode(List.of("A16", "A16.1"), "Sous-action"))
        .isEqualTo("A16 - A16.1 - Sous-action");
  }

  @Test
  void longTitlesAreCutTo255CharactersEndingWithAnEllipsisKeepingTheCode() {
    String label = Labels.encode(List.of("OS1-OP1-A1"), "é".repeat(400));
    assertThat(label.codePointCount(0, label.length())).isEqualTo(Labels.MAX);
    assertThat(label).startsWith("OS1-OP1-A1 - é").endsWith("…");
  }

  @Test
  void truncationNeverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDE00";
    String cut = Labels.truncate(emoji.repeat(300), 255);
    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(255);
    assertThat(cut).isEqualTo(emoji.repeat(254) + "…");
  }

  @Test
  void decodesOwnLabelsThroughTheElementId() {
    assertThat(Labels.decode("OS1-OP1-A1 - Mettre en place un accueil - suivi", "OS1-OP1-A1"))
        .isEqualTo(new Labels.Decoded(List.of("OS1-OP1-A1"),
            "Mettre en place un accueil - suivi"));
    assertThat(Labels.decode("A16 - A16.1 - Sous-action", "A16.1"))
        .isEqualTo(new Labels.Decoded(List.of("A16", "A16.1"), "Sous-action"));
  }

  @Test
  void decodesRealToolPrefixes() {
    assertThat(Labels.decode("OS.1 - Être un CPAS accueillant", "8c2f"))
        .isEqualTo(new Labels.Decoded(List.of("OS.1"), "Être un CPAS accueillant"));
    assertThat(Labels.decode("OO.1.2 – Former le personnel", ""))
        .isEqualTo(new Labels.Decoded(List.of("OO.1.2"), "Former le personnel"));
    Labels.Decoded sub = Labels.decode("A.16 - SA.17 - Acheter des vélos", "77");
    assertThat(sub.codes()).containsExactly("A.16", "SA.17");
    assertThat(sub.parentCode()).contains("A.16");
    assertThat(sub.ownCode()).contains("SA.17");
    assertThat(sub.title()).isEqualTo("Acheter des vélos");
  }

  @Test
  void labelWithoutCodeIsAllTitle() {
    Labels.Decoded d = Labels.decode("  Améliorer la communication - interne ", "12");
    assertThat(d.codes()).isEmpty();
    assertThat(d.title()).isEqualTo("Améliorer la communication - interne");
  }
}
