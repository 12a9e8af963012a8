package be.pst.io.sheet;

import be.pst.budget.group.EconomicGroup;
import be.pst.budget.group.Service;
import be.pst.budget.group.Side;
import be.pst.budget.line.BudgetArticle;
import be.pst.budget.line.BudgetFigure;
import be.pst.core.funding.Funder;
import be.pst.core.funding.FundingSource;
import be.pst.core.label.Labels;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The values of budget-line cells: what each column accepts, and the text each value is written
 * as, so that what is written reads back equal. A cell that is not what its column accepts
 * throws {@link Bad} with what was expected; the caller adds the place.
 */
final class CellValues {

  /** Excel keeps 15 significant digits of a number. */
  static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

  /** Longest text taken for a number: beyond, it is no amount or year of a budget. */
  private static final int MAX_NUMBER_CHARS = 40;

  private static final Pattern DECIMAL_POINT_AMOUNT = Pattern.compile("-?\\d+\\.\\d{1,2}");

  /** Digits grouped by dots or spaces, or not; a decimal comma. */
  private static final Pattern COMMA_AMOUNT = amountPattern('.', ',');

  /** Digits grouped by commas or spaces, or not; a decimal point. */
  private static final Pattern POINT_AMOUNT = amountPattern(',', '.');

  private static final String GROUP_EXPECTED = "an economic group: a code ("
      + java.util.Arrays.stream(EconomicGroup.values()).map(EconomicGroup::code)
          .collect(Collectors.joining(", "))
      + "), a code and label such as 91 Investissements, or a label such as Personnel";
  private static final String FIGURE_WORDS = "Projection, Budget, Budget initial (BI), Budget"
      + " après modification (MB), Engagé or Imputé (empty for a projection)";
  private static final Pattern FUNDER_AND_PROGRAMME = Pattern.compile("(.+?) \\((.+)\\)");

  private CellValues() {}

  private static Pattern amountPattern(char group, char decimalMark) {
    String g = Pattern.quote(String.valueOf(group));
    String m = Pattern.quote(String.valueOf(decimalMark));
    return Pattern.compile("(\\d{1,3}(?:(?:" + g + "\\d{3})+|(?: \\d{3})+)|\\d+)(?:" + m
        + "(\\d+))?");
  }

  /** What a cell should have held. */
  static final class Bad extends Exception {
    private static final long serialVersionUID = 1L;

    Bad(String expected) {
      super(expected, null, false, false);
    }
  }

  // ------------------------------------------------------------------ reading

  /** The text of a text or number cell (a number as a plain decimal, as the sheet shows it). */
  static String text(RawCell cell, String what) throws Bad {
    switch (cell.kind) {
      case EMPTY:
        return "";
      case TEXT:
        return cell.text;
      case NUMBER:
        return plainNumber(cell.text);
      default:
        throw new Bad(what + ", not " + kindName(cell));
    }
  }

  private static String plainNumber(String raw) {
    BigDecimal number = number(raw);
    return number == null ? raw : number.stripTrailingZeros().toPlainString();
  }

  /** A number as a workbook stores it, or {@code null} if it is not one of reasonable size. */
  private static BigDecimal number(String raw) {
    if (raw.length() > MAX_NUMBER_CHARS) {
      return null;
    }
    try {
      BigDecimal number = new BigDecimal(raw);
      return number.scale() > MAX_NUMBER_CHARS || number.scale() < -MAX_NUMBER_CHARS ? null
          : number;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String kindName(RawCell cell) {
    switch (cell.kind) {
      case BOOLEAN:
        return "a TRUE/FALSE cell";
      case ERROR:
        return "an error cell";
      case NUMBER:
        return "a number";
      case EMPTY:
        return "an empty cell";
      default:
        return "a text";
    }
  }

  static int exercice(RawCell cell) throws Bad {
    String expected = "an exercice: a four-digit year such as 2020";
    if (cell.kind == RawCell.Kind.NUMBER) {
      BigDecimal number = number(cell.text);
      if (number != null && number.stripTrailingZeros().scale() <= 0
          && number.compareTo(BigDecimal.valueOf(1000)) >= 0
          && number.compareTo(BigDecimal.valueOf(9999)) <= 0) {
        return number.intValueExact();
      }
      throw new Bad(expected);
    }
    if (cell.kind == RawCell.Kind.EMPTY) {
      throw new Bad(expected + " (the exercice is required)");
    }
    String text = text(cell, expected).strip();
    if (text.length() == 4 && text.chars().allMatch(c -> c >= '0' && c <= '9')
        && text.charAt(0) != '0') {
      return Integer.parseInt(text);
    }
    throw new Bad(expected);
  }

  /** The amount of a cell in cents; text is read with {@code decimalMark}. */
  static long amountCents(RawCell cell, char decimalMark) throws Bad {
    String example = decimalMark == ',' ? "287.500,00 or 287500,00" : "287500.00";
    String expected = "an amount in euros to the cent, such as " + example;
    switch (cell.kind) {
      case EMPTY:
        throw new Bad(expected + " (an empty cell is not zero: write 0)");
      case NUMBER: {
        BigDecimal number = number(cell.text);
        if (number == null) {
          throw new Bad(expected);
        }
        // A workbook stores binary doubles, such as 0.30000000000000004 for =0.1+0.2: what
        // the spreadsheet shows and compares is the value to 15 significant digits.
        return cents(number.round(EXCEL_PRECISION), expected);
      }
      case TEXT:
        return textAmountCents(cell.text, decimalMark, expected);
      default:
        throw new Bad(expected + ", not " + kindName(cell));
    }
  }

  private static long textAmountCents(String text, char decimalMark, String expected)
      throws Bad {
    if (text.length() > MAX_NUMBER_CHARS) {
      throw new Bad(expected);
    }
    String s = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2212', '-')
        .strip();
    if (s.endsWith("€")) {
      s = s.substring(0, s.length() - 1).strip();
    } else if (s.startsWith("€")) {
      s = s.substring(1).strip();
    }
    if (s.equals("-")) {
      return 0; // "- €": how spreadsheets' accounting format shows zero
    }
    boolean negative = s.startsWith("-");
    if (negative) {
      s = s.substring(1);
    }
    char group = decimalMark == ',' ? '.' : ',';
    Matcher matcher = (decimalMark == ',' ? COMMA_AMOUNT : POINT_AMOUNT).matcher(s);
    if (!matcher.matches()) {
      String hint = decimalMark == ',' && DECIMAL_POINT_AMOUNT.matcher(s).matches()
          ? " (this one has a decimal point: if the whole file does, declare"
              + " CsvDialect.of(';', '.'))"
          : "";
      throw new Bad(expected + hint);
    }
    String digits = matcher.group(1).replace(String.valueOf(group), "").replace(" ", "");
    String decimals = matcher.group(2) == null ? "" : matcher.group(2);
    BigDecimal value = new BigDecimal(digits + (decimals.isEmpty() ? "" : "." + decimals));
    return cents(negative ? value.negate() : value, expected);
  }

  private static long cents(BigDecimal euros, String expected) throws Bad {
    BigDecimal exact = euros.stripTrailingZeros();
    if (exact.scale() > 2) {
      throw new Bad("an amount to the cent: " + exact.toPlainString()
          + " has a fraction of a cent (euros are kept to the cent)");
    }
    try {
      return exact.movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      throw new Bad(expected + " (this one is too large for a budget line)");
    }
  }

  static Optional<Service> service(RawCell cell) throws Bad {
    return constant(cell, "a service: O, E, ordinaire or extraordinaire", Service.values(),
        Service::label, Service::ecomptesCode, Service::parse);
  }

  static Optional<Side> side(RawCell cell) throws Bad {
    return constant(cell, "a side: R, D, recettes or dépenses", Side.values(), Side::label,
        Side::ecomptesCode, Side::parse);
  }

  /**
   * The constant a cell names: by its label or eComptes code as written (the common case, with
   * no parsing), else by the type's own {@code parse}; empty for an empty cell.
   */
  private static <E> Optional<E> constant(RawCell cell, String expected, E[] values,
      Function<E, String> label, Function<E, String> code, Function<String, E> parse)
      throws Bad {
    String text = text(cell, expected).strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E value : values) {
      if (label.apply(value).equals(text) || code.apply(value).equals(text)) {
        return Optional.of(value);
      }
    }
    try {
      return Optional.of(parse.apply(text));
    } catch (IllegalArgumentException e) {
      throw new Bad(expected);
    }
  }

  /**
   * The group of a cell: a code ({@code 70}, {@code 7X}), a code and label ({@code 91
   * Investissements}), a constant name, or a label alone ({@code Personnel}) that the service
   * and side of the row, when given, make unambiguous. A group that contradicts the service or
   * side of the row is an error.
   */
  static Optional<EconomicGroup> group(RawCell cell, Optional<Service> service,
      Optional<Side> side) throws Bad {
    String expected = GROUP_EXPECTED;
    String text = text(cell, expected).strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    EconomicGroup group = byCode(text);
    if (group == null) {
      try {
        group = EconomicGroup.parse(text);
      } catch (IllegalArgumentException notACode) {
        group = byLabel(text, service, side, expected);
      }
    }
    if (service.isPresent() && service.get() != group.service()
        || side.isPresent() && side.get() != group.side()) {
      throw new Bad("a group of the row's service and side: " + group.displayName() + " is "
          + group.service().label() + " " + group.side().label() + ", but the row says "
          + service.map(Service::label).orElse("") + " " + side.map(Side::label).orElse(""));
    }
    return Optional.of(group);
  }

  /**
   * The figure of a cell: a French word of {@link BudgetFigure#parse(String)}; an empty cell is
   * a projection, as a line that does not say.
   */
  static BudgetFigure figure(RawCell cell) throws Bad {
    String expected = "a figure: " + FIGURE_WORDS;
    String text = text(cell, expected).strip();
    if (text.isEmpty()) {
      return BudgetFigure.PROJECTION;
    }
    if (text.length() > MAX_NUMBER_CHARS) {
      throw new Bad(expected);
    }
    try {
      return BudgetFigure.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Bad(expected);
    }
  }

  /** The group of a code as written ({@code 70}, {@code 7X}, {@code 7x}), or {@code null}. */
  private static EconomicGroup byCode(String text) {
    if (text.length() == 2) {
      for (EconomicGroup group : EconomicGroup.values()) {
        if (group.code().equalsIgnoreCase(text)) {
          return group;
        }
      }
    }
    return null;
  }

  private static EconomicGroup byLabel(String text, Optional<Service> service,
      Optional<Side> side, String expected) throws Bad {
    String key = Labels.normalize(text);
    List<EconomicGroup> candidates = new ArrayList<>();
    for (EconomicGroup group : EconomicGroup.values()) {
      if (Labels.normalize(group.label()).equals(key)
          && service.map(s -> s == group.service()).orElse(true)
          && side.map(s -> s == group.side()).orElse(true)) {
        candidates.add(group);
      }
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    if (candidates.isEmpty()) {
      throw new Bad(expected);
    }
    throw new Bad("an economic group: the label '" + text + "' is that of the groups "
        + candidates.stream().map(EconomicGroup::code).collect(Collectors.joining(", "))
        + "; write the code, or map the Service and Type columns");
  }

  static Optional<BudgetArticle> article(RawCell cell) throws Bad {
    String expected = "a budget article such as 104/123-48";
    String text = text(cell, expected).strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(BudgetArticle.parse(text));
    } catch (IllegalArgumentException e) {
      throw new Bad(expected);
    }
  }

  /**
   * The funding source of a cell: as written ({@code "Europe (FSE)"}, {@code "Wallonie"}), or
   * any word {@link FundingSource#parse} knows ({@code "FSE"}, {@code "WALLONIA/APE"}).
   */
  static Optional<FundingSource> funding(RawCell cell) throws Bad {
    String expected = "a funding source such as Wallonie, Europe (FSE), APE or ONE";
    String text = text(cell, expected).strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (Funder funder : Funder.values()) {
      if (funder.label().equals(text)) {
        return Optional.of(FundingSource.of(funder));
      }
    }
    Matcher matcher = FUNDER_AND_PROGRAMME.matcher(text);
    if (matcher.matches()) {
      for (Funder funder : Funder.values()) {
        if (funder.label().equals(matcher.group(1)) && !matcher.group(2).isBlank()) {
          return Optional.of(FundingSource.of(funder, matcher.group(2)));
        }
      }
    }
    try {
      return Optional.of(FundingSource.parse(text));
    } catch (IllegalArgumentException e) {
      throw new Bad(expected);
    }
  }

  static Optional<String> label(RawCell cell) throws Bad {
    String text = text(cell, "a label (text)");
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  static Optional<String> elementCode(RawCell cell) throws Bad {
    String text = text(cell, "the code of an OS, OO or action, such as OS1-OP1-A1").strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  static boolean estimate(RawCell cell) throws Bad {
    String expected = "oui or non (whether the amount is an estimate)";
    switch (cell.kind) {
      case EMPTY:
        return false;
      case BOOLEAN:
      case NUMBER:
        if (cell.text.equals("1")) {
          return true;
        }
        if (cell.text.equals("0")) {
          return false;
        }
        throw new Bad(expected);
      case TEXT:
        if (cell.text.equals("non")) {
          return false;
        }
        if (cell.text.equals("oui")) {
          return true;
        }
        switch (Labels.normalize(cell.text)) {
          case "":
          case "non":
          case "no":
          case "false":
          case "faux":
          case "0":
            return false;
          case "oui":
          case "yes":
          case "true":
          case "vrai":
          case "1":
          case "x":
          case "estimation":
            return true;
          default:
            throw new Bad(expected);
        }
      default:
        throw new Bad(expected + ", not " + kindName(cell));
    }
  }

  // ------------------------------------------------------------------ writing

  /** The funding source as written: the funder's label, then the programme in parentheses. */
  static String fundingText(FundingSource funding) {
    return funding.funder().label() + funding.programme().map(p -> " (" + p + ")").orElse("");
  }

  static String estimateText(boolean estimate) {
    return estimate ? "oui" : "non";
  }
}
