package be.pst.core.element;

import java.io.Serializable;
import java.util.Objects;

/**
 * The identifier an element has in another application (identifiant externe): the {@code
 * ElementId} of an eComptes exchange file, which for iA.PST is the element's Plone UID
 * ({@code 754bb88a…}), or the key of the element in an ERP. pst keeps it as given and writes it
 * back unchanged; it is never derived from the element's code.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ExternalId implements Comparable<ExternalId>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The identifier, verbatim, not blank. */
  private final String value;

  private ExternalId(String value) {
    this.value = value;
  }

  /**
   * An identifier, kept verbatim.
   *
   * @param value the identifier, not blank
   * @return the identifier
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static ExternalId of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an external identifier must not be blank");
    }
    return new ExternalId(value);
  }

  /**
   * The identifier as given.
   *
   * @return the identifier
   */
  public String value() {
    return value;
  }

  /**
   * Orders identifiers by their text.
   *
   * @param other another identifier
   * @return the comparison of the texts
   */
  @Override
  public int compareTo(ExternalId other) {
    return value.compareTo(other.value);
  }

  /**
   * Whether {@code o} is an identifier with the same text.
   *
   * @param o the object to compare with
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof ExternalId && ((ExternalId) o).value.equals(value));
  }

  /**
   * The hash code of the text.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The identifier as given.
   *
   * @return {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }
}
