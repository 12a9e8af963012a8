package be.pst.io.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mutant generator is deterministic and draws every kind of its format. */
class MutatorTest {

  private static final HostileTargets TARGETS =
      new HostileTargets("file:///tmp/secret", "http://127.0.0.1:9/x.dtd");

  private static final List<SeedDocument> JSON = List.of(SeedDocument.of("small",
      ("{\"format\": \"be.pst/1\", \"plan\": {\"title\": \"T\", \"legislature\": "
          + "{\"firstExercice\": 2019, \"lastExercice\": 2024}, \"strategicObjectives\": [{"
          + "\"code\": \"OS1\", \"objectiveShares\": [{\"percent\": \"50\"}, {\"percent\": "
          + "\"50\"}], \"progress\": \"25\", \"amount\": \"1.00\", \"sdgs\": [1, 2]}]}}")
          .getBytes(StandardCharsets.UTF_8)));

  private static final List<SeedDocument> XML = List.of(SeedDocument.of("small",
      ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dataroot><Identifiants><INS>25121</INS>"
          + "<Exercice>2020</Exercice></Identifiants><PST><Volets><Volet ElementId=\"E\" "
          + "Exercice=\"2020\"><Libelle>Volet</Libelle><Plans><Plan>PCS</Plan></Plans>"
          + "<Projections><Projection><Exercices><Exercice Valeur=\"2020\"><Montant>1.00"
          + "</Montant></Exercice></Exercices></Projection></Projections></Volet></Volets></PST>"
          + "</dataroot>").getBytes(StandardCharsets.UTF_8)));

  @Test
  void sameSeedAndIndexGiveTheSameMutant() {
    Mutator a = Mutator.json(JSON, 42);
    Mutator b = Mutator.json(JSON, 42);
    List<Mutant> backwards = new ArrayList<>();
    for (int i = 199; i >= 0; i--) {
      backwards.add(0, b.mutant(i));
    }
    for (int i = 0; i < 200; i++) {
      Mutant x = a.mutant(i);
      Mutant y = backwards.get(i);
      assertThat(y.bytes()).isEqualTo(x.bytes());
      assertThat(y.toString()).isEqualTo(x.toString())
          .startsWith("seed 42, mutant " + i + ", kind ");
    }
    assertThat(Mutator.json(JSON, 43).mutant(7).bytes()).isNotEqualTo(a.mutant(7).bytes());
  }

  @Test
  void everyJsonKindIsDrawnAndOnlyThose() {
    assertThat(kindsDrawn(Mutator.json(JSON, 1), 2_000)).isEqualTo(kinds(true));
  }

  @Test
  void everyXmlKindIsDrawnAndOnlyThose() {
    assertThat(kindsDrawn(Mutator.xml(XML, 1, TARGETS), 3_000)).isEqualTo(kinds(false));
  }

  @Test
  void mutantsSayHowToMakeThemAgainAndShowTheirFirstBytes() {
    Mutant m = Mutator.xml(XML, 5, TARGETS).mutant(3);
    assertThat(m.toString()).matches("seed 5, mutant 3, kind [A-Z_]+ \\(.+\\), from small");
    assertThat(Mutator.json(List.of(SeedDocument.of("bom", new byte[] {0, 0, (byte) 0xFE,
        (byte) 0xFF, '\n'})), 1).mutant(0).head(200)).doesNotContain("\u0000");
  }

  private static Set<MutationKind> kindsDrawn(Mutator mutator, int count) {
    Set<MutationKind> drawn = EnumSet.noneOf(MutationKind.class);
    for (int i = 0; i < count; i++) {
      drawn.add(mutator.mutant(i).kind());
    }
    return drawn;
  }

  private static Set<MutationKind> kinds(boolean json) {
    Set<MutationKind> kinds = EnumSet.noneOf(MutationKind.class);
    for (MutationKind k : MutationKind.values()) {
      if ((json ? k.jsonWeight() : k.xmlWeight()) > 0) {
        kinds.add(k);
      }
    }
    return kinds;
  }
}
