package be.pst.io.mutation;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * One mutated document and how to make it again: the generator's seed, the mutant's index, its
 * kind and variant, and the seed document it comes from.
 */
public final class Mutant {

  private final long seed;
  private final int index;
  private final MutationKind kind;
  private final String variant;
  private final String from;
  private final byte[] bytes;

  Mutant(long seed, int index, MutationKind kind, String variant, String from, byte[] bytes) {
    this.seed = seed;
    this.index = index;
    this.kind = kind;
    this.variant = variant;
    this.from = from;
    this.bytes = bytes;
  }

  /** The generator's seed. */
  public long seed() {
    return seed;
  }

  /** The index of this mutant in its generator's sequence. */
  public int index() {
    return index;
  }

  /** What was done to the seed document. */
  public MutationKind kind() {
    return kind;
  }

  /** A short description of the variant of the kind, such as {@code "UTF-32BE with BOM"}. */
  public String variant() {
    return variant;
  }

  /** The name of the seed document. */
  public String from() {
    return from;
  }

  /** The length of the document in bytes. */
  public int length() {
    return bytes.length;
  }

  /** The document as a fresh stream. */
  public InputStream stream() {
    return new ByteArrayInputStream(bytes);
  }

  /** A copy of the document's bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The first {@code max} bytes, printable ASCII as is and everything else as {@code \xNN}, for
   * failure messages.
   */
  public String head(int max) {
    StringBuilder sb = new StringBuilder();
    int n = Math.min(max, bytes.length);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x20 && b < 0x7F && b != '\\') {
        sb.append((char) b);
      } else if (b == '\n') {
        sb.append("\\n");
      } else {
        sb.append(String.format("\\x%02X", b));
      }
    }
    if (bytes.length > max) {
      sb.append("… (").append(bytes.length).append(" bytes)");
    }
    return sb.toString();
  }

  /**
   * How to make this mutant again, e.g. {@code "seed 42, mutant 7313, kind DEEP_NESTING
   * (10000 × [), from perwez"}.
   */
  @Override
  public String toString() {
    return "seed " + seed + ", mutant " + index + ", kind " + kind + " (" + variant + "), from "
        + from;
  }
}
