package be.pst.io.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A deterministic mutant generator: mutant {@code i} of a generator depends only on the seed
 * documents, the generator's seed and {@code i}, so any mutant named in a failure ("seed 42,
 * mutant 7313, kind DEEP_NESTING") can be made again alone with {@code mutant(7313)}.
 *
 * <p>Each mutant draws a kind by its weight for the format, then a seed document that supports
 * that kind, then the kind's own random choices.
 */
public final class Mutator {

  private final long seed;
  private final List<SeedDocument> documents;
  private final List<Mutations> mutations;
  private final List<MutationKind> kinds = new ArrayList<>();
  private final int[] cumulative;

  private Mutator(long seed, List<SeedDocument> documents,
      Function<SeedDocument, Mutations> prepare, ToIntFunction<MutationKind> weight) {
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("no seed document");
    }
    this.seed = seed;
    this.documents = List.copyOf(documents);
    this.mutations = new ArrayList<>();
    for (SeedDocument d : this.documents) {
      mutations.add(prepare.apply(d));
    }
    List<Integer> sums = new ArrayList<>();
    int total = 0;
    for (MutationKind kind : MutationKind.values()) {
      int w = weight.applyAsInt(kind);
      if (w > 0 && mutations.stream().anyMatch(m -> m.supports(kind))) {
        total += w;
        kinds.add(kind);
        sums.add(total);
      }
    }
    cumulative = sums.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A generator of mutants of JSON documents. */
  public static Mutator json(List<SeedDocument> documents, long seed) {
    Objects.requireNonNull(documents, "documents");
    return new Mutator(seed, documents, d -> new JsonMutations(d.bytes()),
        MutationKind::jsonWeight);
  }

  /** A generator of mutants of eComptes XML documents, injections pointing at {@code targets}. */
  public static Mutator xml(List<SeedDocument> documents, long seed, HostileTargets targets) {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(targets, "targets");
    return new Mutator(seed, documents, d -> new XmlMutations(d.bytes(), targets),
        MutationKind::xmlWeight);
  }

  /** The generator's seed. */
  public long seed() {
    return seed;
  }

  /** Mutant number {@code index}. */
  public Mutant mutant(int index) {
    SplittableRandom r = new SplittableRandom(mix(seed ^ mix(index + 0x9E3779B97F4A7C15L)));
    int draw = r.nextInt(cumulative[cumulative.length - 1]);
    int k = 0;
    while (cumulative[k] <= draw) {
      k++;
    }
    MutationKind kind = kinds.get(k);
    List<Integer> candidates = new ArrayList<>();
    for (int d = 0; d < mutations.size(); d++) {
      if (mutations.get(d).supports(kind)) {
        candidates.add(d);
      }
    }
    int d = candidates.get(r.nextInt(candidates.size()));
    Edit edit = mutations.get(d).mutate(kind, r);
    return new Mutant(seed, index, kind, edit.variant(), documents.get(d).name(), edit.bytes());
  }

  /** The 64-bit finaliser of MurmurHash3: nearby inputs give unrelated outputs. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
