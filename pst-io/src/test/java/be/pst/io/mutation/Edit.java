package be.pst.io.mutation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A mutated document and the variant that made it; also the byte-splicing helpers. */
record Edit(byte[] bytes, String variant) {

  /** {@code source} with {@code [from, to)} replaced by {@code replacement}. */
  static byte[] splice(byte[] source, int from, int to, byte[] replacement) {
    byte[] result = new byte[source.length - (to - from) + replacement.length];
    System.arraycopy(source, 0, result, 0, from);
    System.arraycopy(replacement, 0, result, from, replacement.length);
    System.arraycopy(source, to, result, from + replacement.length, source.length - to);
    return result;
  }

  /** {@code source} with {@code [from, to)} replaced by the UTF-8 bytes of {@code text}. */
  static byte[] splice(byte[] source, int from, int to, String text) {
    return splice(source, from, to, utf8(text));
  }

  /** {@code source} with {@code insertion} inserted at {@code at}. */
  static byte[] insert(byte[] source, int at, byte[] insertion) {
    return splice(source, at, at, insertion);
  }

  /** {@code source} with the UTF-8 bytes of {@code text} inserted at {@code at}. */
  static byte[] insert(byte[] source, int at, String text) {
    return splice(source, at, at, utf8(text));
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part, 0, part.length);
    }
    return out.toByteArray();
  }

  static byte[] bytes(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }

  /** The bytes of {@code [from, to)}. */
  static byte[] slice(byte[] source, int from, int to) {
    byte[] result = new byte[to - from];
    System.arraycopy(source, from, result, 0, to - from);
    return result;
  }

  /** A short, printable form of a replacement value for variant names. */
  static String abbreviate(String text) {
    String t = text.length() <= 24 ? text : text.substring(0, 12) + "…(" + text.length() + ")";
    return t.replace("\n", "\\n");
  }
}
