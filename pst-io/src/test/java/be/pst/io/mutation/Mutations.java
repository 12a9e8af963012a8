package be.pst.io.mutation;

import java.util.List;
import java.util.SplittableRandom;

/** The mutations one seed document supports. */
interface Mutations {

  /** Whether {@code kind} can be applied to this document. */
  boolean supports(MutationKind kind);

  /** A mutant of this document of that kind; {@code kind} must be supported. */
  Edit mutate(MutationKind kind, SplittableRandom r);

  /** One element of a non-empty list, drawn uniformly. */
  static <T> T pick(List<T> list, SplittableRandom r) {
    return list.get(r.nextInt(list.size()));
  }
}
