package be.pst.budget.line;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A budget article code (article budgétaire), written {@code fonction/économique-suffixe}, such
 * as {@code 104/123-48}: function 104 (administration), economic code 123, sub-article 48.
 *
 * <p>eComptes files also carry year-tagged codes such as {@code xxx/wal-13.2019}: the function
 * and economic parts may then be letters (placeholders), and a dot followed by four digits tags
 * the exercice. Grammar: a function of 1 to 8 letters or digits, a slash, an economic code of 1
 * to 8 letters or digits, a hyphen, a suffix of 1 to 8 letters or digits, and optionally a dot
 * and a four-digit year. Letters keep their case; {@link #toString()} gives back the code.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BudgetArticle implements Comparable<BudgetArticle> {

  private static final Pattern PART = Pattern.compile("[0-9A-Za-z]{1,8}");
  private static final Pattern ARTICLE = Pattern.compile(
      "([0-9A-Za-z]{1,8})/([0-9A-Za-z]{1,8})-([0-9A-Za-z]{1,8})(?:\\.([0-9]{4}))?");

  private final String function;
  private final String economicCode;
  private final String suffix;
  private final int year;

  private BudgetArticle(String function, String economicCode, String suffix, int year) {
    this.function = function;
    this.economicCode = economicCode;
    this.suffix = suffix;
    this.year = year;
  }

  /**
   * Reads an article code: {@code "104/123-48"}, {@code "xxx/wal-13.2019"}.
   *
   * @param code the article code; surrounding white space is ignored
   * @return the article
   * @throws IllegalArgumentException if {@code code} does not follow the grammar, naming it
   */
  public static BudgetArticle parse(String code) {
    Objects.requireNonNull(code, "code");
    Matcher m = ARTICLE.matcher(code.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a budget article code: '" + code
              + "' (expected fonction/économique-suffixe such as 104/123-48 or xxx/wal-13.2019)");
    }
    int year = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    return new BudgetArticle(m.group(1), m.group(2), m.group(3), year);
  }

  /**
   * The article of a function, economic code and suffix.
   *
   * @param function the function, e.g. {@code "104"}
   * @param economicCode the economic code, e.g. {@code "123"}
   * @param suffix the suffix (sub-article), e.g. {@code "48"}
   * @return the article
   * @throws IllegalArgumentException if a part is not 1 to 8 letters or digits
   */
  public static BudgetArticle of(String function, String economicCode, String suffix) {
    return new BudgetArticle(
        part(function, "function"), part(economicCode, "economicCode"), part(suffix, "suffix"), 0);
  }

  private static String part(String value, String name) {
    Objects.requireNonNull(value, name);
    if (!PART.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " of a budget article must be 1 to 8 letters or digits: '" + value + "'");
    }
    return value;
  }

  /**
   * The function (fonction), e.g. {@code "104"} for administration.
   *
   * @return the part before the slash
   */
  public String function() {
    return function;
  }

  /**
   * The economic code (code économique), e.g. {@code "123"}.
   *
   * @return the part between the slash and the hyphen
   */
  public String economicCode() {
    return economicCode;
  }

  /**
   * The suffix (sub-article), e.g. {@code "48"}.
   *
   * @return the part after the hyphen, without the year tag
   */
  public String suffix() {
    return suffix;
  }

  /**
   * The year tag of eComptes codes such as {@code xxx/wal-13.2019}.
   *
   * @return the year, or empty for an untagged code
   */
  public OptionalInt year() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /**
   * This article tagged with a year.
   *
   * @param year the exercice, four digits
   * @return a copy with that year tag
   * @throws IllegalArgumentException if {@code year} is not four digits
   */
  public BudgetArticle withYear(int year) {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year tag must have four digits: " + year);
    }
    return new BudgetArticle(function, economicCode, suffix, year);
  }

  /**
   * This article without a year tag.
   *
   * @return a copy with no year tag
   */
  public BudgetArticle withoutYear() {
    return year == 0 ? this : new BudgetArticle(function, economicCode, suffix, 0);
  }

  /**
   * Orders articles by their code text.
   *
   * @param other the article to compare with
   * @return the comparison of {@link #toString()}s
   */
  @Override
  public int compareTo(BudgetArticle other) {
    return toString().compareTo(other.toString());
  }

  /**
   * Two articles are equal when all their parts, year tag included, are equal.
   *
   * @param o the object to compare with
   * @return whether {@code o} is the same article
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof BudgetArticle)) {
      return false;
    }
    BudgetArticle other = (BudgetArticle) o;
    return year == other.year
        && function.equals(other.function)
        && economicCode.equals(other.economicCode)
        && suffix.equals(other.suffix);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(function, economicCode, suffix, year);
  }

  /**
   * The article code, as {@link #parse(String)} reads it.
   *
   * @return e.g. {@code "104/123-48"} or {@code "xxx/wal-13.2019"}
   */
  @Override
  public String toString() {
    String code = function + "/" + economicCode + "-" + suffix;
    return year == 0 ? code : code + "." + year;
  }
}
