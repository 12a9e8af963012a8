package be.pst.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a CSV text, one at a time: from a string, or decoded strictly from bytes
 * (a malformed or unmappable byte stops the reading, naming its offset; a UTF-8 byte order mark
 * is skipped).
 */
abstract class CharInput implements AutoCloseable {

  /** The next character, or -1 at the end. */
  abstract int read() throws IOException, BadEncoding;

  @Override
  public void close() throws IOException {}

  static CharInput of(String text) {
    return new CharInput() {
      private int at = text.startsWith("\uFEFF") ? 1 : 0;

      @Override
      int read() {
        return at < text.length() ? text.charAt(at++) : -1;
      }
    };
  }

  static CharInput decoding(InputStream in, Charset charset) {
    return new Decoding(in, charset);
  }

  /** A byte that the declared encoding cannot decode, at a 0-based offset of the file. */
  static final class BadEncoding extends Exception {
    private static final long serialVersionUID = 1L;

    final long offset;
    final int value;
    final boolean utf8Bom;

    BadEncoding(long offset, int value, boolean utf8Bom) {
      super(null, null, false, false);
      this.offset = offset;
      this.value = value;
      this.utf8Bom = utf8Bom;
    }
  }

  private static final class Decoding extends CharInput {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    /** Bytes of the file before {@code bytes}' first byte. */
    private long before;
    private boolean endOfInput;
    private boolean flushed;
    private boolean started;
    /** An undecodable byte, thrown once the characters before it are read. */
    private BadEncoding pending;

    Decoding(InputStream in, Charset charset) {
      this.in = in;
      this.charset = charset;
      this.decoder = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      bytes.flip();
      chars.flip();
    }

    @Override
    int read() throws IOException, BadEncoding {
      while (!chars.hasRemaining()) {
        if (flushed) {
          return -1;
        }
        fill();
      }
      return chars.get();
    }

    private void fill() throws IOException, BadEncoding {
      if (pending != null) {
        throw pending;
      }
      if (!endOfInput && bytes.remaining() < 8) {
        before += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          endOfInput = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        if (!started && (bytes.remaining() >= 3 || endOfInput)) {
          started = true;
          skipByteOrderMark();
        }
      }
      chars.clear();
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        pending = new BadEncoding(before + bytes.position(), bytes.get(bytes.position()) & 0xff,
            false);
        if (chars.position() == 0) {
          throw pending;
        }
        chars.flip();
        return;
      }
      if (endOfInput && result.isUnderflow()) {
        decoder.flush(chars);
        flushed = true;
      }
      chars.flip();
    }

    private void skipByteOrderMark() throws BadEncoding {
      boolean bom = bytes.remaining() >= 3 && (bytes.get(0) & 0xff) == 0xEF
          && (bytes.get(1) & 0xff) == 0xBB && (bytes.get(2) & 0xff) == 0xBF;
      if (bom) {
        if (!charset.equals(StandardCharsets.UTF_8)) {
          throw new BadEncoding(0, 0xEF, true);
        }
        bytes.position(3);
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
