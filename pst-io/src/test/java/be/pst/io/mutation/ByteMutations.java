package be.pst.io.mutation;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

/** Mutations that ignore the format: bytes flipped, inserted, deleted, cut, and re-encoded. */
final class ByteMutations {

  /** A Unicode encoding with its byte-order mark. */
  record Encoding(String name, Charset charset, byte[] bom) {}

  static final List<Encoding> ENCODINGS = List.of(
      new Encoding("UTF-8", StandardCharsets.UTF_8, Edit.bytes(0xEF, 0xBB, 0xBF)),
      new Encoding("UTF-16BE", StandardCharsets.UTF_16BE, Edit.bytes(0xFE, 0xFF)),
      new Encoding("UTF-16LE", StandardCharsets.UTF_16LE, Edit.bytes(0xFF, 0xFE)),
      new Encoding("UTF-32BE", Charset.forName("UTF-32BE"), Edit.bytes(0x00, 0x00, 0xFE, 0xFF)),
      new Encoding("UTF-32LE", Charset.forName("UTF-32LE"), Edit.bytes(0xFF, 0xFE, 0x00, 0x00)));

  /** Byte sequences that are not UTF-8 (overlong, surrogates, beyond U+10FFFF, cut short). */
  private static final byte[][] INVALID_UTF8 = {
      Edit.bytes(0xC0, 0x80), Edit.bytes(0xC1, 0xBF), Edit.bytes(0xFF), Edit.bytes(0xFE),
      Edit.bytes(0x80), Edit.bytes(0xBF, 0xBF), Edit.bytes(0xED, 0xA0, 0x80),
      Edit.bytes(0xED, 0xBF, 0xBF), Edit.bytes(0xF4, 0x90, 0x80, 0x80),
      Edit.bytes(0xF5, 0x80, 0x80, 0x80), Edit.bytes(0xE2, 0x82), Edit.bytes(0xF0, 0x9F, 0x98),
      Edit.bytes(0xF8, 0x88, 0x80, 0x80, 0x80), Edit.bytes(0xFC, 0x84, 0x80, 0x80, 0x80, 0x80),
      Edit.bytes(0xE0, 0x80, 0xAF), Edit.bytes(0xC3)};

  /** Characters neither JSON strings nor XML 1.0 texts may hold as they are. */
  private static final int[] CONTROLS = {0x00, 0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x1F};

  private ByteMutations() {}

  static Edit flip(byte[] doc, SplittableRandom r) {
    if (doc.length == 0) {
      return new Edit(Edit.bytes(r.nextInt(256)), "byte added to an empty document");
    }
    byte[] result = doc.clone();
    int count = 1 + r.nextInt(8);
    for (int i = 0; i < count; i++) {
      int at = r.nextInt(result.length);
      result[at] = (byte) (result[at] ^ (1 + r.nextInt(255)));
    }
    return new Edit(result, count + " bytes flipped");
  }

  static Edit insert(byte[] doc, SplittableRandom r, byte[] alphabet) {
    int count = 1 + r.nextInt(16);
    byte[] inserted = new byte[count];
    for (int i = 0; i < count; i++) {
      inserted[i] = r.nextInt(4) == 0 ? (byte) r.nextInt(256)
          : alphabet[r.nextInt(alphabet.length)];
    }
    return new Edit(Edit.insert(doc, r.nextInt(doc.length + 1), inserted),
        count + " bytes inserted");
  }

  static Edit delete(byte[] doc, SplittableRandom r) {
    if (doc.length == 0) {
      return new Edit(doc, "nothing to delete");
    }
    int from = r.nextInt(doc.length);
    int to = Math.min(doc.length, from + 1 + r.nextInt(64));
    return new Edit(Edit.splice(doc, from, to, new byte[0]), (to - from) + " bytes deleted");
  }

  static Edit truncate(byte[] doc, SplittableRandom r) {
    int length = r.nextInt(10) == 0 ? r.nextInt(Math.min(8, doc.length) + 1)
        : r.nextInt(doc.length + 1);
    return new Edit(Edit.slice(doc, 0, Math.min(length, doc.length)), "cut at " + length);
  }

  /** A UTF-8 document re-encoded. */
  static byte[] transcode(byte[] utf8, Charset to) {
    return new String(utf8, StandardCharsets.UTF_8).getBytes(to);
  }

  /**
   * Byte-order marks: matching the content or not, twice, alone, followed by garbage, in the
   * middle of the document, or in front of a cut document; and the five bytes
   * {@code 00 00 FE FF 0A}. {@code encode} gives the whole document in an encoding (for XML, with
   * its declaration saying so).
   */
  static Edit byteOrderMark(
      byte[] doc, SplittableRandom r, BiFunction<byte[], Encoding, byte[]> encode) {
    Encoding e = ENCODINGS.get(r.nextInt(ENCODINGS.size()));
    switch (r.nextInt(9)) {
      case 0:
      case 1:
        return new Edit(Edit.concat(e.bom(), encode.apply(doc, e)), e.name() + " with its BOM");
      case 2: {
        Encoding other = ENCODINGS.get(r.nextInt(ENCODINGS.size()));
        return new Edit(Edit.concat(e.bom(), encode.apply(doc, other)),
            e.name() + " BOM on " + other.name() + " content");
      }
      case 3: {
        byte[] garbage = new byte[1 + r.nextInt(16)];
        for (int i = 0; i < garbage.length; i++) {
          garbage[i] = (byte) r.nextInt(256);
        }
        return new Edit(Edit.concat(e.bom(), garbage), e.name() + " BOM and garbage");
      }
      case 4:
        return new Edit(e.bom().clone(), e.name() + " BOM alone");
      case 5:
        return new Edit(Edit.concat(e.bom(), e.bom(), encode.apply(doc, e)),
            e.name() + " BOM twice");
      case 6:
        return new Edit(Edit.insert(doc, r.nextInt(doc.length + 1), ENCODINGS.get(0).bom()),
            "UTF-8 BOM inside the document");
      case 7: {
        byte[] encoded = encode.apply(doc, e);
        int cut = Math.min(encoded.length, r.nextInt(encoded.length + 1) | 1);
        return new Edit(Edit.concat(e.bom(), Edit.slice(encoded, 0, cut)),
            e.name() + " BOM and content cut at " + cut);
      }
      default:
        return new Edit(Edit.bytes(0x00, 0x00, 0xFE, 0xFF, 0x0A), "UTF-32BE BOM and a newline");
    }
  }

  /**
   * Bad encodings: an invalid UTF-8 sequence or a control character in a text, the document in
   * another Unicode encoding without BOM, in Latin-1, or in UTF-16 cut to an odd length.
   * {@code textPosition} picks a place inside a text of the document.
   */
  static Edit badEncoding(
      byte[] doc, SplittableRandom r, ToIntFunction<SplittableRandom> textPosition) {
    switch (r.nextInt(6)) {
      case 0:
      case 1: {
        byte[] sequence = INVALID_UTF8[r.nextInt(INVALID_UTF8.length)];
        return new Edit(Edit.insert(doc, textPosition.applyAsInt(r), sequence),
            "invalid UTF-8 " + hex(sequence) + " in a text");
      }
      case 2: {
        Encoding e = ENCODINGS.get(1 + r.nextInt(ENCODINGS.size() - 1));
        return new Edit(transcode(doc, e.charset()), e.name() + " without BOM");
      }
      case 3:
        return new Edit(transcode(doc, StandardCharsets.ISO_8859_1), "Latin-1");
      case 4: {
        byte[] utf16 = transcode(doc, r.nextBoolean() ? StandardCharsets.UTF_16LE
            : StandardCharsets.UTF_16BE);
        int cut = Math.min(utf16.length, r.nextInt(utf16.length + 1) | 1);
        return new Edit(Edit.slice(utf16, 0, cut), "UTF-16 cut to an odd length");
      }
      default: {
        int control = CONTROLS[r.nextInt(CONTROLS.length)];
        return new Edit(Edit.insert(doc, textPosition.applyAsInt(r), Edit.bytes(control)),
            String.format("control character U+%04X in a text", control));
      }
    }
  }

  static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(String.format("%02X", b & 0xFF));
    }
    return sb.toString();
  }
}
