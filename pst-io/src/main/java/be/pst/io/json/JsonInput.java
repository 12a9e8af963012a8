package be.pst.io.json;

import be.pst.core.schedule.PartialDate;
import be.pst.io.PstFormatException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading side of the one JSON codec: a cursor over a streaming {@link JsonParser} that
 * knows the document's source name and the reading mode, reads typed values, and turns every
 * problem into a {@link PstFormatException} carrying a pointer, a line and a column.
 *
 * <p>The pointer is computed from the parser's context only when a problem is raised, so
 * reading a valid document costs nothing for it. Not thread-safe: one instance per document.
 */
final class JsonInput {

  /** Largest number of integer digits accepted in a decimal (percent, FTE, count). */
  static final int MAX_DECIMAL_INTEGER_DIGITS = 30;

  /** Largest number of fraction digits accepted in a decimal (percent, FTE, count). */
  static final int MAX_DECIMAL_SCALE = 30;

  /** Longer decimal texts are refused before {@link BigDecimal} works on them. */
  static final int MAX_DECIMAL_TEXT_LENGTH = 100;

  final JsonParser parser;
  /** The parser, if it gives its token's line and column as numbers (Jackson's JSON parsers). */
  private final ParserBase base;
  final String source;
  final boolean lenient;
  private final List<PstJsonWarning> warnings = new ArrayList<>();
  private final java.util.Map<String, String> interned = new java.util.HashMap<>();
  /** Where each value read was, when a reader asks for it (validation after reading). */
  private java.util.IdentityHashMap<Object, Place> places;

  /** Where a value was read: its pointer and location. */
  record Place(String pointer, JsonLocation location) {}

  /** The longest string read; the parser of {@link PstJsonReader} enforces its own. */
  private final int maxStringLength;
  /** The deepest nesting read; the parser of {@link PstJsonReader} enforces its own. */
  private final int maxDepth;

  JsonInput(JsonParser parser, String source, boolean lenient) {
    this(parser, source, lenient, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  /** An input that enforces bounds itself, for a parser whose constraints are not ours. */
  JsonInput(JsonParser parser, String source, boolean lenient, int maxStringLength,
      int maxDepth) {
    this.parser = parser;
    this.base = parser instanceof ParserBase ? (ParserBase) parser : null;
    this.source = source;
    this.lenient = lenient;
    this.maxStringLength = maxStringLength;
    this.maxDepth = maxDepth;
  }

  List<PstJsonWarning> warnings() {
    return List.copyOf(warnings);
  }

  /** Keeps where every object is read, from now on. */
  void recordPlaces() {
    places = new java.util.IdentityHashMap<>();
  }

  /**
   * The location of the current token if it must be made now: when places are recorded, or
   * when the parser cannot give the token's line and column as numbers; otherwise {@code null},
   * and {@link #tokenMark()} and {@link #location(long)} make it only for a problem (one object
   * fewer per JSON object read).
   */
  JsonLocation eagerLocation() {
    return places != null || base == null ? parser.currentTokenLocation() : null;
  }

  /** The line and column of the current token, packed, or 0 if {@link #eagerLocation} made it. */
  long tokenMark() {
    return base == null ? 0 : ((long) base.getTokenLineNr() << 32)
        | (base.getTokenColumnNr() & 0xFFFF_FFFFL);
  }

  /** The location of a {@link #tokenMark()}: its line and column. */
  static JsonLocation location(long mark) {
    return new JsonLocation(ContentReference.unknown(), -1L, (int) (mark >>> 32), (int) mark);
  }

  /** Tells whether the places of objects are recorded ({@link #recordPlaces()}). */
  boolean recordsPlaces() {
    return places != null;
  }

  /** Records where a value read from an object was, if places are recorded. */
  void place(Object value, String pointer, JsonLocation location) {
    if (places != null) {
      places.put(value, new Place(pointer, location));
    }
  }

  /** Where a value was read, if places were recorded. */
  java.util.Optional<Place> placeOf(Object value) {
    return places == null ? java.util.Optional.empty()
        : java.util.Optional.ofNullable(places.get(value));
  }

  /** One instance of each distinct string of a document, for strings that repeat (codes). */
  String intern(String value) {
    String known = interned.putIfAbsent(value, value);
    return known == null ? value : known;
  }

  // ---------------------------------------------------------------- problems and warnings

  /** A problem at the current token. */
  PstFormatException fail(String problem) {
    return failAt(pointer(), parser.currentTokenLocation(), problem, null);
  }

  /** A problem at the current token, with its cause. */
  PstFormatException fail(String problem, Throwable cause) {
    return failAt(pointer(), parser.currentTokenLocation(), problem, cause);
  }

  PstFormatException failAt(String pointer, JsonLocation location, String problem) {
    return failAt(pointer, location, problem, null);
  }

  PstFormatException failAt(
      String pointer, JsonLocation location, String problem, Throwable cause) {
    JsonLocation place = location;
    if (place == null || place.getLineNr() < 1 || place.getColumnNr() < 1) {
      // No token (an empty document, the end of the input): where the parser stopped.
      place = parser.currentLocation();
    }
    int line = Math.max(1, place.getLineNr());
    int column = Math.max(1, place.getColumnNr());
    return new PstFormatException(problem, source, pointer, line, column, cause);
  }

  /** Turns a syntax or constraint error reported by Jackson into a format exception. */
  PstFormatException fromJackson(JsonProcessingException e) {
    String problem = e.getOriginalMessage();
    if (e instanceof InputCoercionException) {
      problem = "number out of range: " + problem;
    }
    JsonLocation location = e.getLocation();
    return failAt(pointer(), location == null ? parser.currentLocation() : location, problem, e);
  }

  /**
   * Turns a malformed UTF-16 or UTF-32 sequence into a format exception, at the place the
   * parser had reached (the text is decoded ahead of the parser, a buffer at a time).
   */
  PstFormatException fromEncoding(String encoding, IOException e) {
    return failAt(pointer(), parser.currentLocation(),
        "malformed " + encoding + " text at or after this place: " + e.getMessage(), e);
  }

  /** The JSON pointer of the current token. */
  String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  /** Records a warning (lenient mode) at the current token. */
  void warn(String problem) {
    warnAt(pointer(), parser.currentTokenLocation(), problem);
  }

  /** Records a warning (lenient mode) at a given place. */
  void warnAt(String pointer, JsonLocation location, String problem) {
    warnings.add(
        new PstJsonWarning(pointer, location.getLineNr(), location.getColumnNr(), problem));
  }

  /**
   * Handles a member this reader does not know: an error in strict mode, a warning (and the
   * member's value skipped) in lenient mode. The current token is the member's value.
   */
  void unknownMember(String name, String object, String known)
      throws IOException, PstFormatException {
    String problem = "unknown member \"" + abbreviate(name) + "\" in " + object;
    if (!lenient) {
      throw fail(problem + " (strict reading); expected one of: " + known);
    }
    warn(problem + ": ignored");
    parser.skipChildren();
  }

  /** A required member missing from the object whose start is {@code start}. */
  PstFormatException missing(String name, String object, String pointer, JsonLocation start) {
    return failAt(pointer, start, "missing required member \"" + name + "\" in " + object);
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      case END_OBJECT:
        return "the end of an object";
      case END_ARRAY:
        return "the end of an array";
      case FIELD_NAME:
        return "a member name";
      default:
        return token.toString();
    }
  }

  PstFormatException expected(String what) {
    return fail("expected " + what + ", found " + describe(parser.currentToken()));
  }

  // ---------------------------------------------------------------- structure

  /** Moves to the next token. */
  JsonToken next() throws IOException {
    return parser.nextToken();
  }

  /** Checks that the current token starts an object. */
  void startObject(String what) throws PstFormatException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw expected(what + " (an object)");
    }
    checkDepth();
  }

  /** Checks that the current token starts an array. */
  void startArray(String what) throws PstFormatException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw expected(what + " (an array)");
    }
    checkDepth();
  }

  private void checkDepth() throws PstFormatException {
    if (parser.getParsingContext().getNestingDepth() > maxDepth) {
      throw fail("document nested deeper than " + maxDepth + " levels");
    }
  }

  /**
   * Advances to the next member of the current object and onto its value, returning its
   * name, or {@code null} at the end of the object. A {@code null} value is an error in strict
   * mode; in lenient mode it is reported as a warning and the member is skipped.
   */
  String nextMember() throws IOException, PstFormatException {
    return afterName(parser.nextFieldName());
  }

  /**
   * Moves onto the value of the member whose name was just read (or returns {@code null} at
   * the end of the object), skipping {@code null} values as {@link #nextMember()} does.
   */
  String afterName(String name) throws IOException, PstFormatException {
    String member = name;
    while (member != null) {
      if (parser.nextToken() != JsonToken.VALUE_NULL) {
        return member;
      }
      if (!lenient) {
        throw fail("null is not a value: omit a member that has no value");
      }
      warn("null value of \"" + member + "\" ignored");
      member = parser.nextFieldName();
    }
    return null; // END_OBJECT: anything else is a syntax error raised by the parser
  }

  /**
   * Advances to the next element of the current array, returning {@code false} at its end.
   */
  boolean nextElement() throws IOException {
    return parser.nextToken() != JsonToken.END_ARRAY;
  }

  /** Marks a member as seen, failing if it was already seen in the same object. */
  int seen(int seen, int bit) throws PstFormatException {
    if ((seen & bit) != 0) {
      throw fail("duplicate member \"" + parser.getParsingContext().getCurrentName() + "\"");
    }
    return seen | bit;
  }

  // ---------------------------------------------------------------- scalar values

  String string() throws PstFormatException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw expected("a string");
    }
    String text;
    try {
      text = parser.getText();
    } catch (IOException e) {
      throw fail("unreadable string: " + e.getMessage(), e);
    }
    if (text.length() > maxStringLength) {
      throw fail("string longer than " + maxStringLength + " characters (" + text.length() + ")");
    }
    return text;
  }

  /** A string that must hold something other than white space (codes, titles, names). */
  String text() throws PstFormatException {
    String value = string();
    if (value.isBlank()) {
      throw fail("expected a non-blank string, found \"" + value + "\"");
    }
    return value;
  }

  boolean bool() throws PstFormatException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw expected("a boolean");
  }

  int integer() throws IOException, PstFormatException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw expected("an integer");
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      throw fail("integer out of range: " + parser.getText());
    }
    return parser.getIntValue();
  }

  /**
   * A decimal, written as a string holding a plain decimal or as a JSON number. Values with
   * more than {@value #MAX_DECIMAL_INTEGER_DIGITS} integer digits or {@value
   * #MAX_DECIMAL_SCALE} fraction digits are rejected before anything is expanded, so an
   * exponent such as {@code 1e999999999} costs nothing.
   */
  BigDecimal decimal() throws IOException, PstFormatException {
    JsonToken token = parser.currentToken();
    String text;
    if (token == JsonToken.VALUE_STRING
        || token == JsonToken.VALUE_NUMBER_INT
        || token == JsonToken.VALUE_NUMBER_FLOAT) {
      text = parser.getText();
    } else {
      throw expected("a decimal (a string such as \"12.5\" or a number)");
    }
    if (text.length() > MAX_DECIMAL_TEXT_LENGTH) {
      throw fail(
          "decimal out of range: \"" + abbreviate(text) + "\" is too long (at most "
              + MAX_DECIMAL_TEXT_LENGTH + " characters)");
    }
    BigDecimal value = parseDecimal(text);
    String problem = decimalProblem(value, text);
    if (problem != null) {
      throw fail(problem);
    }
    return value;
  }

  /** What is wrong with a decimal read from {@code text}, or {@code null} if nothing. */
  static String decimalProblem(BigDecimal value, String text) {
    // In long: the scale of 1E+2147483647 is -2147483647, and precision - scale overflows int.
    if ((long) value.precision() - value.scale() > MAX_DECIMAL_INTEGER_DIGITS
        || value.scale() > MAX_DECIMAL_SCALE) {
      return "decimal out of range: \""
          + abbreviate(text)
          + "\" (at most "
          + MAX_DECIMAL_INTEGER_DIGITS
          + " integer and "
          + MAX_DECIMAL_SCALE
          + " fraction digits)";
    }
    return null;
  }

  private BigDecimal parseDecimal(String text) throws PstFormatException {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw fail("expected a decimal such as \"12.5\", found \"" + abbreviate(text) + "\"", e);
    }
  }

  LocalDate date() throws PstFormatException {
    String text = string();
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          throw fail("expected a date yyyy-MM-dd, found \"" + text + "\": " + e.getMessage(), e);
        }
      }
    }
    try {
      return LocalDate.parse(text); // years beyond 9999 or before 0, as LocalDate writes them
    } catch (DateTimeParseException e) {
      throw fail("expected a date yyyy-MM-dd, found \"" + abbreviate(text) + "\"", e);
    }
  }

  /**
   * A partial date in one of its three ISO forms {@code yyyy}, {@code yyyy-MM}, {@code
   * yyyy-MM-dd} (the other spellings that {@link PartialDate#parse} tolerates are not part of
   * the format).
   */
  PartialDate partialDate() throws PstFormatException {
    String text = string();
    int length = text.length();
    int year = length >= 4 ? digits(text, 0, 4) : -1;
    try {
      if (length == 4 && year >= 0) {
        return PartialDate.ofYear(year);
      }
      if (length == 7 && year >= 0 && text.charAt(4) == '-') {
        int month = digits(text, 5, 7);
        if (month >= 0) {
          return PartialDate.ofMonth(year, month);
        }
      }
      if (length == 10 && year >= 0 && text.charAt(4) == '-' && text.charAt(7) == '-') {
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (month >= 0 && day >= 0) {
          return PartialDate.of(LocalDate.of(year, month, day));
        }
      }
    } catch (DateTimeException e) {
      throw fail(
          "expected a partial date yyyy, yyyy-MM or yyyy-MM-dd, found \""
              + text
              + "\": "
              + e.getMessage(),
          e);
    }
    throw fail(
        "expected a partial date yyyy, yyyy-MM or yyyy-MM-dd, found \"" + abbreviate(text) + "\"");
  }

  /** The number written by the ASCII digits {@code text[from, to)}, or -1 if one is not. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  <E extends Enum<E>> E enumeration(Class<E> type) throws PstFormatException {
    String text = string();
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        names.add(constant.name());
      }
      throw fail(
          "expected one of "
              + names
              + " ("
              + type.getSimpleName()
              + "), found \""
              + abbreviate(text)
              + "\"",
          e);
    }
  }

  /** Reads a value through a parse function of the model, reporting its refusal here. */
  <T> T parsed(String what, ParseFunction<T> parse) throws PstFormatException {
    String text = string();
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      throw fail(
          "expected " + what + ", found \"" + abbreviate(text) + "\": " + e.getMessage(), e);
    }
  }

  /** A model parse function (such as {@code PartialDate::parse}). */
  @FunctionalInterface
  interface ParseFunction<T> {
    T apply(String text);
  }

  /**
   * Builds a model value, turning a refusal of the model (a builder rejecting a value) into a
   * format exception at the object just read.
   */
  <T> T build(String what, java.util.function.Supplier<T> builder) throws PstFormatException {
    try {
      return builder.get();
    } catch (RuntimeException e) {
      throw failAt(
          pointer(), parser.currentTokenLocation(), "invalid " + what + ": " + e.getMessage(), e);
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
