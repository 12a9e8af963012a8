package be.pst.io.mutation;

import java.util.Objects;

/** A well-formed document that mutants are derived from, with a short name for messages. */
public final class SeedDocument {

  private final String name;
  private final byte[] bytes;

  private SeedDocument(String name, byte[] bytes) {
    this.name = Objects.requireNonNull(name, "name");
    this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
  }

  /** A seed document named {@code name} (UTF-8 bytes). */
  public static SeedDocument of(String name, byte[] bytes) {
    return new SeedDocument(name, bytes);
  }

  /** The name used in failure messages. */
  public String name() {
    return name;
  }

  /** The document's bytes (not copied: callers must not modify them). */
  byte[] bytes() {
    return bytes;
  }

  @Override
  public String toString() {
    return name + " (" + bytes.length + " bytes)";
  }
}
