package be.pst.io.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The inflated bytes of one part of an {@code .xlsx}, counted as they are read: past
 * {@code maxBytes}, or past {@link SheetLimits#MAX_COMPRESSION_RATIO} times the compressed size
 * once {@link SheetLimits#RATIO_GRACE_BYTES} are read, it stops with a {@link PartTooLarge}, so
 * that a zip bomb is detected after a bounded amount of work whatever its headers claim.
 */
final class BoundedPartStream extends FilterInputStream {

  /** Why a part was refused; {@link XlsxWorkbook} turns it into a {@link SheetFormatException}. */
  static final class PartTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    PartTooLarge(String message) {
      super(message);
    }
  }

  private final String part;
  private final long maxBytes;
  private final long compressedBytes;
  private long count;
  private PartTooLarge refusal;

  BoundedPartStream(InputStream in, String part, long maxBytes, long compressedBytes) {
    super(in);
    this.part = part;
    this.maxBytes = maxBytes;
    this.compressedBytes = compressedBytes;
  }

  /** The refusal, if the part was refused (also when a parser swallowed the exception). */
  PartTooLarge refusal() {
    return refusal;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (refusal != null) {
      throw refusal;
    }
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count += n;
      check();
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count += Math.max(0, skipped);
    check();
    return skipped;
  }

  private void check() throws PartTooLarge {
    if (count > maxBytes) {
      refusal = new PartTooLarge("part " + part + " inflates to more than " + maxBytes
          + " bytes (SheetLimits.MAX_PART_BYTES)");
    } else if (count > SheetLimits.RATIO_GRACE_BYTES
        && count > SheetLimits.MAX_COMPRESSION_RATIO * Math.max(1, compressedBytes)) {
      refusal = new PartTooLarge("part " + part + " inflates more than "
          + SheetLimits.MAX_COMPRESSION_RATIO + " times its compressed size of "
          + compressedBytes + " bytes (SheetLimits.MAX_COMPRESSION_RATIO): a zip bomb?");
    }
    if (refusal != null) {
      throw refusal;
    }
  }
}
