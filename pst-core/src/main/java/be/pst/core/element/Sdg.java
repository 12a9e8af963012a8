package be.pst.core.element;

import be.pst.core.label.Labels;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seventeen sustainable development goals of the United Nations (objectifs de
 * développement durable, ODD), with their official French labels. Instances are immutable and
 * thread-safe.
 */
public enum Sdg {
  /** ODD 1, "Pas de pauvreté". */
  SDG_1("Pas de pauvreté"),
  /** ODD 2, "Faim « zéro »". */
  SDG_2("Faim « zéro »", "Faim zéro"),
  /** ODD 3, "Bonne santé et bien-être". */
  SDG_3("Bonne santé et bien-être"),
  /** ODD 4, "Éducation de qualité". */
  SDG_4("Éducation de qualité"),
  /** ODD 5, "Égalité entre les sexes". */
  SDG_5("Égalité entre les sexes"),
  /** ODD 6, "Eau propre et assainissement". */
  SDG_6("Eau propre et assainissement"),
  /** ODD 7, "Énergie propre et d'un coût abordable". */
  SDG_7("Énergie propre et d'un coût abordable"),
  /** ODD 8, "Travail décent et croissance économique". */
  SDG_8("Travail décent et croissance économique"),
  /** ODD 9, "Industrie, innovation et infrastructure". */
  SDG_9("Industrie, innovation et infrastructure"),
  /** ODD 10, "Inégalités réduites". */
  SDG_10("Inégalités réduites"),
  /** ODD 11, "Villes et communautés durables". */
  SDG_11("Villes et communautés durables"),
  /** ODD 12, "Consommation et production responsables". */
  SDG_12("Consommation et production responsables"),
  /** ODD 13, "Mesures relatives à la lutte contre les changements climatiques". */
  SDG_13("Mesures relatives à la lutte contre les changements climatiques"),
  /** ODD 14, "Vie aquatique". */
  SDG_14("Vie aquatique"),
  /** ODD 15, "Vie terrestre". */
  SDG_15("Vie terrestre"),
  /** ODD 16, "Paix, justice et institutions efficaces". */
  SDG_16("Paix, justice et institutions efficaces"),
  /** ODD 17, "Partenariats pour la réalisation des objectifs". */
  SDG_17("Partenariats pour la réalisation des objectifs");

  private static final Pattern NUMBERED =
      Pattern.compile("(?:odd|sdg)?\\s*(?:n°|no|#)?\\s*(\\d{1,2})(?:\\s.*)?");

  private final List<String> words;

  Sdg(String... words) {
    this.words = List.of(words);
  }

  /**
   * The goal's number, 1 to 17.
   *
   * @return the number
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * The official French label.
   *
   * @return the label, e.g. "Pas de pauvreté"
   */
  public String label() {
    return words.get(0);
  }

  /**
   * The goal of the given number.
   *
   * @param number 1 to 17
   * @return the goal
   * @throws IllegalArgumentException if the number is not 1 to 17
   */
  public static Sdg of(int number) {
    if (number < 1 || number > 17) {
      throw new IllegalArgumentException("SDG number must be 1 to 17, was " + number);
    }
    return values()[number - 1];
  }

  /**
   * Parses a number ("3"), a numbered reference ("ODD 3", "ODD3", "SDG_3", "ODD 3 - Bonne
   * santé…") or the French label, accent- and case-insensitively.
   *
   * @param text the word
   * @return the goal
   * @throws IllegalArgumentException if the text denotes no goal
   */
  public static Sdg parse(String text) {
    Matcher m = NUMBERED.matcher(Labels.normalize(text).replace(":", " "));
    if (m.matches()) {
      return of(Integer.parseInt(m.group(1)));
    }
    return Labels.parse(Sdg.class, text, s -> s.words);
  }

  /**
   * "ODD 3 Bonne santé et bien-être".
   *
   * @return the readable goal
   */
  @Override
  public String toString() {
    return "ODD " + number() + " " + label();
  }
}
