package be.pst.io.mutation;

import java.util.Objects;

/**
 * What entity and DTD injections point at: a file on disk (holding a secret the test knows) and
 * a URL on which the test listens, so that it can assert that neither was ever read or
 * contacted.
 */
public record HostileTargets(String fileUri, String url) {

  /** Targets: a {@code file:} URI and an {@code http:} URL. */
  public HostileTargets {
    Objects.requireNonNull(fileUri, "fileUri");
    Objects.requireNonNull(url, "url");
  }
}
