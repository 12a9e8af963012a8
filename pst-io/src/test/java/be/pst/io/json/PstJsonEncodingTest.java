package be.pst.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.pst.budget.BudgetedPlan;
import be.pst.io.PstFormatException;
import be.pst.io.json.PstJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * JSON documents are UTF-8, UTF-16 or UTF-32, with or without a byte-order mark; anything else
 * about the bytes is a {@link PstFormatException} with its line and column, never an
 * {@link IOException} (which is kept for streams that fail).
 */
class PstJsonEncodingTest {

  private static final String SMALL = PstJson.toJson(SamplePlans.small());

  private static BudgetedPlan read(byte[] bytes) throws IOException, PstFormatException {
    return PstJson.read(new ByteArrayInputStream(bytes));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] result = new byte[a.length + b.length];
    System.arraycopy(a, 0, result, 0, a.length);
    System.arraycopy(b, 0, result, a.length, b.length);
    return result;
  }

  private static byte[] bytes(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }

  @Test
  void everyUnicodeEncodingReadsWithAndWithoutItsByteOrderMark() throws Exception {
    BudgetedPlan expected = PstJson.parse(SMALL);
    String[][] encodings = {{"UTF-8", "EF BB BF"}, {"UTF-16BE", "FE FF"}, {"UTF-16LE", "FF FE"},
        {"UTF-32BE", "00 00 FE FF"}, {"UTF-32LE", "FF FE 00 00"}};
    for (String[] e : encodings) {
      byte[] content = SMALL.getBytes(Charset.forName(e[0]));
      String[] hex = e[1].split(" ");
      int[] bom = new int[hex.length];
      for (int i = 0; i < hex.length; i++) {
        bom[i] = Integer.parseInt(hex[i], 16);
      }
      assertThat(read(content)).as(e[0]).isEqualTo(expected);
      assertThat(read(concat(bytes(bom), content))).as(e[0] + " with BOM").isEqualTo(expected);
    }
  }

  @Test
  void utf32ByteOrderMarkAndANewlineIsAFormatErrorNotACharConversionException() {
    assertThatThrownBy(() -> read(bytes(0x00, 0x00, 0xFE, 0xFF, 0x0A)))
        .isInstanceOf(PstFormatException.class)
        .satisfies(e -> {
          PstFormatException f = (PstFormatException) e;
          assertThat(f.line()).isPositive();
          assertThat(f.column()).isPositive();
          assertThat(f.problem()).contains("malformed UTF-32BE text");
        });
  }

  @Test
  void malformedUtf16IsRefusedRatherThanReadWithReplacementCharacters() {
    // A Java encoder will not write a lone surrogate: write U+FFFD, then put U+D800 in its place.
    byte[] content = SMALL.replace("Développer", "D\uFFFDveloppe")
        .getBytes(StandardCharsets.UTF_16LE);
    byte[] marker = "D\uFFFDv".getBytes(StandardCharsets.UTF_16LE);
    int at = indexOf(content, marker);
    assertThat(at).isPositive();
    content[at + 2] = 0x00;
    content[at + 3] = (byte) 0xD8;
    byte[] malformed = content;
    assertThatThrownBy(() -> read(concat(bytes(0xFF, 0xFE), malformed)))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("malformed UTF-16LE text at or after this place")
        .satisfies(e -> assertThat(((PstFormatException) e).line()).isPositive());
  }

  @Test
  void byteOrderMarkOfAnotherEncodingThanTheContentIsAFormatError() {
    byte[] utf32 = SMALL.getBytes(Charset.forName("UTF-32BE"));
    assertThatThrownBy(() -> read(concat(bytes(0xFE, 0xFF), utf32)))
        .isInstanceOf(PstFormatException.class);
    assertThatThrownBy(() -> read(concat(bytes(0xFF, 0xFE, 0x00, 0x00),
        SMALL.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(PstFormatException.class);
  }

  @Test
  void emptyAndWhiteDocumentsFailAtAPlace() {
    for (byte[] document : new byte[][] {{}, bytes(0xFF, 0xFE, 0x00, 0x00), " \n ".getBytes()}) {
      assertThatThrownBy(() -> read(document))
          .isInstanceOf(PstFormatException.class)
          .hasMessageContaining("empty document")
          .satisfies(e -> {
            assertThat(((PstFormatException) e).line()).isPositive();
            assertThat(((PstFormatException) e).column()).isPositive();
          });
    }
  }

  @Test
  void failingStreamIsStillAnIoException() {
    InputStream failing = new InputStream() {
      private int left = 10;

      @Override
      public int read() throws IOException {
        if (left-- > 0) {
          return ' ';
        }
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> PstJson.read(failing))
        .isInstanceOf(IOException.class)
        .hasMessage("disk gone");
  }

  @Test
  void decimalWithAHugePositiveExponentIsOutOfRange() {
    String json = SMALL.replaceFirst("\"progress\": \"[^\"]*\"", "\"progress\": \"1E+2147483647\"");
    assertThat(json).contains("1E+2147483647");
    assertThatThrownBy(() -> PstJson.parse(json))
        .isInstanceOf(PstFormatException.class)
        .hasMessageContaining("decimal out of range");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
