package be.pst.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a JSON byte stream (RFC 8259 and RFC 4627 §3): UTF-8, UTF-16 or UTF-32, told by
 * a byte-order mark or by where the first bytes are zero. UTF-8 is left to Jackson's byte parser,
 * which checks every sequence; UTF-16 and UTF-32 are decoded here by decoders that report, rather
 * than replace, malformed input, so that a malformed document is never read with invented
 * characters.
 */
final class JsonEncoding {

  private final Charset charset;
  private final int bom;

  private JsonEncoding(Charset charset, int bom) {
    this.charset = charset;
    this.bom = bom;
  }

  /** The encoding told by the first (up to four) bytes of a document. */
  static JsonEncoding detect(byte[] head) {
    int n = head.length;
    int b0 = n > 0 ? head[0] & 0xFF : -1;
    int b1 = n > 1 ? head[1] & 0xFF : -1;
    int b2 = n > 2 ? head[2] & 0xFF : -1;
    int b3 = n > 3 ? head[3] & 0xFF : -1;
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
      return new JsonEncoding(Charset.forName("UTF-32BE"), 4);
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
      return new JsonEncoding(Charset.forName("UTF-32LE"), 4);
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return new JsonEncoding(StandardCharsets.UTF_16BE, 2);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return new JsonEncoding(StandardCharsets.UTF_16LE, 2);
    }
    if (n == 4 && b0 == 0x00 && b1 == 0x00 && b2 == 0x00 && b3 != 0x00) {
      return new JsonEncoding(Charset.forName("UTF-32BE"), 0);
    }
    if (n == 4 && b0 != 0x00 && b1 == 0x00 && b2 == 0x00 && b3 == 0x00) {
      return new JsonEncoding(Charset.forName("UTF-32LE"), 0);
    }
    if (n >= 2 && b0 == 0x00 && b1 != 0x00) {
      return new JsonEncoding(StandardCharsets.UTF_16BE, 0);
    }
    if (n >= 2 && b0 != 0x00 && b1 == 0x00) {
      return new JsonEncoding(StandardCharsets.UTF_16LE, 0);
    }
    return new JsonEncoding(StandardCharsets.UTF_8, 0);
  }

  /** Whether the document is UTF-8 (its bytes go to Jackson as they are). */
  boolean isUtf8() {
    return charset.equals(StandardCharsets.UTF_8);
  }

  /** The name of the encoding, for messages. */
  String name() {
    return charset.name();
  }

  /**
   * The rest of a UTF-16 or UTF-32 document as characters, its byte-order mark skipped; a
   * malformed sequence makes reading throw a {@link java.nio.charset.CharacterCodingException}.
   */
  Reader reader(byte[] head, InputStream rest) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new InputStreamReader(new Prefixed(head, bom, rest), decoder);
  }

  /** The document's bytes again: its first bytes, already read, then the rest of the stream. */
  static InputStream bytes(byte[] head, InputStream rest) {
    return new Prefixed(head, 0, rest);
  }

  /**
   * Bytes already read followed by the rest of a stream, which is never closed (unlike
   * {@link java.io.SequenceInputStream}, which closes each stream it has read to the end).
   */
  private static final class Prefixed extends InputStream {
    private final byte[] head;
    private int next;
    private final InputStream rest;

    Prefixed(byte[] head, int from, InputStream rest) {
      this.head = head;
      this.next = from;
      this.rest = rest;
    }

    @Override
    public int read() throws IOException {
      return next < head.length ? head[next++] & 0xFF : rest.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (next < head.length) {
        int n = Math.min(len, head.length - next);
        System.arraycopy(head, next, b, off, n);
        next += n;
        return n;
      }
      return rest.read(b, off, len);
    }
  }

  /** The first four bytes of a stream (fewer if it is shorter). */
  static byte[] head(InputStream in) throws IOException {
    return in.readNBytes(4);
  }
}
