package be.pst.io.ecomptes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits a person's name into the {@code Nom} and {@code Prenom} of eComptes, and joins them
 * back. Rules, in order:
 * <ol>
 *   <li>A leading civility (M., Mr, Monsieur; Mme, Madame, Mlle) is removed and gives the
 *       {@code Civilite}.</li>
 *   <li>If some words are written in capitals (at least two letters, e.g. {@code "MERTENS
 *       Laurence"}, {@code "Jean VAN DER BERG"}), the capitalised words are the surname and the
 *       others the first name (the Belgian administrative convention).</li>
 *   <li>Otherwise the first word is the first name and the rest the surname
 *       ({@code "Jean-Marc Van der Berg"} → Prenom {@code Jean-Marc}, Nom
 *       {@code Van der Berg}).</li>
 *   <li>A single word (or initials such as {@code LM/AL}) is the surname, with an empty first
 *       name.</li>
 * </ol>
 * Surname is cut to 100 and first name to 50 characters.
 */
final class PersonNames {

  static final int MAX_NOM = 100;
  static final int MAX_PRENOM = 50;

  /** The two civilities of eComptes. */
  static final String MONSIEUR = "MONSIEUR";
  static final String MADAME = "MADAME";

  private PersonNames() {}

  /** A split name. */
  record Parts(Optional<String> civility, String nom, String prenom) {}

  static Parts split(String fullName) {
    List<String> words = new ArrayList<>(List.of(fullName.strip().split("\\s+")));
    words.removeIf(String::isEmpty);
    Optional<String> civility = Optional.empty();
    if (words.size() > 1) {
      String first = words.get(0).toLowerCase(Locale.ROOT);
      if (first.equals("m.") || first.equals("m") || first.equals("mr") || first.equals("mr.")
          || first.equals("monsieur")) {
        civility = Optional.of(MONSIEUR);
        words.remove(0);
      } else if (first.equals("mme") || first.equals("mme.") || first.equals("madame")
          || first.equals("mlle") || first.equals("mademoiselle")) {
        civility = Optional.of(MADAME);
        words.remove(0);
      }
    }
    if (words.isEmpty()) {
      return new Parts(civility, "", "");
    }
    if (words.size() == 1) {
      return new Parts(civility, Labels.truncate(words.get(0), MAX_NOM), "");
    }
    List<String> upper = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (String w : words) {
      (isCapitalised(w) ? upper : other).add(w);
    }
    String nom;
    String prenom;
    if (!upper.isEmpty() && !other.isEmpty()) {
      nom = String.join(" ", upper);
      prenom = String.join(" ", other);
    } else {
      prenom = words.get(0);
      nom = String.join(" ", words.subList(1, words.size()));
    }
    return new Parts(civility, Labels.truncate(nom, MAX_NOM), Labels.truncate(prenom, MAX_PRENOM));
  }

  /** {@code "Prenom Nom"}, trimmed; empty when both are empty. */
  static String join(String nom, String prenom) {
    return (prenom.strip() + " " + nom.strip()).strip();
  }

  /**
   * Whether a text is initials such as {@code LM} or {@code LM/AL}: groups of one to four
   * upper-case letters separated by {@code /}. Scanned once, without a regular expression (whose
   * repetition of a group recurses per group and overflows the stack on long inputs).
   */
  static boolean isInitials(String text) {
    int letters = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (Character.getType(cp) == Character.UPPERCASE_LETTER) {
        if (++letters > 4) {
          return false;
        }
      } else if (cp == '/' && letters > 0) {
        letters = 0;
      } else {
        return false;
      }
      i += Character.charCount(cp);
    }
    return letters > 0;
  }

  private static boolean isCapitalised(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      if (Character.isLetter(ch)) {
        if (!Character.isUpperCase(ch)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
