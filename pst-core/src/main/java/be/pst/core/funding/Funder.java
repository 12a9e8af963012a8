package be.pst.core.funding;

import be.pst.core.label.Labels;
import java.util.List;

/**
 * The level of power or body that funds an action (pouvoir subsidiant). Instances are immutable
 * and thread-safe.
 */
public enum Funder {
  /** The Walloon Region and its administration (SPW), "Wallonie". */
  WALLONIA("Wallonie", "Région wallonne", "Region", "SPW", "Région"),
  /** The federal State (SPP Intégration sociale, Fedasil…), "Fédéral". */
  FEDERAL("Fédéral", "État fédéral", "Etat", "Federal"),
  /** The European Union (FSE, FEAD, FEDER…), "Europe". */
  EUROPE("Europe", "Union européenne", "UE"),
  /** The French-speaking community, "Fédération Wallonie-Bruxelles". */
  FWB("Fédération Wallonie-Bruxelles", "Communauté française"),
  /** The province, "Province". */
  PROVINCE("Province"),
  /** The Office de la Naissance et de l'Enfance, "ONE". */
  ONE("ONE", "Office de la Naissance et de l'Enfance"),
  /** The commune (for a CPAS) or the city, "Commune/Ville". */
  MUNICIPALITY("Commune/Ville", "Commune", "Ville"),
  /** The authority's own funds, "Fonds propres". */
  OWN_FUNDS("Fonds propres"),
  /** Any other funder, "Autre". */
  OTHER("Autre", "Autres");

  private final String label;
  private final List<String> words;

  Funder(String label, String... aliases) {
    this.label = label;
    this.words = concat(label, aliases);
  }

  static List<String> concat(String label, String... aliases) {
    String[] all = new String[aliases.length + 1];
    all[0] = label;
    System.arraycopy(aliases, 0, all, 1, aliases.length);
    return List.of(all);
  }

  /**
   * The French label.
   *
   * @return the label, e.g. "Wallonie"
   */
  public String label() {
    return label;
  }

  /**
   * Parses a French label, an alias ("Région wallonne", "Ville") or the constant name,
   * accent- and case-insensitively.
   *
   * @param text the word
   * @return the funder
   * @throws IllegalArgumentException if the word is unknown, listing the accepted ones
   */
  public static Funder parse(String text) {
    return Labels.parse(Funder.class, text, f -> f.words);
  }
}
