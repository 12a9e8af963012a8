package be.pst.core.person;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * What a {@link Pilot} is: a named person, a role, or a service. Instances are immutable and
 * thread-safe.
 */
public enum PilotKind {
  /** A named person ("Marie Dupont", "LM"). */
  PERSON("personne"),
  /** A role without a name ("Directeurs généraux", "chefs de service"). */
  ROLE("fonction", "rôle"),
  /** A service of the authority ("Service RH"). */
  SERVICE("service");

  private final List<String> words;

  PilotKind(String... words) {
    this.words = List.of(words);
  }

  /**
   * The French word.
   *
   * @return e.g. "service"
   */
  public String label() {
    return words.get(0);
  }

  /**
   * The kind named by a French word or the constant name, accent- and case-insensitively.
   *
   * @param text the word
   * @return the kind
   * @throws IllegalArgumentException if the word names no kind, listing the accepted ones
   */
  public static PilotKind parse(String text) {
    return Labels.parse(PilotKind.class, text, k -> k.words);
  }
}
