package be.pst.budget.line;

import be.pst.budget.group.EconomicClassification;
import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A budget article code (article budgétaire): the function (fonction), the economic code (code
 * économique) and, in some shapes, a sub-code and a year tag, kept exactly as written.
 *
 * <p><b>Shapes read</b> (each seen in public material):
 *
 * <ul>
 *   <li>{@code 104/123-48}: function 104, economic nature 123, sub-code 48 — the shape of
 *       Walloon budgets and of the project's domain notes; iA.PST's list of communal economic
 *       codes writes codes {@code nnn-nn} such as {@code 123-48} (IMIO/imio.project.core,
 *       {@code src/imio/project/core/vocabularies.py}, {@code dict_plan_comptable_communal}).
 *   <li>{@code 123/45678.2020} and {@code 012/12145.2020}: the economic code as five digits
 *       without hyphen (nature 456, sub-code 78) and a year tag — the {@code CodeArticle}s of an
 *       eComptes export in iA.PST's tests (IMIO/imio.project.pst,
 *       {@code src/imio/project/pst/tests/test_ecomptes.py}).
 *   <li>{@code xxx/wal-13.2019}, {@code xxx/eur-19.2021}: placeholders in letters, a sub-code and
 *       a year tag — iA.PST's sample eComptes files ({@code
 *       src/imio/project/pst/model/*_import_pst_from_ecomptes_201805V1.xsd}).
 * </ul>
 *
 * <p>Other digits fit the same grammar, such as {@code 000/971-01} (named in the project's
 * eComptes issue, no public file found).
 *
 * <p><b>Grammar</b>: {@code function "/" economic ["-" suffix] ["." year]}, where function,
 * economic and suffix are 1 to 8 ASCII letters or digits and the year is four digits from 1000.
 * Letters keep their case. Only the dot is read as a year separator: no file or document we
 * found writes {@code 104/123-48/2020} or {@code 104/123-48:2020}, so those are rejected. A
 * function of five digits ({@code 84010/124-06}) fits the grammar. Text of more than {@value
 * #MAX_LENGTH} characters (the {@code maxLength} of {@code CodeArticle} in the eComptes schema
 * {@code PST_eComptes_Export_201805V1.xsd}) is rejected before it is read. Parsing is one pass
 * over at most {@value #MAX_LENGTH} characters, without regular expressions.
 *
 * <p><b>Identity</b>: {@link #toString()} is the text as read, surrounding white space removed;
 * two articles are equal when their texts are equal ({@code 123/45678} and {@code 123/456-78}
 * are different articles with the same {@linkplain #normalizedEconomicCode() economic code}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BudgetArticle implements Comparable<BudgetArticle> {

  /** The longest text read: the {@code maxLength} of {@code CodeArticle} in the eComptes XSD. */
  public static final int MAX_LENGTH = 50;

  private static final int MAX_PART = 8;
  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 9999;
  private static final int SHOWN = 24;
  private static final String ACCEPTED =
      "accepted: fonction/économique[-suffixe][.année], each part 1 to 8 letters or digits,"
          + " the year 4 digits, e.g. 104/123-48, 123/45678.2020, xxx/wal-13.2019";

  private final String text;
  private final String function;
  private final String economicCode;
  private final String suffix;
  private final int year;

  private BudgetArticle(
      String text, String function, String economicCode, String suffix, int year) {
    this.text = text;
    this.function = function;
    this.economicCode = economicCode;
    this.suffix = suffix;
    this.year = year;
  }

  /**
   * Reads an article code: {@code "104/123-48"}, {@code "123/45678.2020"}, {@code
   * "xxx/wal-13.2019"}.
   *
   * @param code the article code; surrounding white space is ignored
   * @return the article, whose {@link #toString()} is {@code code.strip()}
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if {@code code} is longer than {@value #MAX_LENGTH}
   *     characters (rejected before it is read, the message showing its start and length) or does
   *     not follow the grammar (the message naming the text, what is wrong and the accepted forms)
   */
  public static BudgetArticle parse(String code) {
    Objects.requireNonNull(code, "code");
    if (code.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "budget article code too long: '" + code.substring(0, SHOWN) + "…' ("
              + code.length() + " characters, at most " + MAX_LENGTH
              + ", the eComptes CodeArticle limit)");
    }
    String s = code.strip();
    int n = s.length();
    int functionEnd = alnumRun(s, 0);
    checkPart(code, 0, functionEnd, "the function");
    if (functionEnd == n || s.charAt(functionEnd) != '/') {
      throw malformed(code, "a slash must follow the function");
    }
    int economicStart = functionEnd + 1;
    int economicEnd = alnumRun(s, economicStart);
    checkPart(code, economicStart, economicEnd, "the economic code");
    int pos = economicEnd;
    String suffix = null;
    if (pos < n && s.charAt(pos) == '-') {
      int suffixEnd = alnumRun(s, pos + 1);
      checkPart(code, pos + 1, suffixEnd, "the suffix");
      suffix = s.substring(pos + 1, suffixEnd);
      pos = suffixEnd;
    }
    int year = 0;
    if (pos < n && s.charAt(pos) == '.') {
      int yearEnd = digitRun(s, pos + 1);
      if (yearEnd - (pos + 1) != 4) {
        throw malformed(code, "the year tag after the dot must have four digits");
      }
      year = Integer.parseInt(s, pos + 1, yearEnd, 10);
      if (year < MIN_YEAR) {
        throw malformed(code, "the year tag must be a year from 1000");
      }
      pos = yearEnd;
    }
    if (pos != n) {
      throw malformed(code, "unexpected '" + s.charAt(pos) + "' at position " + (pos + 1));
    }
    return new BudgetArticle(
        s, s.substring(0, functionEnd), s.substring(economicStart, economicEnd), suffix, year);
  }

  /**
   * The article {@code function/economicCode-suffix}.
   *
   * @param function the function, e.g. {@code "104"}
   * @param economicCode the economic code, e.g. {@code "123"}
   * @param suffix the suffix (sub-code), e.g. {@code "48"}
   * @return the article {@code "104/123-48"}
   * @throws NullPointerException if an argument is null, naming it
   * @throws IllegalArgumentException if a part is not 1 to 8 ASCII letters or digits
   */
  public static BudgetArticle of(String function, String economicCode, String suffix) {
    part(function, "function");
    part(economicCode, "economicCode");
    part(suffix, "suffix");
    return new BudgetArticle(
        function + "/" + economicCode + "-" + suffix, function, economicCode, suffix, 0);
  }

  /**
   * The article {@code function/economicCode}, without suffix.
   *
   * @param function the function, e.g. {@code "123"}
   * @param economicCode the economic code, e.g. {@code "45678"}
   * @return the article {@code "123/45678"}
   * @throws NullPointerException if an argument is null, naming it
   * @throws IllegalArgumentException if a part is not 1 to 8 ASCII letters or digits
   */
  public static BudgetArticle of(String function, String economicCode) {
    part(function, "function");
    part(economicCode, "economicCode");
    return new BudgetArticle(function + "/" + economicCode, function, economicCode, null, 0);
  }

  private static void part(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty() || value.length() > MAX_PART || alnumRun(value, 0) != value.length()) {
      throw new IllegalArgumentException(
          name + " of a budget article must be 1 to 8 ASCII letters or digits: '"
              + (value.length() > MAX_LENGTH ? value.substring(0, SHOWN) + "…" : value) + "'");
    }
  }

  private static void checkPart(String code, int start, int end, String what) {
    if (end == start) {
      throw malformed(code, what + " is empty");
    }
    if (end - start > MAX_PART) {
      throw malformed(code, what + " has more than 8 characters");
    }
  }

  private static IllegalArgumentException malformed(String code, String reason) {
    return new IllegalArgumentException(
        "not a budget article code: '" + code + "' (" + reason + "); " + ACCEPTED);
  }

  /** The end of the run of ASCII letters and digits starting at {@code from}. */
  private static int alnumRun(String s, int from) {
    int i = from;
    while (i < s.length() && isAsciiAlnum(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int digitRun(String s, int from) {
    int i = from;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiAlnum(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean allDigits(String s) {
    return digitRun(s, 0) == s.length();
  }

  /**
   * The function (fonction), e.g. {@code "104"} for administration.
   *
   * @return the part before the slash, as written
   */
  public String function() {
    return function;
  }

  /**
   * The economic code as written between the slash and the suffix or year tag.
   *
   * @return e.g. {@code "123"} for {@code 104/123-48}, {@code "45678"} for {@code
   *     123/45678.2020}, {@code "wal"} for {@code xxx/wal-13.2019}
   */
  public String economicCode() {
    return economicCode;
  }

  /**
   * The suffix after the hyphen, as written. For a numeric code such as {@code 104/123-48} it is
   * the sub-code of the economic classification ({@code 123-48}, "autres frais
   * administratifs").
   *
   * @return e.g. {@code "48"}, or empty when the code has no hyphen ({@code 123/45678.2020})
   */
  public Optional<String> suffix() {
    return Optional.ofNullable(suffix);
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
   * The economic nature (the first three digits of the economic classification), when the
   * economic code is three digits ({@code 104/123-48}) or five digits ({@code 123/45678}).
   *
   * @return e.g. {@code "123"} or {@code "456"}; empty for letters ({@code xxx/wal-13}) or any
   *     other number of digits
   */
  public Optional<String> economicNature() {
    if (!allDigits(economicCode)) {
      return Optional.empty();
    }
    if (economicCode.length() == 3 || economicCode.length() == 5) {
      return Optional.of(economicCode.substring(0, 3));
    }
    return Optional.empty();
  }

  /**
   * The two-digit sub-code of the economic classification: the last two digits of a five-digit
   * economic code ({@code 123/45678} → {@code 78}), or a two-digit suffix after a three-digit
   * economic code ({@code 104/123-48} → {@code 48}).
   *
   * @return the sub-code, or empty when the code does not carry one in either shape
   */
  public Optional<String> economicSubCode() {
    if (!allDigits(economicCode)) {
      return Optional.empty();
    }
    if (economicCode.length() == 5) {
      return Optional.of(economicCode.substring(3));
    }
    if (economicCode.length() == 3 && suffix != null && suffix.length() == 2 && allDigits(suffix)) {
      return Optional.of(suffix);
    }
    return Optional.empty();
  }

  /**
   * The economic code read the way the classification writes it, {@code nnn-nn}: {@code
   * 104/123-48} → {@code 123-48}, {@code 123/45678.2020} → {@code 456-78}.
   *
   * @return the normalised code, or empty without both a nature and a sub-code
   */
  public Optional<String> normalizedEconomicCode() {
    Optional<String> nature = economicNature();
    Optional<String> sub = economicSubCode();
    return nature.isPresent() && sub.isPresent()
        ? Optional.of(nature.get() + "-" + sub.get())
        : Optional.empty();
  }

  /**
   * The economic group of this article in a service and on a side, from its economic nature
   * (see {@link EconomicClassification}).
   *
   * @param service the service the article belongs to (eComptes {@code Service})
   * @param side the side the article belongs to (eComptes {@code Type})
   * @return the group, or empty when the nature is missing or its group is not known
   * @throws NullPointerException if an argument is null, naming it
   */
  public Optional<EconomicGroup> economicGroup(Service service, Side side) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(side, "side");
    return economicNature().flatMap(n -> EconomicClassification.groupOf(service, side, n));
  }

  /**
   * This article tagged with a year: {@code 104/123-48} → {@code 104/123-48.2020}; an existing
   * tag is replaced.
   *
   * @param year the exercice, four digits
   * @return a copy with that year tag
   * @throws IllegalArgumentException if {@code year} is not from 1000 to 9999
   */
  public BudgetArticle withYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("year tag must have four digits: " + year);
    }
    BudgetArticle untagged = withoutYear();
    return new BudgetArticle(
        untagged.text + "." + year, function, economicCode, suffix, year);
  }

  /**
   * This article without its year tag.
   *
   * @return a copy with no year tag, or this article if it has none
   */
  public BudgetArticle withoutYear() {
    if (year == 0) {
      return this;
    }
    return new BudgetArticle(
        text.substring(0, text.length() - 5), function, economicCode, suffix, 0);
  }

  /**
   * Orders articles by their code text.
   *
   * @param other the article to compare with
   * @return the comparison of {@link #toString()}s
   */
  @Override
  public int compareTo(BudgetArticle other) {
    return text.compareTo(other.text);
  }

  /**
   * Two articles are equal when their texts are equal.
   *
   * @param o the object to compare with
   * @return whether {@code o} is an article with the same text
   */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof BudgetArticle && text.equals(((BudgetArticle) o).text));
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the text
   */
  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The article code as read, surrounding white space removed.
   *
   * @return e.g. {@code "104/123-48"}, {@code "123/45678.2020"} or {@code "xxx/wal-13.2019"}
   */
  @Override
  public String toString() {
    return text;
  }
}
