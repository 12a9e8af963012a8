package be.pst.io.json;

import be.pst.budget.money.EuroAmount;
import be.pst.io.PstFormatException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * The amount part of the codec: {@code {"amount": "287500.00", "currency": "EUR"}}.
 *
 * <p>Reading also accepts a JSON number for {@code amount}, the {@code
 * jackson-datatype-money} shape (with its optional {@code formatted} member) and a currency
 * written as an object {@code {"currencyCode": "EUR", …}} (the bean shape of a Moneta {@code
 * CurrencyUnit}). Amounts are euros to the cent: a fraction of a cent, another currency or an
 * amount beyond ±92 233 720 368 547 758.07 € (the {@code long} cents range) is refused, and the
 * magnitude is checked before any expansion, so an exponent such as {@code 1e999999999} costs
 * nothing.
 */
final class Amounts {

  static final String EUR_CODE = "EUR";

  /** 17 integer digits of euros is the most that fits, with the cents, in a {@code long}. */
  private static final int MAX_INTEGER_DIGITS = 17;

  /** Longer texts are refused before {@link BigDecimal} works on them. */
  private static final int MAX_TEXT_LENGTH = 100;

  private Amounts() {}

  /** Reads an amount object at the current token and returns it in cents. */
  static long readCents(JsonInput in) throws IOException, PstFormatException {
    in.startObject("an amount");
    JsonLocation start = in.parser.currentTokenLocation();
    return readCentsAfter(in, in.parser.nextFieldName(), start);
  }

  /**
   * Reads the rest of an amount object whose first member name {@code first} was just read
   * ({@code null} if the object is empty); {@code start} is where the object starts.
   */
  static long readCentsAfter(JsonInput in, String first, JsonLocation start)
      throws IOException, PstFormatException {
    long cents = 0;
    boolean hasAmount = false;
    boolean hasCurrency = false;
    for (String name = in.afterName(first); name != null; name = in.nextMember()) {
      switch (name) {
        case "amount":
          if (hasAmount) {
            throw in.fail("duplicate member \"amount\"");
          }
          cents = cents(in);
          hasAmount = true;
          break;
        case "currency":
          if (hasCurrency) {
            throw in.fail("duplicate member \"currency\"");
          }
          currency(in);
          hasCurrency = true;
          break;
        case "formatted":
          in.string(); // jackson-datatype-money writes it for display; the amount is the truth
          break;
        default:
          in.unknownMember(name, "an amount", "amount, currency, formatted");
      }
    }
    if (!hasAmount || !hasCurrency) {
      throw in.missing(hasAmount ? "currency" : "amount", "an amount", in.pointer(), start);
    }
    return cents;
  }

  static MonetaryAmount ofCents(long cents) {
    return EuroAmount.ofCents(cents);
  }

  private static long cents(JsonInput in) throws IOException, PstFormatException {
    JsonToken token = in.parser.currentToken();
    if (token != JsonToken.VALUE_STRING
        && token != JsonToken.VALUE_NUMBER_INT
        && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw in.expected("an amount in euros (a string such as \"287500.00\" or a number)");
    }
    String text = in.parser.getText();
    try {
      return parseCents(text);
    } catch (IllegalArgumentException e) {
      throw in.fail(e.getMessage(), e);
    }
  }

  /**
   * Parses a decimal number of euros into cents.
   *
   * @throws IllegalArgumentException naming the value if it is not a decimal, has a fraction
   *     of a cent or is out of range
   */
  static long parseCents(String text) {
    long cents = plainCents(text);
    if (cents != NOT_PLAIN) {
      return cents;
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "amount out of range: \"" + JsonInput.abbreviate(text) + "\" is too long (at most "
              + MAX_TEXT_LENGTH + " characters)");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "expected an amount in euros such as \"287500.00\", found \""
              + JsonInput.abbreviate(text)
              + "\"",
          e);
    }
    if (value.signum() == 0) {
      return 0;
    }
    if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          "amount out of range: \"" + JsonInput.abbreviate(text) + "\"");
    }
    if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "amount with a fraction of a cent: \""
              + JsonInput.abbreviate(text)
              + "\" (euros have two decimals)");
    }
    try {
      return value.movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "amount out of range: \"" + JsonInput.abbreviate(text) + "\"", e);
    }
  }

  /** What {@link #plainCents} returns for a text it leaves to {@link BigDecimal}. */
  private static final long NOT_PLAIN = Long.MIN_VALUE;

  /**
   * The cents of the usual text {@code -?d{1,16}(.d{1,2})?}, read without {@link BigDecimal}
   * (amounts are most of a budget); {@link #NOT_PLAIN} for any other text.
   */
  private static long plainCents(String text) {
    int length = text.length();
    int i = 0;
    boolean negative = length > 0 && text.charAt(0) == '-';
    if (negative) {
      i = 1;
    }
    int start = i;
    long value = 0;
    while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      value = value * 10 + (text.charAt(i) - '0');
      i++;
    }
    int integerDigits = i - start;
    if (integerDigits == 0 || integerDigits > 16) {
      return NOT_PLAIN;
    }
    int fractionDigits = 0;
    if (i < length) {
      if (text.charAt(i) != '.') {
        return NOT_PLAIN;
      }
      i++;
      while (i < length && fractionDigits < 2 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        value = value * 10 + (text.charAt(i) - '0');
        fractionDigits++;
        i++;
      }
      if (i != length || fractionDigits == 0) {
        return NOT_PLAIN;
      }
    }
    for (; fractionDigits < 2; fractionDigits++) {
      value *= 10;
    }
    return negative ? -value : value;
  }

  private static void currency(JsonInput in) throws IOException, PstFormatException {
    JsonToken token = in.parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      checkEuro(in, in.parser.getText());
      return;
    }
    if (token != JsonToken.START_OBJECT) {
      throw in.expected("a currency (\"EUR\")");
    }
    boolean hasCode = false;
    JsonLocation start = in.parser.currentTokenLocation();
    String name;
    while ((name = in.nextMember()) != null) {
      switch (name) {
        case "currencyCode":
          checkEuro(in, in.string());
          hasCode = true;
          break;
        case "numericCode":
        case "defaultFractionDigits":
        case "context":
          in.parser.skipChildren(); // the rest of Moneta's CurrencyUnit bean shape
          break;
        default:
          in.unknownMember(
              name,
              "a currency",
              "currencyCode, numericCode, defaultFractionDigits, context");
      }
    }
    if (!hasCode) {
      throw in.missing("currencyCode", "a currency", in.pointer(), start);
    }
  }

  private static void checkEuro(JsonInput in, String code) throws PstFormatException {
    if (!EUR_CODE.equals(code)) {
      throw in.fail(
          "expected currency \"EUR\", found \""
              + JsonInput.abbreviate(code)
              + "\" (PST amounts are euros)");
    }
  }

  /**
   * Writes an amount object.
   *
   * @throws be.pst.budget.money.CurrencyMismatchException if the amount is not in euros
   * @throws IllegalArgumentException if the amount has a fraction of a cent
   */
  static void write(JsonGenerator out, MonetaryAmount amount) throws IOException {
    writeCents(out, EuroAmount.from(amount).cents());
  }

  /**
   * Writes an amount object, or refuses an amount the format cannot hold (another currency, a
   * fraction of a cent, beyond a {@code long} of cents) naming its pointer.
   */
  static void write(JsonOutput out, MonetaryAmount amount) throws IOException {
    long cents;
    try {
      cents = EuroAmount.from(amount).cents();
    } catch (RuntimeException e) {
      throw out.unwritable("the amount " + amount + " (" + e.getMessage() + ")");
    }
    writeCents(out.generator(), cents);
  }

  private static final SerializedString AMOUNT_NAME = new SerializedString("amount");
  private static final SerializedString CURRENCY_NAME = new SerializedString("currency");
  private static final SerializedString EUR_VALUE = new SerializedString(EUR_CODE);

  /** Writes an amount object from cents. */
  static void writeCents(JsonGenerator out, long cents) throws IOException {
    out.writeStartObject();
    out.writeFieldName(AMOUNT_NAME);
    char[] text = new char[22];
    int length = plainEuros(cents, text);
    out.writeString(text, 0, length);
    out.writeFieldName(CURRENCY_NAME);
    out.writeString(EUR_VALUE);
    out.writeEndObject();
  }

  /**
   * Writes cents as euros in plain notation, two decimals ({@code BigDecimal.valueOf(cents,
   * 2).toPlainString()}): {@code -1234} as {@code "-12.34"}, {@code 5} as {@code "0.05"}.
   *
   * @param cents the cents
   * @param text where to write, at least 22 characters
   * @return the number of characters written from index 0
   */
  static int plainEuros(long cents, char[] text) {
    if (cents == Long.MIN_VALUE) {
      String plain = BigDecimal.valueOf(cents, 2).toPlainString();
      plain.getChars(0, plain.length(), text, 0);
      return plain.length();
    }
    long magnitude = Math.abs(cents);
    int end = text.length;
    int at = end;
    text[--at] = (char) ('0' + magnitude % 10);
    magnitude /= 10;
    text[--at] = (char) ('0' + magnitude % 10);
    magnitude /= 10;
    text[--at] = '.';
    do {
      text[--at] = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    } while (magnitude > 0);
    if (cents < 0) {
      text[--at] = '-';
    }
    int length = end - at;
    System.arraycopy(text, at, text, 0, length);
    return length;
  }
}
