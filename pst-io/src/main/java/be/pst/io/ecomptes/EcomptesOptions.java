package be.pst.io.ecomptes;

import be.pst.core.element.Volet;
import be.pst.core.style.PstStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Options of the eComptes XML exchange (options d'export et d'import eComptes): what to put
 * where the plan has nothing to say, and how strictly to read.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PstStyle
public abstract class EcomptesOptions implements WithEcomptesOptions {

  /** Default generator name written in {@code Identifiants/Generateur}. */
  public static final String DEFAULT_GENERATOR = "pst-io";

  /** Default maximum nesting depth accepted when reading. */
  public static final int DEFAULT_MAX_DEPTH = SecureXml.DEFAULT_MAX_DEPTH;

  /** Default maximum number of elements of a document accepted when reading. */
  public static final int DEFAULT_MAX_ELEMENTS = SecureXml.DEFAULT_MAX_ELEMENTS;

  /** Default maximum size of a document accepted when reading, in bytes (64 MiB). */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  EcomptesOptions() {}

  /**
   * Returns a new builder.
   *
   * @return a builder whose every option has its default
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the default options.
   *
   * @return the options with every default
   */
  public static EcomptesOptions defaults() {
    return builder().build();
  }

  /**
   * Returns the exercice (budget year) of the export, written in {@code Identifiants/Exercice}
   * and in the {@code Exercice} attribute of every element.
   *
   * @return the exercice; when empty, the first exercice of the legislature
   */
  public abstract OptionalInt exercice();

  /**
   * Returns the name of the generating software, {@code Identifiants/Generateur} (at most 50
   * characters).
   *
   * @return the generator, {@value #DEFAULT_GENERATOR} by default
   */
  @Value.Default
  public String generator() {
    return DEFAULT_GENERATOR;
  }

  /**
   * Returns the identifier of the exchange, {@code Identifiants/Id}.
   *
   * @return the identifier; when empty, {@code "PST-<TypeAdmin>-<INS>-<exercice>"}
   */
  public abstract Optional<String> id();

  /**
   * Returns the identifier of the PST, {@code DescriptionPST/IdPST} (at most 40 characters).
   *
   * @return the identifier; when empty, the plan's version if any, else
   *     {@code "<INS>-<first exercice>-<last exercice>"}
   */
  public abstract Optional<String> idPst();

  /**
   * Returns the volet under which strategic objectives without a volet are written.
   *
   * @return the volet, {@link Volet#EXTERNAL} by default (policies towards citizens)
   */
  @Value.Default
  public Volet defaultVolet() {
    return Volet.EXTERNAL;
  }

  /**
   * Returns the civility written for a person whose name does not start with one
   * ({@code Mme}, {@code M.}…): the schema requires a civility and the plan has none.
   *
   * @return the civility, {@link Civility#MONSIEUR} (the schema's first value) by default
   */
  @Value.Default
  public Civility defaultCivility() {
    return Civility.MONSIEUR;
  }

  /**
   * Returns whether reading tolerates documents that real tools produce without some required
   * elements: when {@code true} (the default) a missing element becomes a warning and a
   * default; when {@code false} it is a {@link be.pst.io.PstFormatException}.
   *
   * @return {@code true} to read leniently
   */
  @Value.Default
  public boolean lenient() {
    return true;
  }

  /**
   * Returns the name of the authority, which eComptes does not carry (only its INS code).
   *
   * @return the name; when empty, reading names the authority {@code "CPAS <INS>"} or
   *     {@code "Commune <INS>"}
   */
  public abstract Optional<String> authorityName();

  /**
   * Returns the deepest element nesting accepted when reading.
   *
   * @return the depth, {@value #DEFAULT_MAX_DEPTH} by default
   */
  @Value.Default
  public int maxDepth() {
    return DEFAULT_MAX_DEPTH;
  }

  /**
   * Returns the most elements a document may have when reading.
   *
   * @return the count, {@value #DEFAULT_MAX_ELEMENTS} by default
   */
  @Value.Default
  public int maxElements() {
    return DEFAULT_MAX_ELEMENTS;
  }

  /**
   * Returns the largest document accepted when reading.
   *
   * @return the size in bytes, 64 MiB by default
   */
  @Value.Default
  public long maxBytes() {
    return DEFAULT_MAX_BYTES;
  }

  @Value.Check
  void check() {
    if (generator().isBlank() || codePoints(generator()) > 50) {
      throw new IllegalArgumentException(
          "generator must be 1 to 50 characters, got '" + generator() + "'");
    }
    if (idPst().isPresent() && (idPst().get().isBlank() || codePoints(idPst().get()) > 40)) {
      throw new IllegalArgumentException(
          "idPst must be 1 to 40 characters, got '" + idPst().get() + "'");
    }
    if (id().isPresent() && id().get().isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (maxDepth() < 16) {
      throw new IllegalArgumentException("maxDepth must be at least 16, got " + maxDepth());
    }
    if (maxElements() < 1) {
      throw new IllegalArgumentException("maxElements must be positive, got " + maxElements());
    }
    if (maxBytes() < 1) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes());
    }
  }

  /** Lengths as XML Schema counts them: in characters (code points). */
  private static int codePoints(String text) {
    return text.codePointCount(0, text.length());
  }

  /** Builds {@link EcomptesOptions}. */
  public static final class Builder extends ImmutableEcomptesOptions.Builder {
    Builder() {}
  }
}
