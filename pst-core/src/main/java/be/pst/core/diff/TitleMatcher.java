package be.pst.core.diff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs elements by title similarity, the last resort of {@link PlanDiff}'s matching.
 *
 * <p><b>Measure.</b> Titles are normalised (accents removed, lower case, anything but letters and
 * digits turned into one space) and cut to their first {@value #MAX_CHARS} characters; their
 * similarity is the Sørensen–Dice coefficient of their multisets of character bigrams:
 * 2·|A∩B| / (|A| + |B|), 1 for equal titles, 0 for titles sharing no two consecutive characters.
 *
 * <p><b>Bounds.</b> Pairs are not all compared: candidates share a word of at least three
 * letters (among a title's first {@value #MAX_WORDS} words; a word shared by more than {@value
 * #MAX_POSTINGS} titles is too common to tell anything) or the whole normalised title, and each
 * element is compared with its {@value #MAX_CANDIDATES} best candidates only. The cost is linear
 * in the number of elements, times these constants. Pairs at or above the threshold are then
 * taken greedily, best first (ties in document order). Stateless; package-private.
 */
final class TitleMatcher {

  static final int MAX_CHARS = 500;
  static final int MAX_WORDS = 50;
  static final int MAX_POSTINGS = 64;
  static final int MAX_CANDIDATES = 20;

  private TitleMatcher() {}

  /** A title, normalised once. */
  static final class Title {
    final String normalised;
    final int[] bigrams;
    final List<String> words;

    Title(String title) {
      String text = Normalizer.normalize(title, Normalizer.Form.NFD);
      StringBuilder s = new StringBuilder();
      boolean space = true;
      for (int i = 0; i < text.length() && s.length() < MAX_CHARS; i++) {
        char c = text.charAt(i);
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
          continue;
        }
        if (Character.isLetterOrDigit(c)) {
          s.append(Character.toLowerCase(c));
          space = false;
        } else if (!space) {
          s.append(' ');
          space = true;
        }
      }
      normalised = s.toString().strip();
      int n = Math.max(0, normalised.length() - 1);
      bigrams = new int[n];
      for (int i = 0; i < n; i++) {
        bigrams[i] = (normalised.charAt(i) << 16) | normalised.charAt(i + 1);
      }
      Arrays.sort(bigrams);
      words = new ArrayList<>();
      for (String word : normalised.split(" ")) {
        if (word.length() >= 3 && words.size() < MAX_WORDS && !words.contains(word)) {
          words.add(word);
        }
      }
    }
  }

  /**
   * The similarity of two titles.
   *
   * @return the Dice coefficient of their bigrams, in [0, 1]
   */
  static double similarity(Title a, Title b) {
    if (a.normalised.equals(b.normalised)) {
      return 1;
    }
    int total = a.bigrams.length + b.bigrams.length;
    if (total == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.bigrams.length && j < b.bigrams.length) {
      if (a.bigrams[i] == b.bigrams[j]) {
        common++;
        i++;
        j++;
      } else if (a.bigrams[i] < b.bigrams[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / total;
  }

  /** A candidate pair and its score. */
  private record Pair(int older, int newer, double score) {}

  /**
   * Pairs older titles with newer titles.
   *
   * @param older the older titles
   * @param newer the newer titles
   * @param threshold the least similarity of a pair
   * @return for each older title, the index of its newer title, or -1
   */
  static int[] match(List<Title> older, List<Title> newer, double threshold) {
    Map<String, List<Integer>> postings = new HashMap<>();
    Map<String, Integer> exact = new HashMap<>();
    for (int j = 0; j < newer.size(); j++) {
      Title title = newer.get(j);
      exact.putIfAbsent(title.normalised, j);
      for (String word : title.words) {
        List<Integer> list = postings.computeIfAbsent(word, w -> new ArrayList<>());
        if (list.size() <= MAX_POSTINGS) {
          list.add(j);
        }
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < older.size(); i++) {
      Title title = older.get(i);
      Map<Integer, Integer> hits = new HashMap<>();
      Integer same = exact.get(title.normalised);
      if (same != null) {
        hits.put(same, Integer.MAX_VALUE);
      }
      for (String word : title.words) {
        List<Integer> list = postings.get(word);
        if (list != null && list.size() <= MAX_POSTINGS) {
          for (int j : list) {
            hits.merge(j, 1, (a, b) -> a == Integer.MAX_VALUE ? a : a + b);
          }
        }
      }
      List<Map.Entry<Integer, Integer>> candidates = new ArrayList<>(hits.entrySet());
      candidates.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey()));
      for (int k = 0; k < Math.min(MAX_CANDIDATES, candidates.size()); k++) {
        int j = candidates.get(k).getKey();
        double score = similarity(title, newer.get(j));
        if (score >= threshold) {
          pairs.add(new Pair(i, j, score));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::score).reversed()
        .thenComparingInt(Pair::older).thenComparingInt(Pair::newer));
    int[] result = new int[older.size()];
    Arrays.fill(result, -1);
    boolean[] taken = new boolean[newer.size()];
    for (Pair pair : pairs) {
      if (result[pair.older()] < 0 && !taken[pair.newer()]) {
        result[pair.older()] = pair.newer();
        taken[pair.newer()] = true;
      }
    }
    return result;
  }
}
