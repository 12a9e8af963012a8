package be.pst.io.ecomptes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class LabelsProperties {

  @Property
  void encodedLabelsNeverExceed255Characters(
      @ForAll @AlphaChars @NumericChars @Chars({'-', '.'}) @StringLength(min = 1, max = 300)
          String code,
      @ForAll @StringLength(max = 600) String title) {
    String label = Labels.encode(List.of(code), title);
    assertThat(label.codePointCount(0, label.length())).isLessThanOrEqualTo(Labels.MAX);
  }

  @Property
  void shortLabelsDecodeToTheirCodeAndTitle(
      @ForAll @AlphaChars @NumericChars @Chars({'-', '.'}) @StringLength(min = 1, max = 30)
          String code,
      @ForAll @StringLength(min = 1, max = 200) String title) {
    Assume.that(!title.isBlank() && title.strip().equals(title));
    Labels.Decoded decoded = Labels.decode(Labels.encode(List.of(code), title), code);
    assertThat(decoded.ownCode()).contains(code);
    assertThat(decoded.title()).isEqualTo(title);
  }

  @Property
  void subActionLabelsNameTheirParent(
      @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 20) String parent,
      @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 20) String child,
      @ForAll @AlphaChars @StringLength(min = 1, max = 100) String title) {
    Assume.that(!parent.equals(child));
    Labels.Decoded decoded = Labels.decode(Labels.encode(List.of(parent, child), title), child);
    assertThat(decoded.parentCode()).contains(parent);
    assertThat(decoded.title()).isEqualTo(title);
  }
  /** The regular expressions {@link Labels} used before its scanner (they recurse per code). */
  private static final Pattern FORMER_CODE =
      Pattern.compile("(?:OS|OO|OP|SA|A)\\s?\\.?\\s?\\d+(?:\\.\\d+)*", Pattern.CASE_INSENSITIVE);

  private static final Pattern FORMER_PREFIX = Pattern.compile(
      "^\\s*((?:(?:OS|OO|OP|SA|A)\\s?\\.?\\s?\\d+(?:\\.\\d+)*\\s*[-\u2013\u2014:]\\s*)+)(.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /**
   * Codes as pst writes them: words of at most 64 characters, with a digit and no white space,
   * each followed by {@code " - "}, before a non-blank title.
   */
  private static final Pattern PST_CODES =
      Pattern.compile("^((?:[^\\s\u00A0\u2007\u202F]*\\d[^\\s\u00A0\u2007\u202F]* - )+)(.*)$",
          Pattern.DOTALL);

  /**
   * What the former regular expressions decoded, for labels short enough for them, after the
   * codes as pst writes them (read first since pst writes codes of any style).
   */
  private static Labels.Decoded formerDecode(String label) {
    String trimmed = label.strip();
    Matcher pst = PST_CODES.matcher(trimmed);
    if (pst.matches() && !pst.group(2).isBlank()) {
      List<String> codes = List.of(pst.group(1).substring(0, pst.group(1).length() - 3)
          .split(" - ", -1));
      if (codes.stream().allMatch(c -> c.length() <= 64 && !c.isEmpty())) {
        return new Labels.Decoded(codes, pst.group(2).strip());
      }
    }
    Matcher m = FORMER_PREFIX.matcher(trimmed);
    if (m.matches() && !m.group(2).isBlank()) {
      List<String> codes = new ArrayList<>();
      Matcher c = FORMER_CODE.matcher(m.group(1));
      while (c.find()) {
        codes.add(c.group().replace(" ", "").toUpperCase(Locale.ROOT));
      }
      return new Labels.Decoded(List.copyOf(codes), m.group(2).strip());
    }
    return new Labels.Decoded(List.of(), trimmed);
  }

  @Property(tries = 3000)
  void toolPrefixesDecodeAsTheFormerRegularExpressionsDid(
      @ForAll @Chars({'O', 'S', 'P', 'A', 'o', 's', 'a', 'x', ' ', '\t', '.', '1', '2', '-',
          '\u2013', ':', '\u017F'}) @StringLength(max = 24) String label) {
    assertThat(Labels.decode(label, "")).isEqualTo(formerDecode(label));
  }

  @Property(tries = 500)
  void toolPrefixesDecodeAsBeforeWhenMadeOfCodes(
      @ForAll("toolLabels") String label) {
    assertThat(Labels.decode(label, "")).isEqualTo(formerDecode(label));
  }

  @Provide
  Arbitrary<String> toolLabels() {
    Arbitrary<String> code = Arbitraries.of("OS", "oo", "OP", "SA", "A", "a", "Os", "X")
        .flatMap(p -> Arbitraries.of("", " ", ".", " .", ". ", "  ").flatMap(sep ->
            Arbitraries.integers().between(0, 120).list().ofMinSize(1).ofMaxSize(3)
                .map(ns -> p + sep + ns.stream().map(String::valueOf)
                    .collect(Collectors.joining(".")))));
    Arbitrary<String> separator = Arbitraries.of(" - ", "-", " \u2013 ", ": ", " \u2014", " ", "");
    return Combinators.combine(code.list().ofMaxSize(5), separator.list().ofSize(5),
        Arbitraries.of("", " ", "titre", " titre - suite", "1 - x")).as((codes, seps, title) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < codes.size(); i++) {
            sb.append(codes.get(i)).append(seps.get(i));
          }
          return sb.append(title).toString();
        });
  }
}
