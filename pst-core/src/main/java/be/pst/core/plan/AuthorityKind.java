package be.pst.core.plan;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * The kind of local authority that adopts a plan (type d'administration; eComptes {@code
 * TypeAdmin}: AC for the commune, CPAS). Instances are immutable and thread-safe.
 */
public enum AuthorityKind {
  /** A commune (administration communale, "AC"). */
  COMMUNE("Commune", "AC", "Administration communale", "Ville"),
  /** A public social-welfare centre (Centre public d'action sociale). */
  CPAS("CPAS", "Centre public d'action sociale");

  private final List<String> words;

  AuthorityKind(String... words) {
    this.words = List.of(words);
  }

  /**
   * The French label.
   *
   * @return "Commune" or "CPAS"
   */
  public String label() {
    return words.get(0);
  }

  /**
   * Parses "Commune", "AC", "Ville", "CPAS" or the constant name, case-insensitively.
   *
   * @param text the word
   * @return the kind
   * @throws IllegalArgumentException if the word is unknown, listing the accepted ones
   */
  public static AuthorityKind parse(String text) {
    return Labels.parse(AuthorityKind.class, text, k -> k.words);
  }
}
