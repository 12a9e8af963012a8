package be.pst.io.json;

import be.pst.core.schedule.PartialDate;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The writing side of the codec: a {@link JsonGenerator} that refuses, before writing it, any
 * value the reader would refuse — a text beyond the reader's string bound, a decimal beyond its
 * digits, a partial date whose year has not four digits, an element nested deeper than the
 * reader allows — with an {@link UnwritableValueException} naming the JSON pointer of the value.
 * Not thread-safe: one per document.
 */
final class JsonOutput {

  private final JsonGenerator generator;
  private final int maxStringLength;
  private final int maxDepth;

  JsonOutput(JsonGenerator generator, int maxStringLength, int maxDepth) {
    this.generator = generator;
    this.maxStringLength = maxStringLength;
    this.maxDepth = maxDepth;
  }

  JsonGenerator generator() {
    return generator;
  }

  /** The JSON pointer of the value about to be written. */
  String pointer() {
    return generator.getOutputContext().pathAsPointer().toString();
  }

  UnwritableValueException unwritable(String problem) {
    return new UnwritableValueException(pointer(), problem);
  }

  void string(String value) throws IOException {
    if (value.length() > maxStringLength) {
      throw unwritable("a text of " + value.length() + " characters (the format allows "
          + maxStringLength + ")");
    }
    generator.writeString(value);
  }

  void decimal(BigDecimal value) throws IOException {
    String text = value.toString().indexOf('E') >= 0 && value.scale() >= 0
        ? value.toPlainString() : value.toString();
    if (text.length() > JsonInput.MAX_DECIMAL_TEXT_LENGTH
        || JsonInput.decimalProblem(value, text) != null) {
      throw unwritable("the decimal " + JsonInput.abbreviate(text) + " is beyond the format's "
          + JsonInput.MAX_DECIMAL_INTEGER_DIGITS + " integer and " + JsonInput.MAX_DECIMAL_SCALE
          + " fraction digits");
    }
    generator.writeString(text);
  }

  void partialDate(PartialDate date) throws IOException {
    if (date.year() < 1000 || date.year() > 9999) {
      throw unwritable("the partial date " + date + " (the format writes four-digit years)");
    }
    generator.writeString(date.toString());
  }

  /** Checks, before an element's object is opened, that the reader will accept its depth. */
  void checkDepth() {
    if (generator.getOutputContext().getNestingDepth() >= maxDepth) {
      throw unwritable("an element nested " + generator.getOutputContext().getNestingDepth()
          + " levels deep (the format allows " + maxDepth + ")");
    }
  }
}
